import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, notInArray } from "drizzle-orm";
import { documents } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { documentStorageKey } from "@/lib/documents/document-storage-key";
import { detectDocumentType } from "@/lib/layout/detect-document-type";
import { DocumentError, MIME_TYPES } from "@/lib/layout/types";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { parseDocumentRef } from "@/lib/validation/document-ref";
import { downloadDocumentRef, TransientFetchError } from "../download-document-ref";
import { updateDocumentProgress } from "./update-document-progress";

export type TFetchResult = { status: "stored" } | { status: "failed"; error: { code: string; message: string } } | { status: "gone" };

/**
 * Step "fetch" (batch documents): downloads the document's `source_ref`, checks its type from the bytes,
 * stores it and records the file, so "load" then finds it like an upload. Idempotent: a document that
 * already has its file is left alone. A transient failure throws (the step is retried) until
 * `isLastAttempt`, when it fails the document with `fetch_failed` like a permanent one.
 */
export async function fetchDocument(options: { documentId: string; isLastAttempt: boolean }): Promise<TFetchResult> {
  const db = await getDb();
  const [document] = await db
    .select({
      status: documents.status,
      orgId: documents.orgId,
      env: documents.env,
      sourceRef: documents.sourceRef,
      storageKey: documents.storageKey,
    })
    .from(documents)
    .where(eq(documents.id, options.documentId))
    .limit(1);
  if (!document || document.status === "completed" || document.status === "failed") return { status: "gone" };
  if (document.storageKey) return { status: "stored" };
  if (!document.sourceRef) return { status: "failed", error: { code: "internal_error", message: "The document has no file and no ref." } };
  await updateDocumentProgress(options.documentId, 5, { status: "processing", startedAt: new Date() });
  try {
    const bytes = await download(document.sourceRef);
    const fileType = await detectDocumentType(bytes.subarray(0, 4100));
    if (!fileType) {
      const message = bytes.length ? "The file is not a PDF, JPEG, PNG or TIFF (detected from its content)." : "The file is empty.";
      throw new DocumentError("unsupported_type", message);
    }
    const storageKey = documentStorageKey({ orgId: document.orgId, env: document.env, documentId: options.documentId, fileType });
    await getBlobStore().put(storageKey, bytes, { contentType: MIME_TYPES[fileType], size: bytes.length });
    const [updated] = await db
      .update(documents)
      .set({ storageKey, fileType, sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") })
      .where(and(eq(documents.id, options.documentId), isNull(documents.storageKey), notInArray(documents.status, ["completed", "failed"])))
      .returning({ id: documents.id });
    if (updated) return { status: "stored" };
    // Deleted while we fetched: don't leave its file behind.
    const [stillThere] = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, options.documentId)).limit(1);
    if (!stillThere) await getBlobStore().delete(storageKey);
    return { status: "gone" };
  } catch (error) {
    if (error instanceof DocumentError) return { status: "failed", error: { code: error.code, message: error.message } };
    if (error instanceof TransientFetchError && options.isLastAttempt) {
      return { status: "failed", error: { code: "fetch_failed", message: `${error.message} (gave up after retrying)` } };
    }
    throw error;
  }
}

async function download(sourceRef: string) {
  const config = getConfig();
  // Checked again here: the configuration may have changed since the API accepted the ref.
  const ref = parseDocumentRef(sourceRef, { allowHttp: config.ALLOW_PRIVATE_URLS, allowedBuckets: config.S3_ALLOWED_BUCKETS });
  if ("error" in ref) throw new DocumentError("fetch_failed", ref.error);
  return downloadDocumentRef(ref);
}
