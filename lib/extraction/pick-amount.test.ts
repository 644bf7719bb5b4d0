import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { buildPageRows } from "./page-rows";
import { pickAmount } from "./pick-amount";

function words(text: string) {
  return buildPageRows(layoutFromRows([text])).words;
}

describe("pickAmount", () => {
  it.each([
    ["4,200.00", "first", "4,200.00", 4200],
    ["RM 12.50", "first", "RM 12.50", 12.5],
    ["EUR 529,87", "first", "EUR 529,87", 529.87],
    ["78.30 4.70 83.00", "last", "83.00", 83],
    ["78.30 4.70 83.00", "first", "78.30", 78.3],
    ["100.00 Tax 19.00 Total 119.00", "last", "100.00", 100],
    ["COMFORT 2014 -Copyright 529,87", "first", "529,87", 529.87],
    ["3 items 45.00", "first", "45.00", 45],
    ["19 % 4.00", "first", "4.00", 4],
    ["(RM): 9.00", "last", "9.00", 9],
    ["ITEM(S) : 2", "first", "2", 2],
  ] as const)("%s (%s) → %s", (text, which, printed, value) => {
    const found = pickAmount(words(text), which);
    expect(found?.words.map((word) => word.text).join(" ")).toBe(printed);
    expect(found?.parsed.value).toBe(value);
  });

  it("joins digit groups only when they touch", () => {
    const tight = buildPageLayout([
      { text: "4", box: { x0: 0.1, y0: 0.1, x1: 0.11, y1: 0.12 } },
      { text: "200,00", box: { x0: 0.113, y0: 0.1, x1: 0.17, y1: 0.12 } },
    ]);
    expect(pickAmount(buildPageRows(tight).words, "first")?.parsed.value).toBe(4200);
    expect(pickAmount(words("1 200.00"), "first")?.parsed.value).toBe(200);
    // A thousands group with a leading zero can't stand alone: "1 000,00" with a word space is one amount.
    expect(pickAmount(words("1 000,00 €"), "last")?.parsed.value).toBe(1000);
    // Nor do three digits with decimal-comma cents after a short group ("3 615,84", French thousands).
    expect(pickAmount(words("Montant TTC: 3 615,84"), "last")?.parsed.value).toBe(3615.84);
    expect(pickAmount(words("Total à payer 11 920,74€"), "last")?.parsed.value).toBe(11920.74);
    expect(pickAmount(words("Solde: -1 574,46 EUR"), "last")?.parsed.value).toBe(-1574.46);
    // After a currency sign a short group is no quantity: "EUR 4 513.60" (a scan's point for the comma) is one amount.
    expect(pickAmount(words("Sous-total HT: EUR 4 513.60"), "last")?.parsed.value).toBe(4513.6);
    expect(pickAmount(words("2 EUR 513.60"), "last")?.parsed.value).toBe(513.6);
    // Nor after a label's colon: "Total hors taxes: 3 693.15", in the row or given as the word before the value.
    expect(pickAmount(words("Total hors taxes: 3 693.15"), "last")?.parsed.value).toBe(3693.15);
    const [label, ...value] = words("taxes: 3 693.15");
    expect(pickAmount(value, "last", label)?.parsed.value).toBe(3693.15);
    expect(pickAmount(value, "last")?.parsed.value).toBe(693.15);
    // A sign glued to the first group ("€6 057,65").
    expect(pickAmount(words("Montant HT €6 057,65"), "last")?.parsed.value).toBe(6057.65);
    // A currency code the reader glued to either group of a scan: "EUR2 723,53", "2 873,95EUR".
    expect(pickAmount(words("Sous-total HT EUR2 723,53"), "last")?.parsed.value).toBe(2723.53);
    expect(pickAmount(words("MontantHT: 2 873,95EUR"), "last")?.parsed.value).toBe(2873.95);
  });

  it("reads past OCR slips in a total: a garbled currency glued on, a decimal part split off", () => {
    const glued = pickAmount(words("RrM28.05"), "last");
    expect(glued?.parsed).toEqual({ value: 28.05, decimals: 2, misread: true });
    // A currency code glued on and read right is no misreading.
    expect(pickAmount(words("EUR5.677,33"), "last")?.parsed).toEqual({ value: 5677.33, decimals: 2 });
    const split = buildPageLayout([
      { text: "RM152.", box: { x0: 0.6, y0: 0.1, x1: 0.7, y1: 0.12 } },
      { text: "00", box: { x0: 0.71, y0: 0.1, x1: 0.74, y1: 0.12 } },
    ]);
    expect(pickAmount(buildPageRows(split).words, "last")?.parsed).toEqual({ value: 152, decimals: 2, misread: true });
    // And after a thousands group a word space before it ("1 116, 46", as PaddleOCR read a French invoice's VAT).
    const grouped = buildPageLayout([
      { text: "1", box: { x0: 0.66, y0: 0.61, x1: 0.672, y1: 0.623 } },
      { text: "116,", box: { x0: 0.683, y0: 0.61, x1: 0.73, y1: 0.623 } },
      { text: "46", box: { x0: 0.741, y0: 0.61, x1: 0.764, y1: 0.623 } },
    ]);
    expect(pickAmount(buildPageRows(grouped).words, "first")?.parsed).toEqual({ value: 1116.46, decimals: 2, misread: true });
    // The letter O read for a zero in the amount: "RMO.02".
    expect(pickAmount(words("RMO.02"), "last")?.parsed).toEqual({ value: 0.02, decimals: 2, misread: true });
    // Only amounts with cents are salvaged: a word such as "Room12" is no amount, nor is "ROOM.OO" (no digit at all).
    expect(pickAmount(words("Room12"), "first")).toBeNull();
    expect(pickAmount(words("ROOM.OO"), "first")).toBeNull();
  });

  it("finds nothing without a number", () => {
    expect(pickAmount(words("no amount here"), "first")).toBeNull();
  });

  it("reads no amount in a written-out date's day ('bis zum 7. Januar 2026'), and reads one after it", () => {
    expect(pickAmount(words("bis zum 7. Januar 2026."), "first")).toBeNull();
    expect(pickAmount(words("am 3 March 2025 paid 45.00"), "first")?.parsed.value).toBe(45);
    // A count before a word that is no month stays a number.
    expect(pickAmount(words("7 Stück"), "first")?.parsed.value).toBe(7);
  });
});
