import { z } from "zod";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { renderPagePreview } from "@/lib/documents/render-page-preview";

const ZPagePreviewRequest = z.object({
  page: z.coerce.number().int().min(1, "page must be 1 or more").max(100_000),
  width: z.coerce.number().int().min(100, "width must be at least 100").max(2000, "width must be at most 2000").default(1000),
});

// GET /api/v1/documents/{id}/pages/{page}/image?width=1000 – the page as a JPEG, turned as it was read, for showing
// where field values are (their bbox, 0..1 of this image)
export const GET = withApiAuth<{ id: string; page: string }>(async ({ params, searchParams, org, env }) => {
  const { page, width } = ZPagePreviewRequest.parse({ page: params.page, width: searchParams.width });
  const jpeg = await renderPagePreview({ id: params.id, orgId: org.id, env, page, width });
  return new Response(new Uint8Array(jpeg), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(jpeg.length),
      // The file never changes once uploaded; private, since it is behind authentication.
      "Cache-Control": "private, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
