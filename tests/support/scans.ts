import sharp from "sharp";
import { loadPdfDocument } from "@/lib/layout/load-pdf-document";
import { renderPdfPage } from "@/lib/layout/render-pdf-page";

/** A "scan" of a PDF's first page: rendered at 200 dpi, slightly blurred, saved as JPEG or TIFF. */
export async function makeScannedImage(pdfBytes: Buffer, format: "jpeg" | "tiff" | "png") {
  const pdf = await loadPdfDocument(pdfBytes);
  try {
    const page = await renderPdfPage(pdf, 1, { dpi: 200 });
    const image = sharp(page.png).blur(0.6);
    if (format === "jpeg") return image.jpeg({ quality: 80 }).toBuffer();
    if (format === "tiff") return image.tiff({ compression: "lzw" }).toBuffer();
    return image.png().toBuffer();
  } finally {
    await pdf.destroy();
  }
}
