import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPdfDocument } from "./load-pdf-document";
import { getOcrPool } from "./ocr-pool";
import { readPageLayout } from "./read-page-layout";
import { renderPdfPage } from "./render-pdf-page";
import { makeImageOnlyPdf, makeInvoicePdf, makePngHeader } from "./testing/make-test-documents";
import type { TPageLayout } from "./types";

// Real tesseract.js on real renderings: each OCR'd page takes a second or so on this sparse invoice.
const ocr = getOcrPool();
const EXPECTED = ["INV-2024-0042", "Acme Corp", "4,200.00"];

let invoicePdf: Buffer;
let scan300: Buffer;
let scan100: Buffer;

beforeAll(async () => {
  invoicePdf = await makeInvoicePdf();
  const pdf = await loadPdfDocument(invoicePdf);
  try {
    scan300 = (await renderPdfPage(pdf, 1)).png;
    scan100 = (await renderPdfPage(pdf, 1, { dpi: 100 })).png;
  } finally {
    await pdf.destroy();
  }
});

afterAll(() => ocr.terminate());

function expectWellFormed(layout: TPageLayout) {
  expect(layout.text).toBe(layout.lines.map((line) => line.text).join("\n"));
  const tops = layout.lines.map((line) => line.box.y0);
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  for (const line of layout.lines) {
    for (const { box, confidence } of [line, ...line.words]) {
      expect(Math.min(box.x0, box.y0)).toBeGreaterThanOrEqual(0);
      expect(Math.max(box.x1, box.y1)).toBeLessThanOrEqual(1);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  }
}

function expectInvoiceText(layout: TPageLayout) {
  for (const expected of EXPECTED) expect(layout.text).toContain(expected);
}

describe("readPageLayout", () => {
  it("reads a born-digital PDF from its text layer", async () => {
    const layout = await readPageLayout(invoicePdf, "pdf", 1, { ocr });
    expect(layout).toMatchObject({ page: 1, width: 595, height: 842, source: "text_layer" });
    expect(layout.text).toBe("Invoice Number: INV-2024-0042\nVendor: Acme Corp\nTotal: 4,200.00");
    expectWellFormed(layout);
  });

  it("OCRs a JPEG scan, with boxes where the text layer puts them", async () => {
    const jpeg = await sharp(scan300).blur(0.7).jpeg({ quality: 70 }).toBuffer();
    const layout = await readPageLayout(jpeg, "jpeg", 1, { ocr });
    expect(layout).toMatchObject({ page: 1, width: 2479, height: 3508, source: "ocr" });
    expectInvoiceText(layout);
    expectWellFormed(layout);

    const digital = await readPageLayout(invoicePdf, "pdf", 1, { ocr });
    const find = (page: TPageLayout) => page.lines.flatMap((line) => line.words).find((word) => word.text === "INV-2024-0042");
    const [scanned, born] = [find(layout), find(digital)];
    expect(scanned).toBeDefined();
    for (const side of ["x0", "y0", "x1", "y1"] as const) expect(Math.abs(scanned!.box[side] - born!.box[side])).toBeLessThan(0.01);
  });

  it("OCRs the requested page of a multi-page TIFF", async () => {
    const blank = await sharp({ create: { width: 2479, height: 3508, channels: 3, background: "white" } })
      .png()
      .toBuffer();
    const tiff = await sharp([blank, scan300], { join: { animated: true } })
      .tiff({ compression: "lzw" })
      .toBuffer();
    const second = await readPageLayout(tiff, "tiff", 2, { ocr });
    expect(second.page).toBe(2);
    expectInvoiceText(second);
    const first = await readPageLayout(tiff, "tiff", 1, { ocr });
    expect(first.text).toBe("");
  });

  it.each(["jpeg", "png"] as const)("OCRs a scanned PDF (a %s image, no text layer)", async (format) => {
    const scan = format === "jpeg" ? await sharp(scan300).jpeg({ quality: 80 }).toBuffer() : scan100;
    const layout = await readPageLayout(await makeImageOnlyPdf(scan), "pdf", 1, { ocr });
    expect(layout.source).toBe("ocr");
    expectInvoiceText(layout);
    expectWellFormed(layout);
  });

  it("turns a page scanned upside down or sideways upright before reading it", async () => {
    for (const rotation of [90, 180, 270] as const) {
      const turned = await sharp(scan300)
        .rotate(360 - rotation)
        .jpeg({ quality: 90 })
        .toBuffer();
      const layout = await readPageLayout(turned, "jpeg", 1, { ocr });
      expect(layout.rotation).toBe(rotation);
      expectWellFormed(layout);
      expectInvoiceText(layout);
      // Width and height are those of the page as read (upright): a portrait invoice stays portrait.
      expect(layout.height).toBeGreaterThan(layout.width);
    }
    const upsideDownPdf = await makeImageOnlyPdf(await sharp(scan300).rotate(180).png().toBuffer());
    const fromPdf = await readPageLayout(upsideDownPdf, "pdf", 1, { ocr });
    expect(fromPdf.rotation).toBe(180);
    expectInvoiceText(fromPdf);
  }, 60_000);

  it("upscales a small PNG before OCR", async () => {
    const layout = await readPageLayout(scan100, "png", 1, { ocr });
    // The page keeps its uploaded size even though tesseract read it at twice that.
    expect(layout).toMatchObject({ width: 826, height: 1169, source: "ocr" });
    expectInvoiceText(layout);
  });

  it("refuses broken and oversized images", async () => {
    await expect(readPageLayout(scan300.subarray(0, 5000), "png", 1, { ocr })).rejects.toMatchObject({ code: "corrupt_image" });
    await expect(readPageLayout(makePngHeader(20_000, 20_000), "png", 1, { ocr })).rejects.toMatchObject({ code: "image_too_large" });
    await expect(readPageLayout(Buffer.from("%PDF-1.7 garbage"), "pdf", 1, { ocr })).rejects.toMatchObject({ code: "invalid_pdf" });
  });

  it("fails one page on an OCR error and keeps going", async () => {
    await expect(ocr.recognize(Buffer.from("not an image at all"))).rejects.toMatchObject({ name: "DocumentError", code: "ocr_failed" });
    const after = await ocr.recognize(scan100);
    expect(after.lines.map((line) => line.text).join("\n")).toContain("Acme Corp");
  });
});
