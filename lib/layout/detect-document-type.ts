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
  if (detected) return BY_EXTENSION[detected.ext];
  // file-type follows a TIFF's first directory to tell camera raw formats apart; when that directory
  // sits past the first bytes (common: many writers put it at the end) it gives up. The TIFF header
  // itself is unambiguous, and sharp validates the rest.
  return isTiffHeader(head) ? "tiff" : undefined;
}

function isTiffHeader(head: Uint8Array): boolean {
  const [a, b, c, d] = head;
  const isLittleEndian = a === 0x49 && b === 0x49 && (c === 0x2a || c === 0x2b) && d === 0x00;
  const isBigEndian = a === 0x4d && b === 0x4d && c === 0x00 && (d === 0x2a || d === 0x2b);
  return isLittleEndian || isBigEndian;
}
