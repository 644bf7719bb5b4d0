import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { parseIdempotencyKey } from "@/lib/documents/idempotency";
import { submitDocumentBatch } from "@/lib/documents/submit-document-batch";

// POST /api/v1/documents/batch – `{schema_id, organization_id?, documents: [{ref, name?}]}` (1–1,000 refs); 202 {job_id, documents}
export const POST = withApiAuth(async ({ request, org, env }) => {
  const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
  const body = await parseJsonBody(request);
  const { status, body: responseBody } = await submitDocumentBatch({ body, orgId: org.id, env, idempotencyKey });
  return NextResponse.json(responseBody, { status });
});
