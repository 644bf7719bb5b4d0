// A receipt's total where its label's line says more than "TOTAL" and the amount is printed on the next line.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

const FIELDS = [field("total_amount", "Total Amount", "number")];

describe("extractFieldsOffline: a receipt's total under a label line of its own", () => {
  const receipt = (labelLine: string) =>
    layoutFromRows([
      "Cahaya Mini Market",
      "Tar1kh: 03 MAR 2016",
      "1 SUGAR 1KG 9.50",
      "Total Qty: 5",
      "Sub Total 332.53",
      "SST 6% 19.95",
      labelLine,
      [[0.8, "352.50"]],
      "Cash 360.00",
      "Change Due 7.50",
      "GST Summary Amount(RM) Tax(RM)",
      "SR6% 332.55 19.95",
      "Total 332.55 19.95",
    ]);

  it("reads the amount right-aligned under 'TOTAL SALES (INCLUSIVE GST)', surely", async () => {
    const { total_amount } = await extract(FIELDS, [receipt("TOTAL SALES (INCLUSIVE GST)")]);
    expect(total_amount.normalizedValue).toBe(352.5);
    expect(total_amount.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
