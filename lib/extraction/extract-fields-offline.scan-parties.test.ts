// The parties' names as a scan's reader reads them (synthetic JPEG invoices, session 8): an envelope's sender line
// with its dots read as dashes or its postcode glued to the town, its legal name under a logo letterhead; a payment
// sentence or a bank after "Pleasepay to:" taken for the buyer.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineAt } from "@/tests/fixtures/extraction/build-page-layout";
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
    // Its separator read as a full stop, the street glued on ("Werbeagentur KG.Landstraße 25.").
    const glued = buildPageLayout(
      [
        lineAt("BAUER", 0.107, 0.258, 0.077, 0.097),
        lineAt("Rechnung", 0.747, 0.894, 0.077, 0.099),
        lineAt("Werbeagentur", 0.104, 0.222, 0.103, 0.114),
        lineAt("Landstraße 25", 0.104, 0.223, 0.123, 0.134),
        lineAt("6020 Innsbruck", 0.105, 0.233, 0.138, 0.148),
        lineAt("Bauer & Huber Werbeagentur KG.Landstraße 25. 6020 Innsbruck", 0.105, 0.527, 0.217, 0.226),
        lineAt("Re.-Nr. RE23-0503", 0.686, 0.887, 0.218, 0.229),
        lineAt("Druck Huber GmbH", 0.105, 0.251, 0.233, 0.244),
        lineAt("Z. Hd. Lukas Huber", 0.105, 0.268, 0.247, 0.258),
        lineAt("Landstraße 80", 0.104, 0.224, 0.262, 0.272),
        lineAt("8010 Graz", 0.104, 0.187, 0.276, 0.287),
      ],
      { source: "ocr" },
    );
    const gluedValues = await extract([...INVOICE_FIELDS, field("vendor_name", "Vendor Name")], [glued]);
    expect(gluedValues.vendor_name.value).toBe("Bauer & Huber Werbeagentur KG");
  });

  it("takes the sender line's reading of the legal name over the footer's that ran it together ('Salzache.U.')", async () => {
    const page = layoutFromRows([
      [
        [0.07, "SALZACH"],
        [0.8, "Rechnung"],
      ],
      "Landstraße 43",
      "4020 Linz",
      "Tischlerei Salzach e.U. ·Landstraße 43·4020 Linz",
      "Alpina Bau GmbH",
      "Hauptplatz 5",
      "8010 Graz",
      ...Array.from({ length: 20 }, () => ""),
      "Tischlerei Salzache.U. ·Landstraße 43·4020 Linz ·Telefon +43647434224",
    ]);
    const values = await extract([field("vendor_name", "Vendor Name")], [page]);
    expect(values.vendor_name.value).toBe("Tischlerei Salzach e.U.");
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

  it("reads a sender line whose dot after the legal form the reader took for a dash ('S.r.l.s.-Via')", async () => {
    const page = layoutFromRows([
      [
        [0.07, "Fattura"],
        [0.6, "Costruzioni Lombarda S.r.l.s."],
      ],
      [[0.8, "Via Giuseppe Verdi 96"]],
      [[0.8, "20121 Milano (MI)"]],
      "Costruzioni Lombarda S.r.l.s.-Via GiuseppeVerdi 96·20121 Milano(MI)",
      "Conti & Ricci Forniture S.r.l.",
      "Via Giuseppe Verdi 11",
      "00184 Roma (RM)",
      "",
      [
        [0.08, "Data fattura"],
        [0.3, "Numero fattura"],
        [0.5, "Codice cliente"],
        [0.72, "Data consegna"],
      ],
      [
        [0.08, "14-05-2025"],
        [0.3, "2025-0446"],
        [0.5, "K88339"],
        [0.72, "09-05-2025"],
      ],
    ]);
    expect((await invoiceValues(page)).customer_name).toBe("Conti & Ricci Forniture S.r.l.");
  });

  it("ends a footer's name where its next column starts, set closer than a gap ('Pennine Office Supplies Phone …')", async () => {
    // Footer columns at x 0.10 and 0.35, each row one line of the reader's, two characters apart on the name's row.
    const footer = (y0: number, segments: Array<[number, string]>) => {
      const text = segments
        .map(([x0, part]) => " ".repeat(Math.round((x0 - 0.1) / 0.01)) + part)
        .reduce((line, part) => line + part.slice(line.length));
      return [{ text, box: { x0: 0.1, y0, x1: 0.1 + text.length * 0.01, y1: y0 + 0.01 } }];
    };
    const page = buildPageLayout([
      { text: "PENNINE", box: { x0: 0.1, y0: 0.07, x1: 0.27, y1: 0.1 } },
      { text: "TAX INVOICE", box: { x0: 0.6, y0: 0.07, x1: 0.9, y1: 0.1 } },
      { text: "Office Supplies", box: { x0: 0.1, y0: 0.1, x1: 0.25, y1: 0.115 } },
      { text: "50 High Street", box: { x0: 0.1, y0: 0.12, x1: 0.24, y1: 0.135 } },
      { text: "Leeds LS1 4AP", box: { x0: 0.1, y0: 0.14, x1: 0.23, y1: 0.155 } },
      ...footer(0.88, [
        [0.1, "Pennine Office Supplies"],
        [0.35, "Phone +44 117 496 0877"],
      ]),
      ...footer(0.892, [
        [0.1, "Ltd"],
        [0.35, "info@pennine-office-"],
      ]),
      ...footer(0.904, [
        [0.1, "50 High Street"],
        [0.35, "supplies.co.uk"],
      ]),
      ...footer(0.916, [
        [0.1, "Leeds"],
        [0.35, "www.pennine-office-"],
      ]),
    ]);
    expect((await extract([field("vendor_name", "Vendor Name")], [page])).vendor_name.value).toBe("Pennine Office Supplies Ltd");
  });

  it("keeps a twelve-digit registration number the reader ran onto the name line out of the name", async () => {
    const page = layoutFromRows([
      "GOLDEN LEAF CONFECTIONERY 200455986587",
      "(228138-0)",
      "16 JLN DAMAI 29",
      "SEKSYEN 18",
      "75408 MELAKA",
      "GST N0.:003621258237",
      "NETT TOTAL 1631.10",
    ]);
    expect((await extract([field("vendor_name", "Vendor Name")], [page])).vendor_name.value).toBe("GOLDEN LEAF CONFECTIONERY");
  });

  it("takes the footer's whole name when the letterhead's name line shares its row with the title and wraps", async () => {
    const line = (text: string, x0: number, y0: number, height = 0.012) => ({
      text,
      box: { x0, y0, x1: x0 + text.length * 0.01, y1: y0 + height },
    });
    const page = buildPageLayout([
      line("Holloway & Pemberton", 0.087, 0.061, 0.014),
      line("TAX INVOICE No. INV-", 0.58, 0.063, 0.017),
      line("Consulting Ltd", 0.087, 0.082),
      line("2023-1422", 0.766, 0.091),
      line("Unit 7, Meadow Business Park", 0.086, 0.101),
      line("Edinburgh EH2 4AD", 0.086, 0.114),
      line("Holloway & Pemberton", 0.085, 0.891, 0.009),
      line("T +44 141 496 0073", 0.4, 0.891, 0.009),
      line("Consulting Ltd", 0.085, 0.9, 0.009),
      line("billing@holloway-pemberton.co.uk", 0.4, 0.9, 0.009),
    ]);
    expect((await extract([field("vendor_name", "Vendor Name")], [page])).vendor_name.value).toBe("Holloway & Pemberton Consulting Ltd");
  });

  it("ends a footer's name at its legal form, where the reader read the footer's dots as a dash or full stops", async () => {
    const logoLetterhead = (logo: string, second: string, footer: string) =>
      buildPageLayout([
        { text: `RECHNUNG ${logo}`, box: { x0: 0.078, y0: 0.056, x1: 0.95, y1: 0.075 } },
        { text: second, box: { x0: 0.875, y0: 0.081, x1: 0.95, y1: 0.095 } },
        { text: "Rechnungs-Nr. 33849", box: { x0: 0.075, y0: 0.088, x1: 0.3, y1: 0.098 } },
        { text: footer, box: { x0: 0.1, y0: 0.947, x1: 0.1 + footer.length * 0.006, y1: 0.955 } },
      ]);
    const vendor = async (page: ReturnType<typeof buildPageLayout>) =>
      (await extract([field("vendor_name", "Vendor Name")], [page])).vendor_name.value;
    expect(
      await vendor(
        logoLetterhead("MAINFRANKEN", "Sanitar", "Mainfranken Sanitar GmbH &Co.KG-Hauptstraße57a·01067Dresden·Tel.0311/570 61 63"),
      ),
    ).toBe("Mainfranken Sanitar GmbH &Co.KG");
    expect(
      await vendor(logoLetterhead("PACIFIC", "Supply", "Pacific Supply Corp. 4187 Pine Street.Chicago, IL 60607.Phone (435) 555-0097")),
    ).toBe("Pacific Supply Corp.");
  });

  it("reads a sender line whose dots the reader read as full stops ('S.L. .Paseo de Gracia, 120. 29015 Malaga')", async () => {
    const page = layoutFromRows([
      [
        [0.09, "Factura"],
        [0.5, "Talleres Sanchez S.L."],
      ],
      [[0.75, "Paseo de Gracia, 120"]],
      [[0.8, "29015 Malaga"]],
      "Talleres Sanchez S.L. .Paseo de Gracia, 120. 29015 Malaga",
      "Servicios Informaticos Romero S.A.",
      "Avenida de la Constitucion, 109",
      "41001 Sevilla (Sevilla)",
      "",
      [
        [0.1, "No Factura"],
        [0.3, "Fecha factura"],
        [0.55, "Cod. cliente"],
        [0.75, "Moneda"],
      ],
      [
        [0.1, "000465"],
        [0.3, "11/06/2023"],
        [0.55, "C80128"],
        [0.75, "EUR"],
      ],
    ]);
    expect((await invoiceValues(page)).customer_name).toBe("Servicios Informaticos Romero S.A.");
  });
});
