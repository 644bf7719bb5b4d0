import "server-only";
import { eq } from "drizzle-orm";
import { documentPages, documents } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { getOcrEngine } from "@/lib/layout/get-ocr-engine";
import { readPageLayout } from "@/lib/layout/read-page-layout";
import { DocumentError, type TDocumentType } from "@/lib/layout/types";
import { readDocumentBytes } from "../read-document-bytes";
import type { TStoredLayout } from "./load-page-layouts";
import { updateDocumentProgress } from "./update-document-progress";

export type TLayoutPageResult =
  | { status: "done"; source: "text_layer" | "ocr"; characters: number }
  | { status: "failed"; error: { code: string; message: string } };

/** Step "layout-page-N": reads one page (text layer or OCR) and stores its lines and words. */
export async function layoutPage(options: { documentId: string; page: number; pageCount: number }): Promise<TLayoutPageResult> {
  const db = await getDb();
  const [document] = await db
    .select({ storageKey: documents.storageKey, fileType: documents.fileType })
    .from(documents)
    .where(eq(documents.id, options.documentId))
    .limit(1);
  if (!document?.storageKey || !document.fileType)
    return { status: "failed", error: { code: "internal_error", message: "The document has no stored file." } };
  try {
    const bytes = await readDocumentBytes(document.storageKey);
    const config = getConfig();
    const layout = await readPageLayout(bytes, document.fileType as TDocumentType, options.page, {
      ocr: getOcrEngine(config.OCR_ENGINE, { workers: config.OCR_WORKERS }),
      maxImagePixels: config.MAX_IMAGE_PIXELS,
    });
    const row = {
      documentId: options.documentId,
      page: layout.page,
      source: layout.source,
      width: layout.width,
      height: layout.height,
      text: layout.text,
      layout: { lines: layout.lines, rotation: layout.rotation ?? 0, skew: layout.skew ?? 0 } satisfies TStoredLayout,
    };
    // Upsert: a retried step overwrites what a crashed attempt may have written.
    await db
      .insert(documentPages)
      .values(row)
      .onConflictDoUpdate({ target: [documentPages.documentId, documentPages.page], set: row });
    await updateDocumentProgress(options.documentId, 10 + (75 * options.page) / options.pageCount);
    return { status: "done", source: layout.source, characters: layout.text.length };
  } catch (error) {
    if (error instanceof DocumentError) {
      return { status: "failed", error: { code: error.code, message: `Page ${options.page}: ${error.message}` } };
    }
    throw error;
  }
}
