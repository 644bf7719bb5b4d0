import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ApiError } from "@/lib/api/errors";
import { getConfig } from "@/lib/config";
import { detectDocumentType } from "@/lib/layout/detect-document-type";
import { readImageDimensions } from "@/lib/layout/inspect-document";
import { receiveMultipartUpload, type TReceivedFile } from "@/lib/uploads/receive-multipart-upload";
import { ZUploadDocumentFields } from "@/lib/validation/documents";
import { createUploadedDocument } from "./create-uploaded-document";
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "./idempotency";
import { queueDocument } from "./queue-document";

type TUploadOptions = { request: Request; orgId: string; env: "live" | "test"; idempotencyKey?: string };

/** POST /documents/upload end to end: receive, check, store, record, queue. Returns status and body. */
export async function uploadDocument(options: TUploadOptions): Promise<{ status: number; body: unknown }> {
  const config = getConfig();
  const upload = await receiveMultipartUpload(options.request, {
    tempDir: path.join(config.dataDir, "tmp"),
    maxBytes: config.MAX_UPLOAD_BYTES,
  });
  try {
    const fields = ZUploadDocumentFields.parse(upload.fields);
    if (fields.organization_id !== undefined && fields.organization_id !== options.orgId) {
      throw new ApiError({ code: "forbidden", message: "organization_id is not the organization of this API key." });
    }
    const file = requireFile(upload.file);
    const fileType = await checkFile(file, config.MAX_IMAGE_PIXELS);
    const scope = options.idempotencyKey ? { orgId: options.orgId, env: options.env, key: options.idempotencyKey } : undefined;
    if (scope) {
      const replay = await claimIdempotencyKey(scope, requestHash(fields.schema_id, file));
      if (replay) return { status: replay.statusCode, body: replay.response };
    }
    try {
      const created = await createUploadedDocument({ orgId: options.orgId, env: options.env, schemaId: fields.schema_id, file, fileType });
      await queueDocument({ documentId: created.documentId, orgId: options.orgId, env: options.env });
      const body = { document_id: created.documentId, job_id: created.jobId };
      if (scope) await completeIdempotencyKey(scope, 202, body);
      return { status: 202, body };
    } catch (error) {
      if (scope) await releaseIdempotencyKey(scope);
      throw error;
    }
  } finally {
    if (upload.file) await fs.promises.rm(upload.file.tempPath, { force: true });
  }
}

function requireFile(file: TReceivedFile | undefined): TReceivedFile {
  if (!file) {
    throw new ApiError({
      code: "unprocessable_entity",
      message: "Send the document in a multipart part named `file`.",
      errors: { file: ["Required."] },
    });
  }
  if (file.size === 0)
    throw new ApiError({ code: "unprocessable_entity", message: "The file is empty.", errors: { file: ["The file is empty."] } });
  return file;
}

/** The type comes from the bytes, never the name or Content-Type; image bombs are refused before any decoding. */
async function checkFile(file: TReceivedFile, maxImagePixels: number) {
  const fileType = await detectDocumentType(file.head);
  if (!fileType) {
    throw new ApiError({
      code: "unsupported_media_type",
      message: "Unsupported file type: send a PDF, JPEG, PNG or TIFF (detected from the file's content).",
    });
  }
  if (fileType !== "pdf") {
    // An unreadable header is left to the pipeline, which fails the document with `corrupt_image`.
    const dimensions = await readImageDimensions(await fs.promises.readFile(file.tempPath)).catch(() => undefined);
    if (dimensions && dimensions.width * dimensions.height > maxImagePixels) {
      throw new ApiError({
        code: "unprocessable_entity",
        message: `The image is ${dimensions.width}×${dimensions.height} pixels; at most ${maxImagePixels.toLocaleString("en")} pixels are accepted.`,
        errors: { file: ["Image too large."] },
      });
    }
  }
  return fileType;
}

function requestHash(schemaId: string, file: TReceivedFile) {
  return createHash("sha256")
    .update(JSON.stringify([schemaId, file.filename, file.sha256]))
    .digest("hex");
}
