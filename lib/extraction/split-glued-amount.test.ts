import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";
import { splitGluedAmount } from "./split-glued-amount";

const word = (text: string) => ({ text, confidence: 0.9, box: { x0: 0.1, y0: 0.5, x1: 0.1 + text.length * 0.01, y1: 0.52 } });

describe("splitGluedAmount", () => {
  it.each([
    ["Totalenetto2.907,40", ["Totalenetto", "2.907,40"]],
    ["22%639,63", ["22%", "639,63"]],
    ["Totale:1.234,56", ["Totale:", "1.234,56"]],
    ["(20%)994.70", ["(20%)", "994.70"]],
    ["Btw21%0ver5.261,25", ["Btw21%0ver", "5.261,25"]],
    ["Invoicetotal3767.97USD", ["Invoicetotal", "3767.97USD"]],
    ["SalesTax6.25%:USD86.25", ["SalesTax6.25%:", "USD86.25"]],
  ])("splits %s into its label and its amount", (text, parts) => {
    const split = splitGluedAmount(word(text));
    expect(split.map((part) => part.text)).toEqual(parts);
    expect(split[0].box.x1).toBeCloseTo(split[1].box.x0);
  });

  it.each(["RM12.50", "EUR5,00", "INV-2024-0042", "12.50", "F2025.0587"])("leaves %s whole", (text) => {
    expect(splitGluedAmount(word(text)).map((part) => part.text)).toEqual([text]);
  });
});

describe("extractFieldsOffline: amounts glued to their labels on a scan", () => {
  it("reads a tax whose label, rate, colon, currency and amount the reader ran together ('SalesTax6.25%:USD86.25')", async () => {
    const page = layoutFromRows(["Harper Plumbing LLC", "Subtotal: USD 1,379.95", "SalesTax6.25%:USD86.25", "Total due: USD 1,466.20"]);
    const result = await extract([field("tax_amount", "Tax Amount", "number")], [page]);
    expect(result.tax_amount.normalizedValue).toBe(86.25);
  });

  it("reads the net and the tax", async () => {
    const page = layoutFromRows(["Rossi & Colombo Impianti S.r.l.", "Totalenetto2.907,40", "IVA 22%639,63", "TOTALE 3.547,03"]);
    const result = await extract([field("net_amount", "Net Amount", "number"), field("tax_amount", "Tax Amount", "number")], [page]);
    expect(result.net_amount.normalizedValue).toBe(2907.4);
    expect(result.tax_amount.normalizedValue).toBe(639.63);
  });

  it("sums the tax of two rates, each glued to its bracketed rate ('VAT (20%)994.70')", async () => {
    const page = layoutFromRows([
      "Cotswold Print Ltd",
      "Total excl. VAT 5761.20",
      "VAT (20%)994.70",
      "VAT (5%)39.39",
      "Total incl. VAT 6795.29",
    ]);
    const result = await extract([field("tax_amount", "Tax Amount", "number")], [page]);
    expect(result.tax_amount.normalizedValue).toBe(1034.09);
  });

  it("sums the Dutch tax of two rates, one line glued with its 'over' misread ('Btw21%0ver5.261,25 1.104,86')", async () => {
    const page = layoutFromRows([
      "Visser Kantoorinrichting V.O.F.",
      "Bedrag excl. BTW 8.305,20",
      "Btw21%0ver5.261,25 1.104,86",
      "Btw 9% over 3.043,95 273,96",
      "Totaalbedrag 9.684,02",
    ]);
    const result = await extract([field("tax_amount", "Tax Amount", "number")], [page]);
    expect(result.tax_amount.normalizedValue).toBe(1378.82);
  });

  it("sums the tax of two rates when the reader glued one line's two-word label ('CuotaIVA 21%')", async () => {
    const page = layoutFromRows([
      "Asesoría Mediterráneo S.L.",
      "Base imponible 5.150,45",
      "CuotaIVA 21% 869,28",
      "Cuota IVA 10% 101,10",
      "Total 6.120,83",
    ]);
    const result = await extract([field("tax_amount", "Tax Amount", "number")], [page]);
    expect(result.tax_amount.normalizedValue).toBe(970.38);
  });
});
