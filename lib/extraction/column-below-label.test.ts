import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

type TWordSpan = readonly [text: string, x0: number, x1: number];

/** A scan's page: rows of words each boxed where the reader put it, every row `height` tall from its top. */
const scannedRows = (rows: Array<[y0: number, words: readonly TWordSpan[]]>, height: number) =>
  buildPageLayout(
    rows.flatMap(([y0, words]) => words.map(([text, x0, x1]) => ({ text, box: { x0, y0, x1, y1: y0 + height } }))),
    { source: "ocr" },
  );

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

  it("gives each of two labels the reader set too close to split ('Montant HT TVA (20 %)') the value under its words", async () => {
    const page = layoutFromRows([
      "Moreau & Mercier Conseil SASU",
      [
        [0.548, "Montant HT"],
        [0.665, "TVA (20 %)"],
        [0.8, "Net a payer"],
      ],
      [
        [0.548, "2 797,40"],
        [0.69, "559,48"],
        [0.8, "3 356,88"],
      ],
    ]);
    const result = await extract(totals, [page]);
    expect(result.net_amount.normalizedValue).toBe(2797.4);
    expect(result.tax_amount.normalizedValue).toBe(559.48);
    expect(result.total_amount.normalizedValue).toBe(3356.88);
  });

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

  it("reads an amount right-aligned under its label's cell, and adds up one tax amount per rate", async () => {
    const italian = layoutFromRows([
      [
        [0.5, "Totale imponibile"],
        [0.68, "IVA al 22%"],
        [0.8, "Totale fattura"],
      ],
      [
        [0.56, "4.503,00"],
        [0.71, "990,66"],
        [0.82, "5.493,66"],
      ],
    ]);
    expect((await extract(totals, [italian])).tax_amount.normalizedValue).toBe(990.66);
    const twoRates = layoutFromRows([
      [
        [0.3, "Totale imponibile"],
        [0.5, "Imposta 22%"],
        [0.65, "Imposta 4%"],
        [0.8, "Totale"],
      ],
      [
        [0.3, "830,00"],
        [0.5, "59,62"],
        [0.65, "21,37"],
        [0.8, "910,99"],
      ],
    ]);
    expect((await extract(totals, [twoRates])).tax_amount.normalizedValue).toBe(80.99);
  });

  it("takes no line item's amount for the total from a table's 'Total' column, nor a breakdown of tax for the totals' row", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Item description"],
        [0.5, "Units"],
        [0.62, "Unit price"],
        [0.8, "Total (GBP)"],
      ],
      [
        [0.05, "Ergonomic office chair"],
        [0.5, "2"],
        [0.62, "397.50"],
        [0.83, "795.00"],
      ],
      [
        [0.05, "Delivery charge"],
        [0.5, "1"],
        [0.62, "15.90"],
        [0.85, "15.90"],
      ],
      "",
      [
        [0.45, "Sub Total"],
        [0.6, "Sales tax (8.875%)"],
        [0.84, "Amount due"],
      ],
      [
        [0.45, "810.90"],
        [0.6, "71.97"],
        [0.84, "882.87 GBP"],
      ],
    ]);
    const result = await extract(totals, [page]);
    expect(result.total_amount.normalizedValue).toBe(882.87);
    expect(result.tax_amount.normalizedValue).toBe(71.97);
  });

  it("reads Italian labels: 'Totale netto', 'Imposta', and no VAT number after 'P.IVA' as the tax", async () => {
    const page = layoutFromRows([
      "Costruzioni Ferretti S.r.l.",
      "P.IVA 02588259499",
      "",
      [
        [0.05, "Descrizione"],
        [0.5, "Q.tà"],
        [0.62, "Prezzo"],
        [0.8, "Imponibile"],
      ],
      [
        [0.05, "Consulenza"],
        [0.5, "1"],
        [0.62, "117,00"],
        [0.8, "117,00"],
      ],
      [
        [0.05, "Manodopera"],
        [0.5, "5,5"],
        [0.62, "58,00"],
        [0.8, "319,00"],
      ],
      [
        [0.6, "Totale netto"],
        [0.8, "436,00"],
      ],
      [
        [0.6, "Imposta 22%"],
        [0.8, "95,92"],
      ],
      [
        [0.6, "TOTALE"],
        [0.8, "531,92"],
      ],
    ]);
    const result = await extract(totals, [page]);
    expect(result.net_amount.normalizedValue).toBe(436);
    expect(result.tax_amount.normalizedValue).toBe(95.92);
  });

  it("reads each label's amount under it when its own cell states the tax base ('Btw 21% over 4.535,23')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Totaal excl. btw"],
        [0.25, "Btw 21% over 4.535,23"],
        [0.5, "Btw 9% over 1.810,00"],
        [0.75, "Te betalen"],
      ],
      [
        [0.05, "€ 6.345,23"],
        [0.25, "€ 952,40"],
        [0.5, "€ 162,90"],
        [0.75, "€ 7.460,53"],
      ],
    ]);
    const result = await extract(totals, [page]);
    expect(result.net_amount.normalizedValue).toBe(6345.23);
    expect(result.tax_amount.normalizedValue).toBe(1115.3);
    expect(result.total_amount.normalizedValue).toBe(7460.53);
    // The sign printed after the amounts ("5.945,44€"), the rate before the label ("20 % USt. auf 1.231,95").
    const after = layoutFromRows([
      [
        [0.05, "Zwischensumme"],
        [0.25, "20 % USt. auf 1.231,95"],
        [0.5, "10 % USt. auf 4.061,00"],
        [0.75, "Bruttobetrag"],
      ],
      [
        [0.05, "5.292,95€"],
        [0.25, "246,39€"],
        [0.5, "406,10€"],
        [0.75, "5.945,44€"],
      ],
    ]);
    const austrian = await extract(totals, [after]);
    expect(austrian.net_amount.normalizedValue).toBe(5292.95);
    expect(austrian.tax_amount.normalizedValue).toBe(652.49);
  });
});
