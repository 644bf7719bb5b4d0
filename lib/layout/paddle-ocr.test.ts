import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPageRows } from "@/lib/extraction/page-rows";
import { loadPdfDocument } from "./load-pdf-document";
import { getPaddleOcr } from "./paddle-ocr";
import { createPaddleWorker } from "./paddle-worker-client";
import { readPageLayout } from "./read-page-layout";
import { renderPdfPage } from "./render-pdf-page";
import { makeInvoicePdf, makeTextPdf } from "./testing/make-test-documents";

// Real PaddleOCR (PP-OCRv4 on onnxruntime, CPU) on a real rendering of the contract's invoice.
const paddle = getPaddleOcr();
let scan: Buffer;

beforeAll(async () => {
  const pdf = await loadPdfDocument(await makeInvoicePdf());
  try {
    scan = (await renderPdfPage(pdf, 1)).png;
  } finally {
    await pdf.destroy();
  }
});

afterAll(() => paddle.terminate());

describe("PaddleOCR engine", () => {
  it("reads a scanned invoice in colour, with word boxes where the words are", async () => {
    const jpeg = await sharp(scan).jpeg({ quality: 80 }).toBuffer();
    const layout = await readPageLayout(jpeg, "jpeg", 1, { ocr: paddle });
    expect(layout).toMatchObject({ page: 1, source: "ocr", width: 2479, height: 3508 });
    for (const expected of ["INV-2024-0042", "Acme Corp", "4,200.00"]) expect(layout.text).toContain(expected);
    // Paddle prints "Vendor:Acme Corp"; the space after a label's colon is put back, so the label reads as one.
    expect(layout.text).toContain("Vendor: Acme Corp");
    const invoiceNumber = layout.lines.flatMap((line) => line.words).find((word) => word.text === "INV-2024-0042");
    // Where the PDF's text layer puts it (the test of the tesseract path checks the same place).
    expect(invoiceNumber?.box.x0).toBeGreaterThan(0.2);
    expect(invoiceNumber?.box.y0).toBeGreaterThan(0.05);
    expect(invoiceNumber?.box.y1).toBeLessThan(0.2);
    for (const word of layout.lines.flatMap((line) => line.words)) {
      expect(word.confidence).toBeGreaterThan(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
    }
  }, 60_000);

  it("keeps the spaces between words in capitals, which PaddleOCR's own decoding runs together", async () => {
    const lines = ["GOODS SOLD ARE NOT RETURNABLE", "81100 JOHOR BAHRU", "THANK YOU PLEASE COME AGAIN"];
    const pdf = await loadPdfDocument(await makeTextPdf(lines.map((text, index) => ({ text, x: 60, y: 700 - index * 40, size: 18 }))));
    try {
      const { png } = await renderPdfPage(pdf, 1);
      const layout = await readPageLayout(png, "png", 1, { ocr: paddle });
      for (const line of lines) expect(layout.text).toContain(line);
    } finally {
      await pdf.destroy();
    }
  }, 60_000);

  it("levels a page scanned 3° askew, so a total far from its label stays on the label's line", async () => {
    // Like a receipt: a few long lines (the letterhead, the footer) show the slant; labels and amounts are short.
    const receipt = [
      { text: "BOOK TA K (TAMAN DAYA) SDN BHD", x: 60, y: 700, size: 16 },
      { text: "NO.53 55,57 & 59, JALAN SAGU 18, TAMAN DAYA", x: 60, y: 678, size: 16 },
      { text: "81100 JOHOR BAHRU, JOHOR", x: 60, y: 656, size: 16 },
      { text: "GOODS SOLD ARE NOT RETURNABLE OR EXCHANGEABLE", x: 60, y: 500, size: 16 },
      { text: "TOTAL", x: 60, y: 600, size: 16 },
      { text: "13.80", x: 480, y: 600, size: 16 },
      { text: "ROUNDING", x: 60, y: 578, size: 16 },
      { text: "0.02", x: 480, y: 578, size: 16 },
      { text: "CASH", x: 60, y: 556, size: 16 },
      { text: "20.00", x: 480, y: 556, size: 16 },
    ];
    const pdf = await loadPdfDocument(await makeTextPdf(receipt));
    try {
      const { png } = await renderPdfPage(pdf, 1, { dpi: 150 });
      const askew = await sharp(png).rotate(3, { background: "#ffffff" }).png().toBuffer();
      const layout = await readPageLayout(askew, "png", 1, { ocr: paddle });
      const rows = buildPageRows(layout).rows.map((row) => row.map((word) => word.text).join(" "));
      expect(rows).toContain("TOTAL 13.80");
      expect(rows).toContain("ROUNDING 0.02");
    } finally {
      await pdf.destroy();
    }
  }, 60_000);

  it("fails a page it can't decode with ocr_failed", async () => {
    await expect(paddle.recognize(Buffer.from("not an image"))).rejects.toMatchObject({ code: "ocr_failed" });
  });

  it("turns a receipt photographed sideways upright: PaddleOCR reads sideways text too, in tall segments", async () => {
    const jpeg = await sharp(scan).rotate(90).jpeg({ quality: 80 }).toBuffer();
    const layout = await readPageLayout(jpeg, "jpeg", 1, { ocr: paddle });
    expect(layout.rotation).toBe(270);
    expect(layout.height).toBeGreaterThan(layout.width);
    for (const expected of ["INV-2024-0042", "Acme Corp", "4,200.00"]) expect(layout.text).toContain(expected);
  }, 60_000);

  it("runs off the main thread: a page that takes too long stops its worker, and the next page gets a fresh one", async () => {
    const worker = createPaddleWorker(1);
    try {
      const png = await sharp(scan).resize(800).png().toBuffer();
      await expect(worker.read(png, 5)).rejects.toThrow(/no result after 5 ms/);
      const { segments, regions } = await worker.read(png, 60_000);
      expect(segments.map((segment) => segment.text).join(" ")).toContain("INV-2024-0042");
      expect(regions).toBeGreaterThanOrEqual(segments.length);
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
