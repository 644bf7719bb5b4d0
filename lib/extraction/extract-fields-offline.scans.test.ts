// What a scan's reader does to labels and values that the born-digital page prints cleanly (synthetic JPEG invoices,
// session 8): marks dropped from labels ("Nº" read "N", "Cód." read "C6d."), so a label row's cells look like values;
// words and separators glued or misread; and values the page itself wrapped onto the next line.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues, labelValueRow } from "@/tests/fixtures/extraction/extract-fields";

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
    // Nor when that cell stands right beside the id's label ("Factura n.°   C6d. cliente").
    const nextCell = layoutFromRows([
      "Distribuciones Mediterraneo S.L.",
      [
        [0.11, "Fecha"],
        [0.31, "Factura n.°"],
        [0.51, "C6d. cliente"],
        [0.71, "NIF"],
      ],
      [
        [0.11, "01/04/2024"],
        [0.31, "A-5420"],
        [0.51, "66148"],
        [0.71, "ESB12332720"],
      ],
    ]);
    expect((await invoiceValues(nextCell)).invoice_number).toBe("A-5420");
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

  it("reads a total's label in a row of labels whose rate cell the reader set close to it ('IVA 22% Netto a pagare')", async () => {
    const totalsRow = (labelStart: number) =>
      layoutFromRows([
        "Arredamenti Ruggeri S.p.A.",
        [
          [0.3, "Totale imponibile"],
          [0.5, "IVA 22%"],
          [labelStart, "Netto a pagare"],
        ],
        [
          [0.3, "2034,45"],
          [0.5, "447,58"],
          [labelStart, "EUR 2482,03"],
        ],
        ...Array.from({ length: 20 }, () => ""),
        "Viale Europa 57 · Cap. Soc. € 100.000,00 i.v.",
      ]);
    // Two characters apart (a scan) as well as a column apart (the PDF).
    for (const labelStart of [0.59, 0.65]) {
      const values = await invoiceValues(totalsRow(labelStart));
      expect([values.total_amount, values.tax_amount, values.net_amount]).toEqual([2482.03, 447.58, 2034.45]);
    }
  });

  it("takes no share capital in the footer for a total whose label the reader lost", async () => {
    const page = layoutFromRows([
      "Arredamenti Ruggeri S.p.A.",
      ...Array.from({ length: 14 }, () => ""),
      labelValueRow("T0ta!e", "2.482,03"),
      ...Array.from({ length: 10 }, () => ""),
      "Viale Europa 57 · Cap. Soc. € 100.000,00 i.v.",
      "Via Roma 2 · Capitale sociale 50.000,00 euro",
    ]);
    expect((await invoiceValues(page)).total_amount).toBe(2482.03);
  });

  it("reads a VAT id the reader glued to its label without a separator ('PartitaIVA598…', 'P.1.450…')", async () => {
    const letterhead = (vatLine: string) =>
      layoutFromRows(["Costruzioni Ruggeri S.n.c.", "Piazza della Repubblica, 27", "40121 Bologna (BO)", [[0.7, vatLine]]] as never);
    expect((await invoiceValues(letterhead("PartitaIVA59851118210"))).vendor_vat_id).toBe("59851118210");
    expect((await invoiceValues(letterhead("P.1.45066625621"))).vendor_vat_id).toBe("45066625621");
    expect((await invoiceValues(letterhead("P.I.45066625621"))).vendor_vat_id).toBe("45066625621");
    // Dotted initials end at their last dot, before an id that starts with a letter ("N.I.F." read "N.1.F.").
    expect((await invoiceValues(letterhead("N.1.F.B79966823"))).vendor_vat_id).toBe("B79966823");
    // "P.IVA", and a short label in capitals run into an id that starts with its own letter.
    expect((await invoiceValues(letterhead("P.IVA21542594323"))).vendor_vat_id).toBe("21542594323");
    expect((await invoiceValues(letterhead("CIFA81870794"))).vendor_vat_id).toBe("A81870794");
    expect((await invoiceValues(letterhead("VATNo.457359013"))).vendor_vat_id).toBe("457359013");
    // "VATNO.": the sign in capitals too, the company number printed under it.
    const footer = layoutFromRows(["Hartley Joinery plc", [[0.7, "VATNO.GB237938374"]], [[0.7, "98391430"]]] as never);
    expect((await invoiceValues(footer)).vendor_vat_id).toBe("GB237938374");
  });

  it("sums the tax of two rates printed before their labels in a row of labels, the sign glued to the second ('7 %USt')", async () => {
    const taxRow = (labels: Array<[number, string]>) =>
      layoutFromRows([
        "Gebäudeservice Brandt GmbH",
        labels,
        [
          [0.33, "2.545,40"],
          [0.49, "93,86"],
          [0.6, "143,60"],
          [0.74, "2.782,86"],
        ],
      ]);
    const printed = await invoiceValues(
      taxRow([
        [0.3, "Nettobetrag"],
        [0.45, "19 % USt."],
        [0.58, "7 % USt."],
        [0.7, "Gesamtbetrag"],
      ]),
    );
    expect(printed.tax_amount).toBe(237.46);
    const scanned = await invoiceValues(
      taxRow([
        [0.3, "Nettobetrag"],
        [0.45, "19% USt"],
        // Closer than a column gap: the reader's boxes are tight.
        [0.542, "7 %USt"],
        [0.7, "Gesamtbetrag"],
      ]),
    );
    expect(scanned.tax_amount).toBe(237.46);
  });

  it("ends a date at a separator the reader took for a full stop after the year ('2025.Kunden-Nr.:')", async () => {
    const page = layoutFromRows([
      "Haas Gebäudeservice GmbH",
      "Rechnungsnummer: 007148.Datum: 25. November 2025. Zahlungsziel: 9.Dezember 2025.Kunden-Nr.: K92380",
    ]);
    expect(await invoiceValues(page)).toMatchObject({ date: "2025-11-25", due_date: "2025-12-09" });
  });

  it("reads on at the next line only where a run of text was wrapped, not under a letterhead's title", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Asesoria Fernandez S.L."],
        [0.8, "Factura"],
      ],
      "Calle Mayor, 83, 4° B",
      "46002 Valencia",
      "",
      "Factura: 31471 Fecha: 01/07/2024",
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("31471");
  });

  it("reads an id the page wrapped after its hyphen, under it or at the line's start", async () => {
    const underIt = layoutFromRows([
      [
        [0.08, "TM Transports Moreau"],
        [0.54, "FACTURE N° INV-2024-"],
      ],
      [[0.68, "1035"]],
      "SAS",
      "95 rue de la République",
    ]);
    expect((await invoiceValues(underIt)).invoice_number).toBe("INV-2024-1035");
    const lineStart = layoutFromRows([
      [
        [0.1, "FACTUUR Nr. INV-2024-"],
        [0.57, "Holland Kantoorinrichting"],
      ],
      [
        [0.1, "2525"],
        [0.79, "Kerkstraat 143"],
      ],
    ]);
    expect((await invoiceValues(lineStart)).invoice_number).toBe("INV-2024-2525");
    // The label set at the middle of the two-line cell: the id's start is above the label's line.
    const aboveLabel = layoutFromRows([
      [
        [0.08, "TP Transports Provence"],
        [0.7, "INV-2025-"],
      ],
      [
        [0.08, "SASU"],
        [0.5, "N° de facture"],
        [0.7, "1854"],
      ],
      [[0.08, "35, rue Victor Hugo"]],
    ]);
    expect((await invoiceValues(aboveLabel)).invoice_number).toBe("INV-2025-1854");
  });

  it("reads 'TVA à 20%' glued as 'TVAa20%', and takes no VAT number for the tax amount", async () => {
    const page = (taxLabel: string) =>
      layoutFromRows([
        "Photographie Lambert SARL",
        "N° TVA: FR 23 584016569",
        labelValueRow("Total HT", "7 583,30"),
        labelValueRow(taxLabel, "1 516,66"),
        labelValueRow("Total TTC", "9 099,96"),
      ]);
    expect((await invoiceValues(page("TVAa20%"))).tax_amount).toBe(1516.66);
    // The label unread: no tax amount rather than the VAT number's digits.
    expect((await invoiceValues(page("TV@ 20%"))).tax_amount).toBeNull();
    // A two-word tax label glued: "CuotaIVA 21%".
    expect((await invoiceValues(page("CuotaIVA 21%"))).tax_amount).toBe(1516.66);
    // "TVA à" run together apart from its rate, which is glued to the next word ("TVAa 20%sur").
    const twoRates = layoutFromRows([
      "Électricité Alpes S.A.",
      labelValueRow("Total HT", "5 399,50"),
      "TVAa 20%sur 147,00: 29,40",
      "TVA a 5,5 % sur 5 252,50: 288,89",
      labelValueRow("Total à payer", "5 717,79"),
    ]);
    expect((await invoiceValues(twoRates)).tax_amount).toBe(318.29);
  });

  it("takes dotted initials read with a one ('N.1.F.') for a label, with its value under it", async () => {
    const page = layoutFromRows([
      "Gráficas Ruiz S.A.",
      [
        [0.1, "Factura n."],
        [0.37, "Fecha de factura"],
        [0.64, "N.1.F."],
      ],
      [
        [0.1, "A-7567"],
        [0.37, "18/04/2025"],
        [0.64, "B04030650"],
      ],
    ]);
    expect((await invoiceValues(page)).vendor_vat_id).toBe("B04030650");
  });

  it("ends a label's neighbourhood at a separator glued to its value, and reads a tax label run into a rate with decimals", async () => {
    const page = layoutFromRows([
      "Pacific Analytics LLC",
      "Invoice Date: 2024-01-12·Payment due by: 2024-01-26",
      [
        [0.5, "Sub Total"],
        [0.65, "SalesTax8.875%"],
        [0.86, "Total"],
      ],
      [
        [0.5, "1,092.95"],
        [0.7, "97.00"],
        [0.86, "1,189.95"],
      ],
    ]);
    expect(await invoiceValues(page)).toMatchObject({ date: "2024-01-12", due_date: "2024-01-26", tax_amount: 97 });
  });

  it("reads 'n0.' (a scan's 'no.') as the number sign, glued to the id or before its colon", async () => {
    const glued = layoutFromRows(["INVOICE n0.002470   Thames Valley Joinery LLP", "Please pay to: Barclays Bank·Sort code 74-82-85"]);
    expect((await invoiceValues(glued)).invoice_number).toBe("002470");
    const colon = layoutFromRows(["Mersey Logistics Ltd", "Invoice n0.:2025/546 InvoiceDate: 14/02/2025"]);
    expect((await invoiceValues(colon)).invoice_number).toBe("2025/546");
    // "Nº" read "N9", no colon after it.
    const sign = layoutFromRows(["FACTURA N9 002416 Instalaciones Levante S.L", "Fecha 04/01/2025"]);
    expect((await invoiceValues(sign)).invoice_number).toBe("002416");
    // Run on to the title in capitals, its o read as a zero.
    const title = layoutFromRows(["Lone Star Design Studio Inc. INVOICEN0.8269-25", "Invoice Date: November 12,2025"]);
    expect((await invoiceValues(title)).invoice_number).toBe("8269-25");
    // Run on to a label in small letters, before the VAT id's country prefix.
    const vatId = layoutFromRows(["Thames Valley Print Ltd", "57 Mill Lane", "VAT registrationno.GB 777 3066 26"]);
    expect((await invoiceValues(vatId)).vendor_vat_id).toBe("GB777306626");
  });
});
