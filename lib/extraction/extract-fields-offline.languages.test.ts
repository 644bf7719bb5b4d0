// Invoices in Spanish, Italian, Dutch and German: the common concepts' labels in those languages (IVA, BTW, base imponible,
// vencimiento, scadenza, vervaldatum…), on layouts with a label column and an amount column.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues, labelValueRow } from "@/tests/fixtures/extraction/extract-fields";

const [row, values] = [labelValueRow, invoiceValues];

describe("extractFieldsOffline: Spanish, Italian and Dutch invoices", () => {
  it("reads a Spanish invoice", async () => {
    const page = layoutFromRows([
      "Talleres Ebro S.L.",
      "NIF: B12345678",
      row("Factura nº", "F-2024-0153"),
      row("Fecha de factura", "14 de marzo de 2024"),
      row("Fecha de vencimiento", "13/04/2024"),
      "Cliente:",
      "Construcciones Rioja S.A.",
      row("Base imponible", "1.250,00 €"),
      row("IVA 21%", "262,50 €"),
      row("Total a pagar", "1.512,50 €"),
    ]);
    expect(await values(page)).toMatchObject({
      invoice_number: "F-2024-0153",
      date: "2024-03-14",
      due_date: "2024-04-13",
      net_amount: 1250,
      tax_amount: 262.5,
      total_amount: 1512.5,
      vendor_vat_id: "B12345678",
      customer_name: "Construcciones Rioja S.A.",
    });
  });

  it("reads an Italian invoice", async () => {
    const page = layoutFromRows([
      "Officine Adriatiche S.r.l.",
      "Partita IVA: IT01234567890",
      row("Fattura n.", "2024/118"),
      row("Data documento", "5 febbraio 2024"),
      row("Scadenza", "06/03/2024"),
      row("Totale imponibile", "800,00"),
      row("IVA 22%", "176,00"),
      row("Totale documento", "976,00"),
    ]);
    expect(await values(page)).toMatchObject({
      invoice_number: "2024/118",
      date: "2024-02-05",
      due_date: "2024-03-06",
      net_amount: 800,
      tax_amount: 176,
      total_amount: 976,
      vendor_vat_id: "IT01234567890",
    });
  });

  it("reads a Dutch invoice", async () => {
    const page = layoutFromRows([
      "Bakkerij de Vries B.V.",
      "BTW-nummer: NL123456789B01",
      row("Factuurnummer", "2024-0077"),
      row("Factuurdatum", "12-01-2024"),
      row("Vervaldatum", "11-02-2024"),
      row("Totaal excl. BTW", "€ 400,00"),
      row("BTW 21%", "€ 84,00"),
      row("Te betalen", "€ 484,00"),
    ]);
    expect(await values(page)).toMatchObject({
      invoice_number: "2024-0077",
      date: "2024-01-12",
      due_date: "2024-02-11",
      net_amount: 400,
      tax_amount: 84,
      total_amount: 484,
      vendor_vat_id: "NL123456789B01",
    });
    // "Bedrag excl. BTW" over a prepayment: the net amount as printed, not the amount due less the tax.
    const prepaid = layoutFromRows([
      "Bakkerij de Vries B.V.",
      row("Bedrag excl. BTW", "EUR 5.677,33"),
      row("21% btw over 1.017,35", "EUR 213,64"),
      row("Totaal", "EUR 5.890,97"),
      row("Reeds betaald", "EUR -2.272,00"),
      row("Te betalen", "EUR 3.618,97"),
    ]);
    expect((await values(prepaid)).net_amount).toBe(5677.33);
  });

  it("reads invoice numbers labelled number first or abbreviated, not a word of an email address", async () => {
    const italian = layoutFromRows(["FATTURA   Logistica Alpina S.r.l.", "Via Garibaldi, 58", "N. fattura: 2023/591 · Data: 21-02-2023"]);
    expect((await values(italian)).invoice_number).toBe("2023/591");
    const german = layoutFromRows([
      "Krüger Consulting GmbH",
      "Herrengasse 82   rechnung@kruger-consulting.at",
      [
        [0.05, "Re.-Nr."],
        [0.25, "Datum"],
        [0.45, "Fälligkeitsdatum"],
      ],
      [
        [0.05, "RE25-0111"],
        [0.25, "2025-07-11"],
        [0.45, "2025-07-25"],
      ],
    ]);
    expect(await values(german)).toMatchObject({ invoice_number: "RE25-0111", date: "2025-07-11", due_date: "2025-07-25" });
    const emailOnly = layoutFromRows(["Krüger Consulting GmbH", "rechnung@kruger-consulting.at IBAN AT28 1200 0100 2000 1234"]);
    expect((await values(emailOnly)).invoice_number).toBeNull();
  });

  it("reads the values of a one-line meta row a scan's reader glued to its separators", async () => {
    const german = layoutFromRows(["Pichler Werbeagentur GmbH", "Re.-Nr.:#46813|Datum: 29.08.24|Kd.-Nr.: 8498|Lieferdatum: 18.08.24"]);
    expect(await values(german)).toMatchObject({ invoice_number: "46813", date: "2024-08-29" });
    const english = layoutFromRows([
      "Pennine Logistics plc",
      "Invoice number: INV03396|InvoiceDate: 9 Dec2025|Datedue: 8 Jan2026|CustomerID: K24464",
    ]);
    expect(await values(english)).toMatchObject({ invoice_number: "INV03396", date: "2025-12-09", due_date: "2026-01-08" });
    // Separators read as dashes or full stops, glued to a date's year or an id, and "voor" read "v66r".
    const dutch = layoutFromRows([
      "Amstel Drukwerk N.V.",
      "Factuurdatum: 18februari 2023-Factuurnr.:F2023.0813.Tebetalenv66r: 25februari2023-Ordernummer: B801090-Leveringsdatum: 13februari2023",
    ]);
    expect(await values(dutch)).toMatchObject({ invoice_number: "F2023.0813", date: "2023-02-18", due_date: "2023-02-25" });
    const datum = layoutFromRows(["Veluwe ICT B.V.", "Factuurnr: FAC-35389-Datum: 2023-01-19"]);
    expect(await values(datum)).toMatchObject({ invoice_number: "FAC-35389", date: "2023-01-19" });
    // "Scadenza pagamento" with its space lost.
    const italian = layoutFromRows(["Adriatica Impianti S.n.c.", "Data emissione: 10/09/2023", "Scadenzapagamento: 17/09/2023"]);
    expect(await values(italian)).toMatchObject({ date: "2023-09-10", due_date: "2023-09-17" });
  });

  it("reads an Italian 'Nr. documento' over its value, no total for the id, and a 'P.I.' beside the buyer's block", async () => {
    const page = layoutFromRows([
      "Forniture Galli S.n.c.",
      "Via Dante Alighieri 128",
      "35121 Padova (PD)",
      "",
      [
        [0.05, "Cliente"],
        [0.55, "Data 12.08.2023"],
      ],
      [
        [0.05, "Adriatica Logistica S.p.A."],
        [0.55, "P.I. IT24274330865"],
      ],
      "Via Giuseppe Verdi, 102",
      "40121 Bologna (BO)",
      "",
      [
        [0.05, "Nr. documento"],
        [0.3, "Scadenza pagamento"],
      ],
      [
        [0.05, "FT-2024-089"],
        [0.3, "12.07.2024"],
      ],
      "Totale fattura: € 7.950,62",
    ]);
    expect(await values(page)).toMatchObject({ invoice_number: "FT-2024-089", vendor_vat_id: "IT24274330865" });
    const totalOnly = layoutFromRows(["Forniture Galli S.n.c.", "Totale fattura: € 7.950,62"]);
    expect((await values(totalOnly)).invoice_number).toBeNull();
  });

  it("takes the total, not what is left to pay after a deposit ('Total a pagar'), for the total amount", async () => {
    const page = layoutFromRows([
      "Talleres Sánchez S.L.",
      row("Base imponible", "4755,65 $"),
      row("Cuota IVA 21% sobre 1034,75", "217,30 $"),
      row("Cuota IVA 10% sobre 3720,90", "372,09 $"),
      row("Total", "5345,04 $"),
      row("Entregado a cuenta", "-1550,00 $"),
      row("Total a pagar", "3795,04 $"),
    ]);
    expect((await values(page)).total_amount).toBe(5345.04);
  });

  it("reads an Italian 'Data' as the invoice date, not a delivery date printed above it ('Data consegna')", async () => {
    const page = layoutFromRows([
      "Marino & Rossi S.r.l.s.",
      [
        [0.05, "Marino & Rossi S.r.l.s. · Via Roma, 52 · 50123 Firenze (FI)"],
        [0.7, "Data consegna 30-11-2023"],
      ],
      [
        [0.05, "Galli Arredamenti S.n.c."],
        [0.7, "Data 09-12-2023"],
      ],
    ]);
    expect((await invoiceValues(page)).date).toBe("2023-12-09");
  });

  it("reads a French 'Date de livraison' in a row of labels as the delivery date, not the invoice's", async () => {
    // As a scan's reader boxes them, the delivery date's label sits a hair higher than the invoice date's.
    const cell = (text: string, x0: number, y0: number) => ({ text, box: { x0, y0, x1: x0 + text.length * 0.01, y1: y0 + 0.012 } });
    const page = buildPageLayout([
      cell("Plomberie Provence SAS", 0.07, 0.05),
      cell("Facture N°", 0.07, 0.206),
      cell("Date", 0.22, 0.207),
      cell("Code client", 0.4, 0.206),
      cell("Date de livraison", 0.6, 0.206),
      cell("2025-0679", 0.07, 0.225),
      cell("2025-08-19", 0.22, 0.225),
      cell("96226", 0.4, 0.225),
      cell("2025-08-15", 0.6, 0.225),
    ]);
    expect((await invoiceValues(page)).date).toBe("2025-08-19");
  });

  it("reads a Spanish date written out whose table cell wrapped its year onto the next line", async () => {
    const page = layoutFromRows([
      "Talleres Sánchez S.L.",
      [
        [0.1, "Nº Factura"],
        [0.26, "Fecha factura"],
        [0.42, "Fecha de vencimiento"],
        [0.66, "Cód. cliente"],
      ],
      [
        [0.1, "000465"],
        [0.26, "11 de junio de"],
        [0.42, "11 de julio de"],
        [0.66, "C80128"],
      ],
      [
        [0.26, "2023"],
        [0.42, "2023"],
      ],
    ]);
    const values = await invoiceValues(page);
    expect([values.date, values.due_date]).toEqual(["2023-06-11", "2023-07-11"]);
  });
});
