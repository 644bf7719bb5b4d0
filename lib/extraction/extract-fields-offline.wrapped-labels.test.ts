// Labels and values the page wrapped: a label cell over two lines with its value under the second, and a long meta
// row whose last label's value runs on at the start of the next line (synthetic invoices, session 9).

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

describe("extractFieldsOffline: wrapped labels", () => {
  it("reads the value under the second line of a label cell ('Date limite de' / 'paiement')", async () => {
    const page = layoutFromRows([
      "Bureautique Alpes SAS",
      [
        [0.05, "Date de"],
        [0.25, "Facture N°"],
        [0.45, "Date limite de"],
        [0.65, "Bon de commande"],
      ],
      [
        [0.05, "facturation"],
        [0.25, "INV-2023-1457"],
        [0.45, "paiement"],
        [0.65, "B65184"],
      ],
      [
        [0.05, "2023-04-15"],
        [0.45, "2023-05-15"],
      ],
    ]);
    const values = await invoiceValues(page);
    expect(values.due_date).toBe("2023-05-15");
    expect(values.date).toBe("2023-04-15");
  });

  it("reads a meta row's last value that the page wrapped to the next line ('… | Fecha de vencimiento:')", async () => {
    const page = layoutFromRows([
      "Romero Servicios Informáticos S.L.U.",
      "Factura Nº: 2024-0666 | Fecha de emisión: 08/06/2024 | Fecha de vencimiento:",
      "07/08/2024 | N.º cliente: 68208 | Moneda: EUR",
    ]);
    expect((await invoiceValues(page)).due_date).toBe("2024-08-07");
  });
});
