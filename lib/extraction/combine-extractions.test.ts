import { describe, expect, it } from "vitest";
import { combineExtractions, isSameValue } from "./combine-extractions";
import type { TExtractedField } from "./types";

const BOX = { x0: 0.1, y0: 0.1, x1: 0.2, y1: 0.12 };
const OTHER_BOX = { x0: 0.5, y0: 0.5, x1: 0.6, y1: 0.52 };

function offline(
  key: string,
  value: string | null,
  normalizedValue: TExtractedField["normalizedValue"],
  confidence: number,
): TExtractedField {
  return {
    key,
    value,
    normalizedValue,
    confidence,
    wasInferred: false,
    page: value === null ? null : 1,
    bbox: value === null ? null : BOX,
  };
}

function ai(
  key: string,
  value: string | null,
  normalizedValue: TExtractedField["normalizedValue"],
  confidence: number,
  wasInferred = false,
): TExtractedField {
  const isPlaced = value !== null && !wasInferred;
  return {
    key,
    value,
    normalizedValue,
    confidence,
    wasInferred,
    page: isPlaced ? 1 : null,
    bbox: isPlaced ? OTHER_BOX : null,
    source: "ai",
  };
}

describe("combineExtractions", () => {
  it("keeps the offline result as it is when the AI failed", () => {
    const fields = [offline("total", "4,200.00", 4200, 0.9), offline("date", null, null, 0)];
    expect(combineExtractions(fields, undefined)).toBe(fields);
  });

  it("takes the AI's value with a boosted confidence when both agree", () => {
    const [total, vendor] = combineExtractions(
      [offline("total", "4,200.00", 4200, 0.8), offline("vendor", "ACME CORP.", "ACME CORP.", 0.95)],
      [ai("total", "4,200.00", 4200.001, 0.85), ai("vendor", "Acme Corp", "Acme Corp", 0.95)],
    );
    expect(total).toMatchObject({ value: "4,200.00", normalizedValue: 4200.001, confidence: 0.95, source: "ai", bbox: OTHER_BOX });
    expect(vendor).toMatchObject({ value: "Acme Corp", confidence: 0.99, source: "ai" });
  });

  it("places an agreed value the AI could only infer where the offline reader found it", () => {
    const [total] = combineExtractions([offline("total", "4,200.00", 4200, 0.7)], [ai("total", "4200", 4200, 0.4, true)]);
    expect(total).toMatchObject({ value: "4200", wasInferred: false, page: 1, bbox: BOX, confidence: 0.8, source: "ai" });
  });

  it("prefers the printed value over an inferred one when they disagree, with less confidence", () => {
    const [total] = combineExtractions([offline("total", "4,200.00", 4200, 0.6)], [ai("total", "4400", 4400, 0.4, true)]);
    expect(total).toMatchObject({ value: "4,200.00", normalizedValue: 4200, confidence: 0.48 });
    expect(total.source).toBeUndefined();
  });

  it("prefers the surer of two printed values when they disagree, and lowers its confidence", () => {
    const [invoiceNumber, date] = combineExtractions(
      [offline("invoice_number", "2024", "2024", 0.5), offline("date", "01/02/2024", "2024-02-01", 0.9)],
      [ai("invoice_number", "INV-2024-0042", "INV-2024-0042", 0.95), ai("date", "01/02/2024", "2024-01-02", 0.6)],
    );
    expect(invoiceNumber).toMatchObject({ value: "INV-2024-0042", source: "ai" });
    expect(invoiceNumber.confidence).toBeCloseTo(0.95 * (1 - 0.5 * 0.5), 2);
    expect(date).toMatchObject({ normalizedValue: "2024-02-01", confidence: 0.63 });
    expect(date.source).toBeUndefined();
  });

  it("takes whichever reader found a value when the other found none", () => {
    const [fromAi, fromOffline, neither] = combineExtractions(
      [offline("po", null, null, 0), offline("vendor", "Acme", "Acme", 0.9), offline("iban", null, null, 0)],
      [ai("po", "PO-9", "PO-9", 0.95), ai("vendor", null, null, 0), ai("iban", null, null, 0)],
    );
    expect(fromAi).toMatchObject({ value: "PO-9", confidence: 0.95, source: "ai" });
    // The AI read the whole page and found nothing: the offline value stands, a little less sure.
    expect(fromOffline).toMatchObject({ value: "Acme", confidence: 0.72 });
    expect(neither).toMatchObject({ value: null, confidence: 0 });
  });

  it("keeps the offline order and fields the AI didn't answer", () => {
    const result = combineExtractions([offline("a", "1", "1", 0.9), offline("b", "2", "2", 0.9)], [ai("b", "2", "2", 0.9)]);
    expect(result.map((field) => [field.key, field.confidence])).toEqual([
      ["a", 0.9],
      ["b", 0.99],
    ]);
  });
});

describe("isSameValue", () => {
  it.each([
    [4200, 4200.004, true],
    [4200, 4200.01, false],
    ["INV-2024-0042", "inv 2024/0042", true],
    ["Müller GmbH", "MULLER GMBH", true],
    ["東京", "東京", true],
    ["東京", "大阪", false],
    [true, true, true],
    [true, false, false],
    ["2024-02-01", "2024-01-02", false],
  ])("%s vs %s → %s", (a, b, expected) => {
    expect(isSameValue(a, b)).toBe(expected);
  });
});
