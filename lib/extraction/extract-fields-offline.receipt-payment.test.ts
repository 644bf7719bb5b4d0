// A receipt's total checked against its payment lines: what was tendered less the change given.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

const FIELDS = [field("total_amount", "Total Amount", "number")];

describe("extractFieldsOffline: a receipt's total against its payment", () => {
  const receipt = (cash: string, change: string) =>
    layoutFromRows([
      "GEMILANG BAKERY PLT",
      "Date: 21.05.2016",
      "PANADOL 10S X5 1248.00",
      "SUBTOTAL 1321.63",
      "SST 6% 79.30",
      "Rounding Adj 0.02",
      "Total Amount",
      [[0.7, "1400.95"]],
      `Cash ${cash}`,
      `Change Due ${change}`,
    ]);

  it("keeps a total its lines add up to over cash misread one digit off when no change was given ('Cash 1480.95')", async () => {
    const { total_amount } = await extract(FIELDS, [receipt("1480.95", "0.00")]);
    expect(total_amount.normalizedValue).toBe(1400.95);
    // Still one reading against another: not reported as sure.
    expect(total_amount.confidence).toBeLessThan(0.9);
  });

  it("still takes tendered less change when change was given, printed as an amount elsewhere", async () => {
    const { total_amount } = await extract(FIELDS, [receipt("1500.00", "99.05")]);
    expect(total_amount.normalizedValue).toBe(1400.95);
    expect(total_amount.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
