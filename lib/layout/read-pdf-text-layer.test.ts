import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { loadPdfDocument } from "./load-pdf-document";
import { readPdfTextLayer } from "./read-pdf-text-layer";
import { A4, INVOICE_TEXT, makeInvoicePdf } from "./testing/make-test-documents";
import type { TBox } from "./types";

async function readFirstPage(bytes: Buffer) {
  const pdf = await loadPdfDocument(bytes);
  try {
    return await readPdfTextLayer(await pdf.getPage(1));
  } finally {
    await pdf.destroy();
  }
}

function expectInsidePage(box: TBox) {
  for (const value of [box.x0, box.y0, box.x1, box.y1]) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
  expect(box.x1).toBeGreaterThan(box.x0);
  expect(box.y1).toBeGreaterThan(box.y0);
}

describe("readPdfTextLayer", () => {
  it("reads a born-digital invoice into lines of words with page-relative boxes", async () => {
    const layer = await readFirstPage(await makeInvoicePdf());
    expect(layer.isUsable).toBe(true);
    expect(layer.width).toBeCloseTo(A4.width);
    expect(layer.height).toBeCloseTo(A4.height);
    expect(layer.lines.map((line) => line.text)).toEqual(INVOICE_TEXT.map((item) => item.text));
    expect(layer.lines[0].words.map((word) => word.text)).toEqual(["Invoice", "Number:", "INV-2024-0042"]);

    for (const [index, line] of layer.lines.entries()) {
      const drawn = INVOICE_TEXT[index];
      const baseline = (A4.height - drawn.y) / A4.height;
      expect(line.confidence).toBe(1);
      expectInsidePage(line.box);
      expect(line.box.x0).toBeCloseTo(drawn.x / A4.width, 3);
      // The box spans the glyphs: from about one font size above the baseline to a little below it.
      expect(line.box.y0).toBeLessThan(baseline);
      expect(line.box.y1).toBeGreaterThan(baseline);
      expect(line.box.y1 - line.box.y0).toBeCloseTo((drawn.size * 1.1) / A4.height, 2);
      for (const word of line.words) expectInsidePage(word.box);
      const starts = line.words.map((word) => word.box.x0);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("puts each word's box about where the word is printed", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Courier);
    pdf.addPage([A4.width, A4.height]).drawText("Total: 4,200.00", { x: 100, y: 400, size: 20, font });
    const layer = await readFirstPage(Buffer.from(await pdf.save()));
    const [label, amount] = layer.lines[0].words;
    // Courier is monospace (0.6 em per character), so proportional splitting is exact.
    const em = 0.6 * 20;
    expect(label.box.x0).toBeCloseTo(100 / A4.width, 3);
    expect(label.box.x1).toBeCloseTo((100 + 6 * em) / A4.width, 3);
    expect(amount.box.x0).toBeCloseTo((100 + 7 * em) / A4.width, 3);
    expect(amount.box.x1).toBeCloseTo((100 + 15 * em) / A4.width, 3);
  });

  it("joins a word drawn in pieces and orders lines top to bottom, left to right, whatever the drawing order", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([A4.width, A4.height]);
    page.drawText("Total: 4,200.00", { x: 360, y: 600, size: 12, font });
    page.drawText("Acme Corp", { x: 60, y: 700, size: 12, font });
    page.drawText("Amount due", { x: 60, y: 600, size: 12, font });
    page.drawText("Inv", { x: 60, y: 750, size: 12, font });
    page.drawText("oice", { x: 60 + font.widthOfTextAtSize("Inv", 12), y: 750, size: 12, font });
    const layer = await readFirstPage(Buffer.from(await pdf.save()));
    expect(layer.lines.map((line) => line.text)).toEqual(["Invoice", "Acme Corp", "Amount due Total: 4,200.00"]);
    expect(layer.lines[0].words).toHaveLength(1);
  });

  it("follows the page's rotation", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([A4.width, A4.height]);
    page.drawText("Rotated page text here", { x: 60, y: 760, size: 14, font });
    page.setRotation(degrees(90));
    const layer = await readFirstPage(Buffer.from(await pdf.save()));
    expect(layer.width).toBeCloseTo(A4.height);
    expect(layer.height).toBeCloseTo(A4.width);
    expect(layer.lines).toHaveLength(1);
    for (const word of layer.lines[0].words) expectInsidePage(word.box);
    // Turned clockwise, the text now runs down the right-hand side of the page.
    expect(layer.lines[0].box.x0).toBeGreaterThan(0.8);
  });

  it("calls a page with a few stray characters unusable, so it gets OCR'd", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([A4.width, A4.height]).drawText("Page 1", { x: 280, y: 30, size: 10, font });
    const layer = await readFirstPage(Buffer.from(await pdf.save()));
    expect(layer.lines.map((line) => line.text)).toEqual(["Page 1"]);
    expect(layer.isUsable).toBe(false);
  });
});
