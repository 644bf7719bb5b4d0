import "server-only";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { loadPdfDocument } from "./load-pdf-document";
import type { TOcrEngine } from "./ocr-pool";
import { prepareImage } from "./prepare-image";
import { readPdfTextLayer } from "./read-pdf-text-layer";
import { recognizeUpright, type TUprightReading } from "./recognize-upright";
import { renderPdfPage } from "./render-pdf-page";
import { DocumentError, type TDocumentType, type TLine, type TPageLayout, type TPageRotation } from "./types";

export type TReadPageLayoutOptions = {
  /** Usually `getOcrEngine()`: tesseract.js or PaddleOCR. */
  ocr: TOcrEngine;
  /** Images larger than this are refused before decoding. Default 100 million pixels. */
  maxImagePixels?: number;
};

/**
 * The layout of one page (1-based): a PDF page's own text layer when it has one, else OCR of the rendered page;
 * OCR for JPEG, PNG and TIFF pages. Throws DocumentError (`invalid_pdf`, `encrypted_pdf`, `corrupt_image`,
 * `image_too_large`, `ocr_failed`).
 */
export async function readPageLayout(
  bytes: Buffer,
  type: TDocumentType,
  page: number,
  options: TReadPageLayoutOptions,
): Promise<TPageLayout> {
  if (type !== "pdf") {
    const image = await prepareImage(bytes, page, { maxImagePixels: options.maxImagePixels, input: options.ocr.input });
    const ocr = await recognizeUpright(options.ocr, image.png);
    const sideways = ocr.rotation === 90 || ocr.rotation === 270;
    const [width, height] = sideways ? [image.sourceHeight, image.sourceWidth] : [image.sourceWidth, image.sourceHeight];
    return layout(page, width, height, "ocr", ocr.lines, ocr.rotation, ocr.skew);
  }
  const pdf = await loadPdfDocument(bytes);
  try {
    if (page < 1 || page > pdf.numPages) throw new DocumentError("invalid_pdf", `The PDF has no page ${page}.`);
    const textLayer = await readPdfTextLayer(await pdf.getPage(page));
    if (textLayer.isUsable) return layout(page, textLayer.width, textLayer.height, "text_layer", textLayer.lines);
    const ocr = await recognizePdfPage(pdf, page, options.ocr);
    return layout(page, ocr.width, ocr.height, "ocr", ocr.lines, ocr.rotation, ocr.skew);
  } finally {
    await pdf.destroy();
  }
}

async function recognizePdfPage(pdf: PDFDocumentProxy, page: number, ocr: TOcrEngine): Promise<TUprightReading> {
  const image = await renderPdfPage(pdf, page).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentError("invalid_pdf", `Page ${page} of the PDF can't be rendered (${reason}).`);
  });
  return recognizeUpright(ocr, image.png);
}

function layout(
  page: number,
  width: number,
  height: number,
  source: TPageLayout["source"],
  lines: TLine[],
  rotation: TPageRotation = 0,
  skew = 0,
): TPageLayout {
  const text = lines.map((line) => line.text).join("\n");
  return { page, width, height, source, lines, text, ...(rotation ? { rotation } : {}), ...(skew ? { skew } : {}) };
}
