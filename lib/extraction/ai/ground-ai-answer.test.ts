import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { GROUNDING_CONFIDENCE, groundAiAnswer, INFERRED_CONFIDENCE } from "./ground-ai-answer";

function field(key: string, type: TStoredField["type"] = "text", extra: Partial<TStoredField> = {}): TStoredField {
  return { key, name: key, type, required: false, aliases: [], ...extra };
}

describe("groundAiAnswer", () => {
  it("scales the confidence by the OCR confidence of the matched words", () => {
    const page = buildPageLayout(
      [
        { text: "Invoice No INV-77", box: { x0: 0.1, y0: 0.1, x1: 0.3, y1: 0.12 }, confidence: 0.8 },
        { text: "Total 12.00", box: { x0: 0.1, y0: 0.2, x1: 0.3, y1: 0.22 }, confidence: 0.6 },
      ],
      { source: "ocr" },
    );
    const result = groundAiAnswer(field("invoice_number"), { value: "INV-77", line_id: "p1-l1" }, [page]);
    expect(result).toMatchObject({
      value: "INV-77",
      wasInferred: false,
      page: 1,
      confidence: Math.round(GROUNDING_CONFIDENCE.exact.citedLine * 0.8 * 1000) / 1000,
    });
  });

  it("counts text-layer words as certain whatever confidence they carry", () => {
    const page = buildPageLayout([{ text: "Ref ABC-1", box: { x0: 0.1, y0: 0.1, x1: 0.3, y1: 0.12 }, confidence: 0.5 }], {
      source: "text_layer",
    });
    expect(groundAiAnswer(field("reference"), { value: "ABC-1", line_id: "p1-l1" }, [page]).confidence).toBe(0.95);
  });

  it("finds a value spanning two lines, cited by either", () => {
    const page = layoutFromRows(["Bill to:", "Globex Corporation", "42 Main Street", "Springfield"]);
    for (const lineId of ["p1-l3", "p1-l4"]) {
      const result = groundAiAnswer(field("address"), { value: "42 Main Street, Springfield", line_id: lineId }, [page]);
      expect(result).toMatchObject({ value: "42 Main Street Springfield", wasInferred: false, confidence: 0.95 });
      expect(result.bbox!.y0).toBeCloseTo(0.11);
      expect(result.bbox!.y1).toBeCloseTo(0.16);
    }
  });

  it("accepts an OCR slip the model read through, keeping the model's spelling", () => {
    const page = layoutFromRows(["Vendor: Rnegadyne Industrial Supplies"]);
    const result = groundAiAnswer(field("vendor_name"), { value: "Megadyne Industrial Supplies", line_id: "p1-l1" }, [page]);
    expect(result).toMatchObject({
      value: "Megadyne Industrial Supplies",
      wasInferred: false,
      confidence: GROUNDING_CONFIDENCE.close.citedLine,
    });
  });

  it("accepts the American reading of an ambiguous date", () => {
    const page = layoutFromRows(["Date: 05/11/2024"]);
    const result = groundAiAnswer(field("date", "date"), { value: "2024-05-11", line_id: "p1-l1" }, [page]);
    expect(result).toMatchObject({ value: "05/11/2024", normalizedValue: "2024-05-11", wasInferred: false });
  });

  it("reads typed values the way they are printed", () => {
    const page = layoutFromRows(["Betrag: 4.200,50 EUR", "Tel. +49 (30) 123 4567", "Mail: INFO@ACME.DE", "Status: Paid"]);
    const ground = (item: TStoredField, value: string | number, lineId: string) => groundAiAnswer(item, { value, line_id: lineId }, [page]);
    expect(ground(field("amount", "number"), 4200.5, "p1-l1")).toMatchObject({
      value: "4.200,50",
      normalizedValue: 4200.5,
      wasInferred: false,
    });
    expect(ground(field("phone", "phone"), "+49 30 1234567", "p1-l2")).toMatchObject({
      normalizedValue: "+49301234567",
      wasInferred: false,
    });
    expect(ground(field("email", "email"), "info@acme.de", "p1-l3")).toMatchObject({
      value: "INFO@ACME.DE",
      normalizedValue: "info@acme.de",
    });
    const status = field("status", "enum", { options: ["PAID", "OPEN"] });
    expect(ground(status, "PAID", "p1-l4")).toMatchObject({ value: "Paid", normalizedValue: "PAID", wasInferred: false });
  });

  it("locates a yes/no only on the cited row, never on some unrelated word elsewhere", () => {
    const page = layoutFromRows(["Qty 1", "Item Widget", "Paid: yes"]);
    const paid = field("paid", "boolean");
    expect(groundAiAnswer(paid, { value: true, line_id: "p1-l3" }, [page])).toMatchObject({ value: "yes", wasInferred: false });
    expect(groundAiAnswer(paid, { value: true, line_id: "p1-l2" }, [page])).toMatchObject({
      wasInferred: true,
      confidence: INFERRED_CONFIDENCE,
    });
  });

  it("does not place a short number on an unrelated line", () => {
    const page = layoutFromRows(["Page 1 of 2", "Quantity: 12"]);
    const result = groundAiAnswer(field("count", "number"), { value: 1, line_id: null }, [page]);
    expect(result).toMatchObject({ value: "1", normalizedValue: 1, wasInferred: true, bbox: null });
  });

  it("ignores a line id that doesn't exist and searches the whole document", () => {
    const pages = [layoutFromRows(["Hello"]), layoutFromRows(["Order 5531-A"], { page: 2 })];
    const result = groundAiAnswer(field("order"), { value: "5531-A", line_id: "p9-l99" }, pages);
    expect(result).toMatchObject({ page: 2, wasInferred: false, confidence: GROUNDING_CONFIDENCE.exact.elsewhere });
  });
});
