// A totals table printed across the page under a header whose cells wrap over two lines (synthetic invoices,
// session 11): each column's label is read whole ("Total" / "HT", "Montant TVA 20 % sur" / "3 929,65") over its amount.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

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
});
