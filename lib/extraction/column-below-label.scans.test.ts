// Rows of labels over rows of amounts as a scan's reader boxes them: cells whose gaps are hardly wider than a word space
// (synthetic invoices, sessions 14 and 16).

import { describe, expect, it } from "vitest";
import { buildPageLayout } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

type TWordSpan = readonly [text: string, x0: number, x1: number];

/** A scan's page: rows of words each boxed where the reader put it, every row `height` tall from its top. */
const scannedRows = (rows: Array<[y0: number, words: readonly TWordSpan[]]>, height: number) =>
  buildPageLayout(
    rows.flatMap(([y0, words]) => words.map(([text, x0, x1]) => ({ text, box: { x0, y0, x1, y1: y0 + height } }))),
    { source: "ocr" },
  );

describe("a row of labels over a row of values, as a scan spaces them", () => {
  const totals = [
    field("net_amount", "Net Amount", "number"),
    field("tax_amount", "Tax Amount", "number"),
    field("total_amount", "Total Amount", "number"),
  ];

  it("ends a label's cell at a rate glued to the tax label before it ('VAT20% Total incl. VAT'), as a scan spaces it", async () => {
    // Word boxes as the reader gave them: the cells' gaps hardly wider than a word space.
    const header = [
      ["Sub-total", 0.38, 0.442],
      ["VAT20%", 0.466, 0.531],
      ["Total", 0.555, 0.587],
      ["incl.", 0.593, 0.625],
      ["VAT", 0.631, 0.65],
      ["Payment", 0.676, 0.729],
      ["received", 0.737, 0.797],
      ["Amount", 0.823, 0.873],
      ["due", 0.881, 0.907],
    ] as const;
    const values = [
      ["208.95", 0.394, 0.443],
      ["41.79", 0.49, 0.531],
      ["250.74", 0.603, 0.652],
      ["-80.00", 0.754, 0.799],
      ["170.74", 0.858, 0.907],
    ] as const;
    const page = scannedRows(
      [
        [0.068, [["Thames Valley Digital plc", 0.09, 0.4]]],
        [0.408, header],
        [0.43, values],
      ],
      0.012,
    );
    expect((await extract(totals, [page])).total_amount.normalizedValue).toBe(250.74);
  });

  it("gives labels no gap splits ('Montant HT TVAa20% Total TTC') the amounts standing apart under their words", async () => {
    // Word boxes as the reader gave them: the labels' gaps no wider than their glued rate's characters.
    const header = [
      ["Montant", 0.553, 0.631],
      ["HT", 0.642, 0.664],
      ["TVAa20%", 0.689, 0.791],
      ["Total", 0.816, 0.866],
      ["TTC", 0.876, 0.906],
    ] as const;
    const values = [
      ["5", 0.583, 0.593],
      ["213,85", 0.603, 0.662],
      ["1", 0.712, 0.722],
      ["042,77", 0.732, 0.792],
      ["6", 0.818, 0.829],
      ["256,62", 0.84, 0.906],
    ] as const;
    const page = scannedRows(
      [
        [0.06, [["Imprimerie Provence EURL", 0.081, 0.3]]],
        [0.523, header],
        [0.548, values],
      ],
      0.013,
    );
    const result = await extract(totals, [page]);
    expect(result.net_amount.normalizedValue).toBe(5213.85);
    expect(result.tax_amount.normalizedValue).toBe(1042.77);
    expect(result.total_amount.normalizedValue).toBe(6256.62);
  });
});
