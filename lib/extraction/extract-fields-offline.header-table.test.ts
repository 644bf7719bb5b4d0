// A totals table printed across the page under a header whose cells wrap over two lines (synthetic invoices,
// session 11): each column's label is read whole ("Total" / "HT", "Montant TVA 20 % sur" / "3 929,65") over its amount.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineAt } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, INVOICE_FIELDS, invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

const ITEMS = ["Imprimerie Provence EURL", "Facture n°: FA-25-289", "1 Entretien chaudière 206,00 20 % 206,00", ""];

describe("extractFieldsOffline: a totals table under a wrapped header", () => {
  it("reads net, tax per rate and total from the columns of a right-aligned table whose labels wrap", async () => {
    const page = layoutFromRows([
      ...ITEMS,
      [
        [0.1, "Total"],
        [0.22, "Montant TVA 20 % sur"],
        [0.46, "Montant TVA 10 % sur"],
        [0.7, "Montant"],
        [0.8, "Acompte"],
        [0.9, "Net à"],
      ],
      [
        [0.12, "HT"],
        [0.34, "3 929,65"],
        [0.6, "522,50"],
        [0.74, "TTC"],
        [0.82, "versé"],
        [0.9, "payer"],
      ],
      [
        [0.06, "4 452,15"],
        [0.36, "785,93"],
        [0.61, "52,25"],
        [0.69, "5 290,33"],
        [0.795, "-5 290,33"],
        [0.91, "0,00"],
      ],
    ]);
    const values = await invoiceValues(page);
    expect([values.net_amount, values.tax_amount, values.total_amount]).toEqual([4452.15, 838.18, 5290.33]);
  });

  it("reads the amounts of cells set at different heights, their currency wrapped under some of them", async () => {
    const page = layoutFromRows([
      ...ITEMS,
      [
        [0.1, "Total"],
        [0.25, "TVA à 20 % sur"],
        [0.45, "TVA à 10 % sur"],
        [0.65, "Total"],
        [0.78, "Déjà"],
        [0.9, "Reste à"],
      ],
      [
        [0.12, "HT"],
        [0.3, "499,00"],
        [0.5, "156,95"],
        [0.67, "TTC"],
        [0.78, "réglé"],
        [0.9, "payer"],
      ],
      [
        [0.09, "655,95"],
        [0.64, "771,45"],
      ],
      [
        [0.32, "99,80 €"],
        [0.52, "15,70 €"],
        [0.76, "-270,00 €"],
        [0.89, "501,45 €"],
      ],
      [
        [0.13, "€"],
        [0.68, "€"],
      ],
    ]);
    const values = await invoiceValues(page);
    expect([values.net_amount, values.tax_amount, values.total_amount]).toEqual([655.95, 115.5, 771.45]);
  });

  it("reads a scanned table whose last cell wraps its currency above its amount, a little further below the header", async () => {
    // Word boxes as PaddleOCR read them off a 192 dpi scan: three header lines, "EUR" alone, the amounts, "592,63" last.
    const page = buildPageLayout(
      [
        lineAt("Elbtal Consulting GmbH", 0.076, 0.3, 0.055, 0.07),
        lineAt("1 Wartung Heizungsanlage 220,90 19 % 220,90", 0.156, 0.917, 0.372, 0.385),
        lineAt("USt. 19% auf", 0.234, 0.347, 0.408, 0.419),
        lineAt("USt. 7% auf", 0.385, 0.489, 0.408, 0.419),
        lineAt("Anzahlung", 0.697, 0.788, 0.406, 0.422),
        lineAt("Nettosumme", 0.088, 0.2, 0.416, 0.43),
        lineAt("304,85", 0.286, 0.347, 0.424, 0.436),
        lineAt("370,90", 0.427, 0.488, 0.424, 0.436),
        lineAt("Gesamtbetrag", 0.513, 0.632, 0.415, 0.429),
        lineAt("erhalten", 0.717, 0.789, 0.425, 0.436),
        lineAt("Restbetrag", 0.816, 0.912, 0.415, 0.43),
        lineAt("EUR", 0.87, 0.912, 0.447, 0.46),
        lineAt("EUR 675,75", 0.096, 0.198, 0.455, 0.468),
        lineAt("EUR 57,92", 0.254, 0.345, 0.455, 0.468),
        lineAt("EUR 25,96", 0.395, 0.487, 0.455, 0.468),
        lineAt("EUR 759,63", 0.522, 0.63, 0.456, 0.467),
        lineAt("EUR -167,00", 0.68, 0.787, 0.454, 0.468),
        lineAt("592,63", 0.852, 0.911, 0.463, 0.476),
      ],
      { source: "ocr" },
    );
    const values = await invoiceValues(page);
    expect([values.net_amount, values.tax_amount, values.total_amount]).toEqual([675.75, 83.88, 759.63]);
  });

  it("reads a header padded a little from its amounts, its right-aligned 'HT' ending over the '€' of '4077,35 €'", async () => {
    // Boxes as the PDF's text layer gives them (synthetic invoice, seed 1381): the amounts a line's height and a bit
    // under the header, "HT" ending past the amount's digits.
    // One row of cells: each cell's text and its left and right edge, the row's top and bottom.
    const cells = (row: Array<[string, number, number]>, y0: number, y1: number) =>
      row.map(([text, x0, x1]) => lineAt(text, x0, x1, y0, y1));
    const page = buildPageLayout([
      lineAt("Lambert Transports S.A.", 0.1, 0.3, 0.05, 0.062),
      lineAt("Hébergement web – abonnement annuel 1 369,00 € 5,5 % 369,00 €", 0.1, 0.9, 0.35, 0.36),
      ...cells(
        [
          ["Montant", 0.114, 0.161],
          ["Montant TVA 20 % sur", 0.231, 0.368],
          ["Montant TVA 5,5 % sur", 0.437, 0.58],
          ["Montant", 0.632, 0.68],
          ["Acompte", 0.744, 0.792],
          ["Reste à", 0.856, 0.904],
        ],
        0.381,
        0.39,
      ),
      ...cells(
        [
          ["HT", 0.148, 0.161],
          ["2644,95", 0.32, 0.368],
          ["1432,40", 0.533, 0.58],
          ["TTC", 0.659, 0.68],
          ["versé", 0.758, 0.792],
          ["payer", 0.87, 0.904],
        ],
        0.3912,
        0.4005,
      ),
      ...cells(
        [
          ["4077,35 €", 0.1, 0.161],
          ["528,99 €", 0.313, 0.368],
          ["78,78 €", 0.533, 0.58],
          ["4685,12 €", 0.618, 0.68],
          ["-1921,00 €", 0.724, 0.792],
          ["2764,12 €", 0.843, 0.904],
        ],
        0.4099,
        0.4192,
      ),
    ]);
    const values = await extract(INVOICE_FIELDS, [page]);
    expect([values.net_amount, values.tax_amount, values.total_amount].map((item) => item.normalizedValue)).toEqual([
      4077.35, 607.77, 4685.12,
    ]);
    // "Montant HT", not "Montant" alone, labels the net amount.
    expect(values.net_amount.confidence).toBeGreaterThan(0.9);
  });
});
