// The parties' names as a scan's reader reads them (synthetic JPEG invoices, session 8): an envelope's sender line
// with its dots read as dashes or its postcode glued to the town, its legal name under a logo letterhead; a payment
// sentence or a bank after "Pleasepay to:" taken for the buyer.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field, INVOICE_FIELDS, invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

describe("extractFieldsOffline: the parties as a scan's reader reads them", () => {
  it("reads a window envelope's sender line whose second dot the reader took for a dash", async () => {
    const envelope = (senderLine: string) =>
      layoutFromRows([
        [
          [0.1, "INVOICE"],
          [0.65, "Harper Analytics LLC"],
        ],
        [[0.65, "4555 Congress Avenue, Suite 398"]],
        [[0.65, "E: billing@harperanalytics.com"]],
        [
          [0.1, senderLine],
          [0.8, "Date of issue: Dec 3, 2025"],
        ],
        [
          [0.1, "Redwood Media Corp."],
          [0.8, "Invoice number: #43102"],
        ],
        [
          [0.1, "Attn: Laura Redwood"],
          [0.8, "Due date: Dec 10, 2025"],
        ],
        "2120 Oak Avenue",
        "Austin, TX 78701",
      ]);
    const customer = async (senderLine: string) => (await invoiceValues(envelope(senderLine))).customer_name;
    expect(await customer("Harper Analytics LLC·4555 Congress Avenue,Suite 398-New York.NY 10013")).toBe("Redwood Media Corp.");
    expect(await customer("Harper Analytics LLC · 4555 Congress Avenue,Suite 398 · New York, NY 10013")).toBe("Redwood Media Corp.");
  });

  it("takes no bank for the buyer after 'Pleasepay to:' run together, nor where a separator is glued to the bank", async () => {
    const page = (payLine: string) =>
      layoutFromRows([
        "Thames Valley Digital plc",
        "Unit 10, Riverside Business Park",
        "Edinburgh EH2 4AD",
        "",
        "Holloway Electrical plc",
        "131 Mill Lane",
        "Birmingham B3 2DT",
        "",
        payLine,
      ]);
    for (const line of ["Pleasepay to: Barclays Bank·Sortcode 35-05-03", "Please pay to: HSBC UK·Sort code 05-23-62"]) {
      expect((await invoiceValues(page(line))).customer_name).toBe("Holloway Electrical plc");
    }
  });

  it("reads a sender line whose postcode the reader glued to the town, and takes its legal name under a logo", async () => {
    const page = layoutFromRows([
      [
        [0.07, "Rechnung"],
        [0.8, "BERGER"],
      ],
      [[0.85, "Logistik"]],
      [[0.8, "Mühlenweg 90a"]],
      [[0.8, "50667 Köln"]],
      [[0.8, "USt-ID DE194316191"]],
      [
        [0.07, "Berger&Hoffmann GmbH&Co.KG·Mühlenweg 90a·50667Köln"],
        [0.7, "Rechnungsnr. RE-95773"],
      ],
      "Ferretti Costruzioni S.r.l.s.",
      "z.Hd.Chiara Ferretti",
      "Via Dante Alighieri 73",
    ]);
    const values = await extract([...INVOICE_FIELDS, field("vendor_name", "Vendor Name")], [page]);
    expect([values.vendor_name.value, values.customer_name.value]).toEqual(["Berger&Hoffmann GmbH&Co.KG", "Ferretti Costruzioni S.r.l.s."]);
  });

  it("takes no payment sentence for a sender line, nor 'N. cliente' for the buyer's name label", async () => {
    const page = layoutFromRows([
      "Instalaciones Ruiz S.L.",
      "Gran Via, 39",
      "48001 Bilbao",
      "Telefono 982 36 71 94",
      "www.instalaciones-ruiz.es",
      "NIF-IVA ESB30839859",
      "",
      [
        [0.1, "Instalaciones Castilla S.A"],
        [0.67, "Fecha factura 28-05-2024"],
      ],
      [[0.1, "Avenida de la Constitucion, 5"]],
      [
        [0.1, "41001 Sevilla"],
        [0.67, "N. cliente K21865"],
      ],
      "",
      "Forma de pago: transferencia: Banco Santander · IBAN ES14 4960 5407 7551 0725 2372 · BIC",
      "BSCHESMMXXX",
    ]);
    expect((await invoiceValues(page)).customer_name).toBe("Instalaciones Castilla S.A");
  });
});
