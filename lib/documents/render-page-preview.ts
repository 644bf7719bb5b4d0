import "server-only";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { documentPages } from "@/db/schema";
import { ApiError } from "@/lib/api/errors";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { loadPdfDocument } from "@/lib/layout/load-pdf-document";
import { prepareImage } from "@/lib/layout/prepare-image";
import { renderPdfPage } from "@/lib/layout/render-pdf-page";
import { DocumentError } from "@/lib/layout/types";
import { readDocumentBytes } from "@/lib/pipeline/read-document-bytes";
import type { TStoredLayout } from "@/lib/pipeline/steps/load-page-layouts";
import { getDocumentRow } from "./get-document-row";

// A preview is for reading on a screen: 150 dpi is enough to zoom into an A4 page, and far cheaper than OCR's 300.
const PREVIEW_DPI = 150;
const PREVIEW_MAX_LONG_SIDE = 2400;

/**
 * One page of a document as a JPEG `width` pixels wide (never enlarged), turned the way it was read: the boxes of
 * its lines, words and field values (0..1 of the page) fall on it as they are. Throws ApiError 404 for a page the
 * document doesn't have (or hasn't been counted yet), 422 for a file that can't be rendered.
 */
export async function renderPagePreview(options: { id: string; orgId: string; env: "live" | "test"; page: number; width: number }) {
  const row = await getDocumentRow(options);
  if (!row.storageKey || !row.fileType || !row.pageCount || options.page > row.pageCount) {
    throw new ApiError({ code: "not_found", message: `Page ${options.page} of this document not found.` });
  }
  try {
    const bytes = await readDocumentBytes(row.storageKey);
    const image = row.fileType === "pdf" ? await renderPdf(bytes, options.page) : await renderImage(bytes, options.page);
    const { rotation, skew } = await readTurn(row.id, options.page);
    const upright = await level(await sharp(image).rotate(rotation).png({ compressionLevel: 1 }).toBuffer(), skew);
    return await sharp(upright)
      .resize({ width: options.width, withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 80 })
      .toBuffer();
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    throw new ApiError({ code: "unprocessable_entity", message: `This page can't be shown (${error.message})` });
  }
}

async function renderPdf(bytes: Buffer, page: number): Promise<Buffer> {
  const pdf = await loadPdfDocument(bytes);
  try {
    return (await renderPdfPage(pdf, page, { dpi: PREVIEW_DPI, maxLongSide: PREVIEW_MAX_LONG_SIDE, colour: true })).png;
  } finally {
    await pdf.destroy();
  }
}

async function renderImage(bytes: Buffer, page: number): Promise<Buffer> {
  return (await prepareImage(bytes, page, { input: "colour", maxImagePixels: getConfig().MAX_IMAGE_PIXELS })).png;
}

/**
 * How far the reader turned the page to read it, and how far its lines sloped (clockwise degrees; the boxes were
 * levelled by it); 0 and 0 before the page has been read.
 */
async function readTurn(documentId: string, page: number): Promise<{ rotation: number; skew: number }> {
  const db = await getDb();
  const [stored] = await db
    .select({ layout: documentPages.layout })
    .from(documentPages)
    .where(and(eq(documentPages.documentId, documentId), eq(documentPages.page, page)))
    .limit(1);
  const layout = stored?.layout as TStoredLayout | undefined;
  return { rotation: layout?.rotation ?? 0, skew: layout?.skew ?? 0 };
}

/** The image turned back by the skew about its centre, on white, cut back to its own size: the boxes' frame. */
async function level(png: Buffer, skew: number): Promise<Buffer> {
  if (!skew) return png;
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const turned = await sharp(png)
    .rotate(-skew, { background: "#ffffff" })
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  const left = Math.max(0, Math.round((turned.info.width - width) / 2));
  const top = Math.max(0, Math.round((turned.info.height - height) / 2));
  return sharp(turned.data).extract({ left, top, width, height }).png({ compressionLevel: 1 }).toBuffer();
}
