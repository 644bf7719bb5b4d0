import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { parseIdempotencyKey } from "@/lib/documents/idempotency";
import { uploadDocument } from "@/lib/documents/upload-document";

// POST /api/v1/documents/upload – multipart `file` + `schema_id` (+ `organization_id`); 202 {document_id, job_id}
export const POST = withApiAuth(async ({ request, org, env }) => {
  const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
  const { status, body } = await uploadDocument({ request, orgId: org.id, env, idempotencyKey });
  return NextResponse.json(body, { status });
});
