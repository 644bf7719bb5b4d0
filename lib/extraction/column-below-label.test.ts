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
