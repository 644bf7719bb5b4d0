// A receipt's total told by the lines it adds up: a scan's reader weakened or misread the total's label or its amount
// (harsh synthetic receipt scans, session 13).

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";
import { buildPageRows } from "./page-rows";
import { isSumOfLinesAbove } from "./total-breakdown";

const FIELDS = [field("total_amount", "Total Amount", "number")];

describe("a total told by the lines above it", () => {
  it("adds the one-amount lines right above a row, rounding included, up to a deposit or payment", () => {
    const page = buildPageRows(
      layoutFromRows([
        "Total 1,000.00",
        "Deposit paid -400.00",
        "Balance due 600.00",
        "Sub Total 254.78",
        "Service Tax 6% 15.29",
        "Rounding Adj -0.02",
        "Net Total 270.05",
      ]),
    );
    expect(isSumOfLinesAbove(page, 6, 270.05)).toBe(true);
    // One line is no sum; a deposit ends the lines a total adds.
    expect(isSumOfLinesAbove(page, 4, 15.29)).toBe(false);
    expect(isSumOfLinesAbove(page, 2, 600)).toBe(false);
  });

  it("reads the last total label whose amount its lines add up to, not the subtotal its weakened label ties", async () => {
    const page = layoutFromRows([
      "KEDAI RUNCIT MAJU",
      "DETERGENT 2KG 207.70",
      "Total Excl. GST RH 254.78",
      "Service Tax 6% RM 15.29",
      "Rounding Adj RM -0.02",
      "Net Total",
      [[0.7, "RM 270.05"]],
      "Cash RM 288.00",
      "Change RM 9.95",
      "GST Su ount(RM) Tax(RM)",
      "SR6% 254.76 15.29",
      "Total 254.76 15.29",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(270.05);
  });

  it("reads the amount a subtotal and the lines after it add up to as the total, its label misread ('Juntah')", async () => {
    const receipt = (total: string) =>
      layoutFromRows([
        "KEDAI RUNCIT MAJU",
        "SILICONE SEALANT 74.40",
        "Sub-Total 1637.19",
        "Service Tax 6s 98.23",
        "Rounding -0.02",
        total,
        "Points Earned: 12",
      ]);
    expect((await extract(FIELDS, [receipt("Juntah 1735.40")])).total_amount.normalizedValue).toBe(1735.4);
    // An amount they don't add up to is no total.
    expect((await extract(FIELDS, [receipt("Juntah 1753.40")])).total_amount.normalizedValue).toBe(1637.19);
  });

  it("takes the amount paid for a total one digit off it when the lines above the total add up to what was paid", async () => {
    const page = layoutFromRows([
      "RESTORAN SELERA",
      "Food Beverage 76.90",
      "Service Chrge 10 7.69",
      "Govt Tax 5.08",
      "ROUNDING ADJUSTMENT -0.02",
      "Grand Total 89.05",
      "CASH PAID 89.65",
      "Change Due 000",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(89.65);
  });

  it("keeps a total that is more than a balance after a deposit", async () => {
    const page = layoutFromRows([
      "Harper Joinery Ltd",
      "Subtotal 800.00",
      "VAT 20% 160.00",
      "Total 960.00",
      "Deposit paid -400.00",
      "Balance due 560.00",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(960);
  });

  it("reads a total that lost its decimal mark in cents where the lines above it add up to that ('TOTALE77000')", async () => {
    const page = layoutFromRows([
      "Tipografia Ricci S.r.l.",
      "1 Tubo in rame 15 mm 17 4,95 84,15",
      "Imponibile 631,15",
      "IVA al 22% 138,85",
      "TOTALE77000",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(770);
  });

  it("reads a total whose first digit was read as a letter as the amount the card paid ('B4.20' over 'MASTERCARD 84.20')", async () => {
    const page = layoutFromRows(["KEDAI MAJU", "SUBTOTAL 79.43", "Govt Tax 4.77", "TOTAL AMOUNT DUE B4.20", "MASTERCARD 84.20"]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(84.2);
  });
});
