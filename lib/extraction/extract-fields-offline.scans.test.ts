// What a scan's reader does to labels and values that the born-digital page prints cleanly (synthetic JPEG invoices,
// session 8): marks dropped from labels ("Nº" read "N", "Cód." read "C6d."), so a label row's cells look like values.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

describe("extractFieldsOffline: labels and values as a scan's reader reads them", () => {
  it("takes the id under its label in a row of labels, not another cell's label misread with a digit ('C6d.')", async () => {
    const headerRow = (codeLabel: string) =>
      layoutFromRows([
        "Romero Distribuciones S.L.U.",
        [
          [0.11, "N Factura"],
          [0.31, "Fecha"],
          [0.51, "Fecha de vencimiento"],
          [0.71, codeLabel],
        ],
        [
          [0.11, "FV-2023-475"],
          [0.31, "31/10/2023"],
          [0.51, "14/11/2023"],
          [0.71, "C19951"],
        ],
      ]);
    expect((await invoiceValues(headerRow("C6d. cliente"))).invoice_number).toBe("FV-2023-475");
    expect((await invoiceValues(headerRow("Cód. cliente"))).invoice_number).toBe("FV-2023-475");
    // A value beside its label across a gap stays the label's.
    const beside = layoutFromRows([
      "Romero Distribuciones S.L.U.",
      [
        [0.05, "Invoice No."],
        [0.5, "FV-2023-475"],
      ],
      [[0.05, "Order ref. 8812"]],
    ] as never);
    expect((await invoiceValues(beside)).invoice_number).toBe("FV-2023-475");
  });
});
