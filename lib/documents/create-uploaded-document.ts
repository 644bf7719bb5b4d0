import "server-only";
import fs from "node:fs";
import { documents, jobs } from "@/db/schema";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import { MIME_TYPES, type TDocumentType } from "@/lib/layout/types";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import type { TReceivedFile } from "@/lib/uploads/receive-multipart-upload";
import { documentStorageKey } from "./document-storage-key";
import { getActiveSchemaVersion } from "./get-active-schema-version";

export type TCreateUploadedDocumentOptions = {
  orgId: string;
  env: "live" | "test";
  schemaId: string;
  file: TReceivedFile;
  fileType: TDocumentType;
};

/** Stores an uploaded file and records its job and document, queued for the pipeline. */
export async function createUploadedDocument(options: TCreateUploadedDocumentOptions) {
  const { schemaId, schemaVersion } = await getActiveSchemaVersion({ schemaId: options.schemaId, orgId: options.orgId });
  const documentId = createId();
  const jobId = createId();
  const storageKey = documentStorageKey({ orgId: options.orgId, env: options.env, documentId, fileType: options.fileType });
  const store = getBlobStore();
  await store.put(storageKey, fs.createReadStream(options.file.tempPath), {
    contentType: MIME_TYPES[options.fileType],
    size: options.file.size,
  });
  try {
    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx.insert(jobs).values({ id: jobId, orgId: options.orgId, env: options.env, schemaId, kind: "upload", documentCount: 1 });
      await tx.insert(documents).values({
        id: documentId,
        orgId: options.orgId,
        env: options.env,
        jobId,
        schemaId,
        schemaVersion,
        name: options.file.filename,
        fileType: options.fileType,
        sizeBytes: options.file.size,
        sha256: options.file.sha256,
        storageKey,
      });
    });
  } catch (error) {
    await store.delete(storageKey).catch(() => undefined);
    throw error;
  }
  return { documentId, jobId };
}
