import { Readable } from "node:stream";
import { ApiError } from "@/lib/api/errors";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { getDocumentRow } from "@/lib/documents/get-document-row";
import { MIME_TYPES, type TDocumentType } from "@/lib/layout/types";
import { getBlobStore } from "@/lib/storage/get-blob-store";

// GET /api/v1/documents/{id}/file – the original bytes as uploaded
export const GET = withApiAuth<{ id: string }>(async ({ params, org, env }) => {
  const row = await getDocumentRow({ id: params.id, orgId: org.id, env });
  if (!row.storageKey || !row.fileType) throw new ApiError({ code: "not_found", message: "This document has no stored file yet." });
  const stream = await getBlobStore().getStream(row.storageKey);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": MIME_TYPES[row.fileType as TDocumentType],
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      ...(row.sizeBytes ? { "Content-Length": String(row.sizeBytes) } : {}),
      "X-Content-Type-Options": "nosniff",
    },
  });
});
