import "server-only";
import { eq } from "drizzle-orm";
import { documents } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { inspectDocument } from "@/lib/layout/inspect-document";
import { DocumentError, type TDocumentType } from "@/lib/layout/types";
import { readDocumentBytes } from "../read-document-bytes";
import { updateDocumentProgress } from "./update-document-progress";

export type TLoadResult =
  | { status: "ready"; pageCount: number }
  | { status: "failed"; error: { code: string; message: string } }
  | { status: "gone" };

/** Step "load": reads the stored file and validates it deeply (parses, counts pages, checks limits). */
export async function loadDocument(documentId: string): Promise<TLoadResult> {
  const db = await getDb();
  const [document] = await db
    .select({ status: documents.status, storageKey: documents.storageKey, fileType: documents.fileType, pageCount: documents.pageCount })
    .from(documents)
    .where(eq(documents.id, documentId))
    .limit(1);
  // Deleted while queued, or already finished by an earlier run: nothing to do.
  if (!document || document.status === "completed" || document.status === "failed") return { status: "gone" };
  if (!document.storageKey || !document.fileType) {
    return { status: "failed", error: { code: "internal_error", message: "The document has no stored file." } };
  }
  await updateDocumentProgress(documentId, 5, { status: "processing", startedAt: new Date() });
  const config = getConfig();
  try {
    const bytes = await readDocumentBytes(document.storageKey);
    const { pageCount } = await inspectDocument(bytes, document.fileType as TDocumentType, {
      maxPages: config.MAX_PAGES,
      maxImagePixels: config.MAX_IMAGE_PIXELS,
    });
    await updateDocumentProgress(documentId, 10, { pageCount });
    return { status: "ready", pageCount };
  } catch (error) {
    if (error instanceof DocumentError) return { status: "failed", error: { code: error.code, message: error.message } };
    throw error;
  }
}
