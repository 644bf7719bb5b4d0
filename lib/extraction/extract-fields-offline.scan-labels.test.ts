// Labels as a scan's reader glues them (synthetic JPEG invoices, sessions 10 and 13): a rate run on with an "@", the word
// that makes a tax label the net's glued before it, a number sign and its number run on to a label in capitals, a date's
// day run on to its label.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues, labelValueRow } from "@/tests/fixtures/extraction/extract-fields";

describe("extractFieldsOffline: tax labels glued on a scan", () => {
  it("reads a tax label glued to its rate by an '@' ('VAT@20%') as a label, not an email address", async () => {
    const page = layoutFromRows([
      "Northern Consulting Ltd",
      [
        [0.6, "Net amount"],
        [0.72, "VAT@20%"],
        [0.82, "Total amount"],
      ],
      [
        [0.6, "591.50"],
        [0.72, "118.30"],
        [0.82, "709.80"],
      ],
    ]);
    expect((await invoiceValues(page)).tax_amount).toBe(118.3);
  });

  it("reads a tax label glued after the word that makes it a net total ('Subtotaalexcl.BTW') as no tax line", async () => {
    const page = layoutFromRows([
      "De Vries & Mulder Schilderwerken N.V.",
      labelValueRow("Subtotaalexcl.BTW", "4155,50"),
      labelValueRow("BTW 21%", "717,05"),
      labelValueRow("BTW 9%", "66,69"),
      labelValueRow("Totaal incl. btw", "4939,24"),
    ]);
    expect((await invoiceValues(page)).tax_amount).toBe(783.74);
  });

  it("reads a label inside a word the reader ran together at a meta row's bars ('27/07/2023|InvoiceNo.:#10182|Date')", async () => {
    const page = layoutFromRows([
      "Fairweather Digital LLP",
      "Bill to",
      "Whitfield Joinery Ltd",
      "InvoiceDate: 27/07/2023|InvoiceNo.:#10182|Date due: 10/08/2023|PO Number: 347121",
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("10182");
  });

  it("reads a title label with a letter read as a digit, ended by its glued number sign ('TAX 1NVOICE n0.2025-0287')", async () => {
    const page = layoutFromRows([
      [
        [0.07, "Hartley Electrical Ltd"],
        [0.48, "TAX 1NVOICE n0.2025-0287"],
      ],
      "128 Park Road",
      "Birmingham",
      [
        [0.08, "Customer ID"],
        [0.5, "Invoice Date"],
      ],
      [
        [0.08, "K37071"],
        [0.5, "27 February 2025"],
      ],
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("2025-0287");
  });

  it("reads the number run on after a label in capitals and a small number sign ('FATTURAn.49805')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Informatica Colombo S.r.l."],
        [0.7, "FATTURAn.49805"],
      ],
      "Corso Italia, 5",
      "Modalità di pagamento: bonifico: Intesa Sanpaolo · IBAN IT83Y0306909606100000063788",
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("49805");
  });

  it("reads a written-out date whose day the reader ran on to its label ('Fecha de factura13 de septiembre de 2023')", async () => {
    const page = layoutFromRows([
      "Asesoría Navarro S.A.",
      "Fecha de factura13 de septiembre de 2023",
      "Fecha límite de pago: 13 de octubre de 2023.",
    ]);
    expect((await invoiceValues(page)).date).toBe("2023-09-13");
  });

  it("reads the tax under 'IVAal 22%' (the Italian 'IVA al' run together) in a row of labels", async () => {
    const page = layoutFromRows([
      "Tipografia Greco S.r.l.",
      [
        [0.05, "Totale imponibile"],
        [0.4, "IVAal 22%"],
        [0.7, "TOTALE"],
      ],
      [
        [0.05, "1.683,55"],
        [0.4, "370,38"],
        [0.7, "2.053,93"],
      ],
    ]);
    expect((await invoiceValues(page)).tax_amount).toBe(370.38);
  });

  it("reads the total under 'Neta payer' (the French 'Net à payer' run together) in a row of labels", async () => {
    const page = layoutFromRows([
      "Électricité Val de Loire SASU",
      [
        [0.05, "Montant HT"],
        [0.4, "Montant TVA 20%"],
        [0.7, "Neta payer"],
      ],
      [
        [0.05, "4432,55"],
        [0.4, "886,51"],
        [0.7, "5319,06"],
      ],
    ]);
    expect((await invoiceValues(page)).total_amount).toBe(5319.06);
  });

  it("reads a date label whose next word names the due date with its preposition run on ('Fecha devencimiento:')", async () => {
    const page = layoutFromRows([
      "Construcciones Navarro S.L.",
      "Fecha devencimiento: 21/06/2023 Fecha de emisi6n: 07/06/2023 N.9pedido: 547143",
    ]);
    expect(await invoiceValues(page)).toMatchObject({ date: "2023-06-07", due_date: "2023-06-21" });
  });
});
