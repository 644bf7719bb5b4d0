import "server-only";
import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { getConfig } from "@/lib/config";
import { makeZBatchDocumentsRequest, type TBatchDocumentsRequest, type TBatchDocumentsResponse } from "@/lib/validation/documents";
import { createBatchDocuments } from "./create-batch-documents";
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "./idempotency";
import { queueBatchDocuments } from "./queue-batch-documents";

type TSubmitOptions = { body: unknown; orgId: string; env: "live" | "test"; idempotencyKey?: string };

/** POST /documents/batch end to end: validate the refs, record the job and its documents, queue them. */
export async function submitDocumentBatch(options: TSubmitOptions): Promise<{ status: number; body: unknown }> {
  const config = getConfig();
  const request = makeZBatchDocumentsRequest({ allowHttp: config.ALLOW_PRIVATE_URLS, allowedBuckets: config.S3_ALLOWED_BUCKETS }).parse(
    options.body,
  );
  if (request.organization_id !== undefined && request.organization_id !== options.orgId) {
    throw new ApiError({ code: "forbidden", message: "organization_id is not the organization of this API key." });
  }
  const scope = options.idempotencyKey ? { orgId: options.orgId, env: options.env, key: options.idempotencyKey } : undefined;
  if (scope) {
    const replay = await claimIdempotencyKey(scope, requestHash(request));
    if (replay) return { status: replay.statusCode, body: replay.response };
  }
  try {
    const created = await createBatchDocuments({
      orgId: options.orgId,
      env: options.env,
      schemaId: request.schema_id,
      refs: request.documents,
    });
    await queueBatchDocuments({
      jobId: created.jobId,
      documentIds: created.documents.map((document) => document.documentId),
      orgId: options.orgId,
      env: options.env,
    });
    const body: TBatchDocumentsResponse = {
      job_id: created.jobId,
      documents: created.documents.map((document) => ({ document_id: document.documentId, name: document.name, ref: document.ref })),
    };
    if (scope) await completeIdempotencyKey(scope, 202, body);
    return { status: 202, body };
  } catch (error) {
    if (scope) await releaseIdempotencyKey(scope);
    throw error;
  }
}

/** The request as validated (schema and every ref with its name, in order): the same JSON body hashes the same. */
function requestHash(request: TBatchDocumentsRequest) {
  return createHash("sha256")
    .update(JSON.stringify([request.schema_id, request.documents.map((document) => [document.ref, document.name])]))
    .digest("hex");
}
