import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

describe("a row of labels over a row of values", () => {
  const totals = [
    field("net_amount", "Net Amount", "number"),
    field("tax_amount", "Tax Amount", "number"),
    field("total_amount", "Total Amount", "number"),
  ];

  it("gives each label the cell under it, not the last amount of the row", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Total hors taxes"],
        [0.25, "TVA (20 %)"],
        [0.42, "Total TTC"],
        [0.58, "Acompte versé"],
        [0.78, "Solde dû"],
      ],
      [
        [0.05, "1 152,15 EUR"],
        [0.25, "230,43 EUR"],
        [0.42, "1 382,58 EUR"],
        [0.58, "-581,00 EUR"],
        [0.78, "801,58 EUR"],
      ],
    ]);
    const result = await extract(totals, [page]);
    expect(result.net_amount.value).toBe("1 152,15 EUR");
    expect(result.tax_amount.value).toBe("230,43 EUR");
    expect(result.total_amount.value).toBe("1 382,58 EUR");
  });

  it("splits a cell the reader ran together across two columns ('18/03/18 15:17' under 'Date   Time')", async () => {
    const page = layoutFromRows([
      [
        [0.1, "Date"],
        [0.19, "Time"],
        [0.7, "OPT"],
      ],
      [
        [0.1, "18/03/18 15:17"],
        [0.7, "02"],
      ],
    ]);
    const result = await extract([field("date", "Date", "date")], [page]);
    expect(result.date.normalizedValue).toBe("2018-03-18");
  });

  it("keeps a value wider than its label, centred under it", async () => {
    const page = layoutFromRows([
      [
        [0.1, "Net"],
        [0.3, "VAT"],
        [0.5, "Total"],
      ],
      [
        [0.06, "$1,336.00"],
        [0.27, "$64.96"],
        [0.46, "$1,400.96"],
      ],
    ]);
    const result = await extract(totals, [page]);
    expect(result.total_amount.value).toBe("$1,400.96");
    expect(result.tax_amount.value).toBe("$64.96");
  });
});
