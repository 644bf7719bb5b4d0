import "server-only";
import { checkPdfStreams } from "./check-pdf-streams";
import { loadPdfDocument } from "./load-pdf-document";
import { readImageDimensions } from "./read-image-dimensions";
import { DocumentError, type TDocumentType } from "./types";

export { readImageDimensions } from "./read-image-dimensions";

export type TDocumentLimits = { maxPages: number; maxImagePixels: number };

/**
 * Validates a document before any page is read and returns its page count. Throws DocumentError: `invalid_pdf` (also
 * for a decompression bomb), `encrypted_pdf`, `empty_document`, `too_many_pages`, `image_too_large` or `corrupt_image`.
 */
export async function inspectDocument(bytes: Buffer, type: TDocumentType, limits: TDocumentLimits): Promise<{ pageCount: number }> {
  const pageCount = type === "pdf" ? await inspectPdf(bytes, limits) : await inspectImage(bytes, type, limits);
  return { pageCount };
}

// No stream of a PDF may decode to more than the largest image accepted, at 4 bytes a pixel (400 MB by default).
const BYTES_PER_PIXEL = 4;

async function inspectPdf(bytes: Buffer, limits: TDocumentLimits): Promise<number> {
  await checkPdfStreams(bytes, limits.maxImagePixels * BYTES_PER_PIXEL);
  const pdf = await loadPdfDocument(bytes);
  try {
    checkPageCount(pdf.numPages, limits);
    // Loading every page object catches broken page trees now rather than halfway through the pipeline.
    for (let page = 1; page <= pdf.numPages; page++) {
      await pdf.getPage(page).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new DocumentError("invalid_pdf", `Page ${page} of the PDF can't be read (${reason}).`);
      });
    }
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}

async function inspectImage(bytes: Buffer, type: TDocumentType, limits: TDocumentLimits): Promise<number> {
  const first = await readImageDimensions(bytes);
  // Only TIFF pages are read; an animated PNG counts as its first frame.
  const pageCount = type === "tiff" ? first.pageCount : 1;
  checkPageCount(pageCount, limits);
  for (let page = 1; page <= pageCount; page++) {
    const { width, height } = page === 1 ? first : await readImageDimensions(bytes, page);
    if (width * height > limits.maxImagePixels) {
      const where = pageCount > 1 ? ` (page ${page})` : "";
      throw new DocumentError(
        "image_too_large",
        `The image${where} is ${width}×${height} pixels; at most ${limits.maxImagePixels.toLocaleString("en-US")} pixels are accepted.`,
      );
    }
  }
  // Pixel data is not decoded here: the layout step decodes each page anyway (prepareImage, with the
  // same strictness) and fails a truncated or garbage page with `corrupt_image`. Decoding twice cost
  // 150–220 ms of CPU per page (BENCHMARKS.md).
  return pageCount;
}

function checkPageCount(pageCount: number, limits: TDocumentLimits): void {
  if (pageCount === 0) throw new DocumentError("empty_document", "The document has no pages.");
  if (pageCount > limits.maxPages) {
    throw new DocumentError("too_many_pages", `The document has ${pageCount} pages; at most ${limits.maxPages} are accepted.`);
  }
}
