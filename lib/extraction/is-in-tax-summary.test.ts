import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { isInTaxSummary } from "./is-in-tax-summary";
import { buildPageRows } from "./page-rows";

const rowsOf = (rows: Array<string | Array<[number, string]>>) => buildPageRows(layoutFromRows(rows)).rows;

describe("isInTaxSummary", () => {
  it("reads a breakdown's header and its rows as the tax summary", () => {
    const rows = rowsOf(["GST Summary Amount(RM) Tax(RM)", "SR @ 6% 842.50 50.55", "Total 842.50 50.55"]);
    expect([0, 1, 2].map((row) => isInTaxSummary(rows, row))).toEqual([true, true, true]);
    // "GST Summary" run together and cut short by a scan's reader, its one row garbled.
    const scanned = rowsOf(["Grand Total 728.35", "GSTSU nt(RM) Tax(R)", "SROG 687. .12 41.23", "Total 687.12 42.23"]);
    expect([0, 1, 3].map((row) => isInTaxSummary(scanned, row))).toEqual([false, true, true]);
  });

  it("reads a row of totals' labels that names its one rate as no summary, the rate's sign a word of its own too", () => {
    for (const rate of ["IVA 21%", "IVA 21 %"]) {
      const rows = rowsOf([
        [
          [0.5, "Base imponible"],
          [0.66, rate],
          [0.8, "Importe total"],
        ],
        [
          [0.5, "€ 2.097,45"],
          [0.66, "€ 440,46"],
          [0.8, "€ 2.537,91"],
        ],
      ]);
      expect([isInTaxSummary(rows, 0), isInTaxSummary(rows, 1)]).toEqual([false, false]);
    }
  });
});
