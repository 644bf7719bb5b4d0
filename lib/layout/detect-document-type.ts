import "server-only";
import { fileTypeFromBuffer } from "file-type";
import type { TDocumentType } from "./types";

// Illustrator files saved with PDF compatibility are PDFs; file-type reports them as "ai".
const BY_EXTENSION: Record<string, TDocumentType> = { pdf: "pdf", ai: "pdf", jpg: "jpeg", png: "png", tif: "tiff" };

/**
 * The document type from the file's first bytes (4 KB is plenty). File names and Content-Type headers are never
 * trusted. A file that merely starts with `%PDF` passes here; `inspectDocument` parses it to be sure.
 */
export async function detectDocumentType(head: Uint8Array): Promise<TDocumentType | undefined> {
  const detected = await fileTypeFromBuffer(head);
  return detected ? BY_EXTENSION[detected.ext] : undefined;
}
