import "server-only";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import sharp from "sharp";
import type { TPageImage } from "./page-image";

export type TRenderOptions = {
  /** Resolution to render at; OCR works best around 300. Default 300. */
  dpi?: number;
  /** Cap on the longer side in pixels, so a poster-sized page can't exhaust memory. Default 4000. */
  maxLongSide?: number;
  /** Keep the colours (a preview for people) instead of grayscale (what OCR reads). Default false. */
  colour?: boolean;
};

type TCanvasFactory = {
  create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
  destroy(canvasAndContext: { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D }): void;
};

/** Rasterizes one page (1-based) into a PNG: grayscale for OCR, or in colour for a preview. */
export async function renderPdfPage(pdf: PDFDocumentProxy, pageNumber: number, options: TRenderOptions = {}): Promise<TPageImage> {
  const { dpi = 300, maxLongSide = 4000, colour = false } = options;
  const page = await pdf.getPage(pageNumber);
  const points = page.getViewport({ scale: 1 });
  const scale = Math.min(dpi / 72, maxLongSide / Math.max(points.width, points.height));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  // pdfjs's own factory: the canvases it creates internally (patterns, masks) must come from the same library.
  const factory = pdf.canvasFactory as TCanvasFactory;
  const target = factory.create(width, height);
  try {
    await page.render({ canvas: target.canvas, canvasContext: target.context, viewport }).promise;
    const { data } = target.context.getImageData(0, 0, width, height);
    // Raw pixels through sharp: @napi-rs/canvas's own PNG encoder is about 15 times slower.
    const pixels = sharp(data, { raw: { width, height, channels: 4 } }).removeAlpha();
    if (!colour) pixels.grayscale().toColourspace("b-w");
    const png = await pixels.png({ compressionLevel: 1 }).toBuffer();
    return { png, width, height };
  } finally {
    factory.destroy(target);
    page.cleanup();
  }
}
