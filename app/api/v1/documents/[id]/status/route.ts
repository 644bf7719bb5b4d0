import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { getDocumentStatus } from "@/lib/documents/get-document-status";
import { ZDocumentStatusResponse } from "@/lib/validation/documents";

// GET /api/v1/documents/{id}/status – poll until status is completed or failed
export const GET = withApiAuth<{ id: string }>(async ({ params, org, env }) =>
  NextResponse.json(ZDocumentStatusResponse.parse(await getDocumentStatus({ id: params.id, orgId: org.id, env }))),
);
