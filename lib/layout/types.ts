// What the layout step produces for each page and the extractor reads: pages → lines → words,
// each with a box normalized to the page (0..1, origin top-left) and a confidence (0..1).

export type TBox = { x0: number; y0: number; x1: number; y1: number };

export type TWord = { text: string; box: TBox; confidence: number };

export type TLine = { text: string; box: TBox; confidence: number; words: TWord[] };

export type TPageLayout = {
  /** 1-based page number. */
  page: number;
  /** Page size in its own units (PDF points for text-layer pages, pixels for OCR'd pages). */
  width: number;
  height: number;
  /** Where the text came from: the PDF's text layer, or OCR of the rendered page or image. */
  source: "text_layer" | "ocr";
  /**
   * Degrees (clockwise) the page image was turned before it was read, when it was scanned sideways or upside
   * down: width, height and every box are those of the turned page. 0 (or absent) for pages read as given.
   */
  rotation?: TPageRotation;
  /**
   * Degrees (clockwise) the page's lines slope on a page scanned a little askew, after `rotation`: the boxes were
   * turned back by it so the lines run level (the image itself was not). 0 (or absent) for a level page.
   */
  skew?: number;
  /** Lines in reading order (top to bottom, then left to right). */
  lines: TLine[];
  /** The page's text: the lines joined by newlines. */
  text: string;
};

export type TPageRotation = 0 | 90 | 180 | 270;

export const SUPPORTED_DOCUMENT_TYPES = ["pdf", "jpeg", "png", "tiff"] as const;
export type TDocumentType = (typeof SUPPORTED_DOCUMENT_TYPES)[number];

export const MIME_TYPES: Record<TDocumentType, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  tiff: "image/tiff",
};

/** Error codes a document can fail with; they appear in `error.code` of the status and webhook payloads. */
export type TDocumentErrorCode =
  | "invalid_pdf"
  | "encrypted_pdf"
  | "empty_document"
  | "too_many_pages"
  | "image_too_large"
  | "corrupt_image"
  | "unsupported_type"
  | "ocr_failed"
  | "fetch_failed"
  | "file_too_large"
  | "internal_error";

/** A problem with the document itself: retrying won't help, the document fails with this code. */
export class DocumentError extends Error {
  constructor(
    readonly code: TDocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}
