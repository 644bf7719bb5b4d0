// Meta and header rows as a scan's reader returns them (synthetic invoices, session 12): two labels of one concept in
// one row read left to right, a service date beside the invoice date, a rate written "@20%" between two cells.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineOfWords } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

describe("extractFieldsOffline: a meta row's labels read left to right", () => {
  it("reads the invoice date, not an American service date that is unambiguous where the invoice date is not", async () => {
    const american = layoutFromRows([
      "Rocky Mountain Landscaping Corp.",
      "Austin, TX 78701",
      [
        [0.05, "Bennett & Lakeside Plumbing LLC"],
        [0.6, "Invoice date"],
        [0.8, "08/07/2024"],
      ],
      [
        [0.05, "463 Market Street"],
        [0.6, "Service date"],
        [0.8, "07/27/2024"],
      ],
    ]);
    expect((await invoiceValues(american)).date).toBe("2024-08-07");
  });

  it("takes the first of two date labels in one header row, whichever the reader set higher", async () => {
    const header = (dateTop: number) => [
      { text: "Facture N°", box: { x0: 0.078, x1: 0.169, y0: 0.309, y1: 0.32 } },
      { text: "Date", box: { x0: 0.25, x1: 0.293, y0: dateTop, y1: dateTop + 0.011 } },
      { text: "A regler avant le", box: { x0: 0.423, x1: 0.567, y0: 0.307, y1: 0.322 } },
      { text: "Bon de", box: { x0: 0.594, x1: 0.659, y0: 0.308, y1: 0.321 } },
      { text: "Date de", box: { x0: 0.768, x1: 0.837, y0: 0.308, y1: 0.321 } },
      { text: "FA-23-941", box: { x0: 0.077, x1: 0.169, y0: 0.323, y1: 0.335 } },
      { text: "17/01/2023", box: { x0: 0.251, x1: 0.353, y0: 0.323, y1: 0.335 } },
      { text: "31/01/2023", box: { x0: 0.424, x1: 0.527, y0: 0.323, y1: 0.335 } },
      { text: "commande", box: { x0: 0.596, x1: 0.69, y0: 0.323, y1: 0.335 } },
      { text: "prestation", box: { x0: 0.768, x1: 0.859, y0: 0.323, y1: 0.336 } },
      { text: "B741770", box: { x0: 0.596, x1: 0.679, y0: 0.337, y1: 0.35 } },
      { text: "16/01/2023", box: { x0: 0.77, x1: 0.873, y0: 0.338, y1: 0.349 } },
    ];
    for (const top of [0.308, 0.309]) {
      const page = buildPageLayout(header(top), { source: "ocr" });
      expect((await invoiceValues(page)).date).toBe("2023-01-17");
    }
  });

  it("reads a header row's 'Total incl. VAT' after a rate written '@20%', not 'Amount due' after a payment", async () => {
    // Words as PaddleOCR read them off a JPEG invoice: one reader line for the header row, one for its amounts.
    const word = (text: string, x0: number, x1: number, y0: number) => ({ text, confidence: 0.98, box: { x0, x1, y0, y1: y0 + 0.012 } });
    const header = lineOfWords([
      word("Sub-total", 0.446, 0.513, 0.374),
      word("VAT", 0.535, 0.566, 0.374),
      word("@20%", 0.576, 0.618, 0.374),
      word("Total", 0.642, 0.674, 0.374),
      word("incl.", 0.68, 0.712, 0.374),
      word("VAT", 0.719, 0.738, 0.374),
      word("Paid", 0.787, 0.82, 0.374),
      word("Amount", 0.843, 0.895, 0.374),
      word("due", 0.904, 0.93, 0.374),
    ]);
    const amounts = lineOfWords([
      word("2560.10", 0.454, 0.511, 0.397),
      word("512.02", 0.566, 0.618, 0.397),
      word("3072.12", 0.674, 0.738, 0.397),
      word("-768.00", 0.762, 0.818, 0.397),
      word("2304.12", 0.871, 0.93, 0.397),
    ]);
    const top = lineOfWords([word("Pennine", 0.05, 0.15, 0.05), word("Joinery", 0.16, 0.26, 0.05), word("Ltd", 0.27, 0.31, 0.05)]);
    const page = { ...buildPageLayout([], { source: "ocr" }), lines: [top, header, amounts] };
    expect((await invoiceValues(page)).total_amount).toBe(3072.12);
  });

  it("ends an id at the next label that a bar, read as a digit or letter, is glued to ('3Fecha', 'ODate')", async () => {
    // Words as PaddleOCR read them off a JPEG invoice (synthetic, seed 1201): "Factura N°: 2025-0118 | Fecha factura: …".
    const word = (text: string, x0: number, x1: number) => ({ text, confidence: 0.95, box: { x0, x1, y0: 0.211, y1: 0.22 } });
    const meta = lineOfWords([
      word("Factura", 0.08, 0.12),
      word("N°:", 0.126, 0.143),
      word("2025-0118", 0.148, 0.2),
      word("3Fecha", 0.194, 0.229),
      word("factura:", 0.235, 0.282),
      word("18/11/2025", 0.287, 0.346),
    ]);
    const top = lineOfWords([{ text: "Distribuciones García S.L.", confidence: 0.95, box: { x0: 0.05, x1: 0.31, y0: 0.05, y1: 0.06 } }]);
    const page = { ...buildPageLayout([], { source: "ocr" }), lines: [top, meta] };
    const values = await invoiceValues(page);
    expect([values.invoice_number, values.date]).toEqual(["2025-0118", "2025-11-18"]);
    // Or as a letter: "2023-0880" touching "ODate of issue:".
    const english = lineOfWords([
      word("Invoice", 0.08, 0.147),
      word("Number:", 0.157, 0.225),
      word("2023-0880", 0.235, 0.322),
      word("ODate", 0.313, 0.362),
      word("of", 0.371, 0.391),
      word("issue:", 0.4, 0.458),
    ]);
    expect((await invoiceValues({ ...page, lines: [top, english] })).invoice_number).toBe("2023-0880");
  });

  it("reads a meta row whose labels' words and parts the reader ran together ('Fechade emision:', '2025-N.2cliente:')", async () => {
    const page = layoutFromRows([
      "Asesoría Fernández S.L.U.",
      "Fechade emision: 15-11-2024·Fechavencimiento: 14-01-2025-N.2cliente: C48028·CIF: ESB03839610",
    ]);
    const values = await invoiceValues(page);
    expect([values.date, values.due_date]).toEqual(["2024-11-15", "2025-01-14"]);
    // A whole label of four words run together.
    const french = layoutFromRows([
      "Conseil Provence SAS",
      "Numerodefacture: FA-25-161·Datedefacturation: 09/11/2025·Datelimitedepaiement: 09/12/2025",
    ]);
    expect((await invoiceValues(french)).due_date).toBe("2025-12-09");
  });

  it("reads the invoice date under its label, not under 'Date Iimite de paiement' (an l read as a capital I)", async () => {
    const page = layoutFromRows([
      "Bureautique Provence SARL",
      [
        [0.05, "Facture N°"],
        [0.25, "Date de facture"],
        [0.45, "Date Iimite de paiement"],
        [0.7, "Bon de commande"],
      ],
      [
        [0.05, "FAC-2023-00775"],
        [0.25, "12/09/2023"],
        [0.45, "26/09/2023"],
        [0.7, "PO-643446"],
      ],
    ]);
    const values = await invoiceValues(page);
    expect([values.date, values.due_date]).toEqual(["2023-09-12", "2023-09-26"]);
  });

  it("reads an id as printed where the reader glued the next label's first word or its own sign to it, or took an I for an l", async () => {
    const id = async (row: string) => (await invoiceValues(layoutFromRows(["Greco Tipografia S.n.c.", row]))).invoice_number;
    expect(await id("Numero fattura: 005210Data fattura: 14 giugno 2024")).toBe("005210");
    expect(await id("Fattura n.:186/PAData fattura: 28/03/2024 Datascadenza: 27/04/2024")).toBe("186/PA");
    expect(await id("Invoicenumber: 8502-24.lssue date: 2024-02-16")).toBe("8502-24");
    expect(await id("Factura N9:25/0749·Fecha factura: 18-09-2025")).toBe("25/0749");
    expect(await id("Fecha de factura: 8 de febrero de 2025 .Factura n.°: 2025-0926.N. cliente: 19337")).toBe("2025-0926");
    expect(await id("Invoice number: Sl-6964")).toBe("SI-6964");
    // A prefix spaced from its hyphen on both sides; a number sign before a lone hyphen is no prefix.
    expect(await id("Invoice No. INV - 1044")).toBe("INV-1044");
    expect(await id("Invoice NO - 1044")).toBe("1044");
    // A capital number sign run on to the title in capitals.
    expect(await id("FATTURAN.56/2025")).toBe("56/2025");
    expect(await id("INVOICEno.INV04506   TP Thornbury Print plc")).toBe("INV04506");
    expect(await id("Holloway Plumbing & Heating Ltd   TAXINVOICEn0.2023/595")).toBe("2023/595");
    expect(await id("Numerodefacture: 2024/319.Dated'emission: 25/10/2024")).toBe("2024/319");
    // Parts glued at their dots, the next label after a dash read for the dot.
    expect(await id("Datedefacturation: 02/12/2024·Numerodefacture:#41699-Dated'echeance: 16/12/2024·Ref.client: 19831")).toBe("41699");
    // A small l among small letters, or an id with other small letters, is read as printed.
    expect(await id("Invoice number: Abl-6964")).toBe("Abl-6964");
  });

  it("reads no service date for the invoice date where its label wrapped after 'Data' ('| Data' over 'prestazione:')", async () => {
    const page = layoutFromRows([
      "Ferretti & Galli S.r.l.",
      "Fattura N°: 111/PA | Data fattura: 09/11/2023 | Data scadenza: 23/11/2023 | Cod. cliente: C20462 | Data",
      "prestazione: 30/10/2023",
    ]);
    expect((await invoiceValues(page)).date).toBe("2023-11-09");
  });

  it("reads the due date after the wrapped end of its label that ends a meta row ('Scadenza' over 'pagamento:')", async () => {
    const page = layoutFromRows([
      "Ferretti & Galli S.r.l.",
      "N. fattura: 2023-0707 Data emissione: 14 gennaio 2023 Scadenza",
      "pagamento: 28 gennaio 2023",
    ]);
    const values = await invoiceValues(page);
    expect([values.date, values.due_date]).toEqual(["2023-01-14", "2023-01-28"]);
  });

  it("reads a meta row whose dots the reader read as a full stop and colons glued on ('9581-23.Invoice Date: 04/21/2023:Payment')", async () => {
    const page = layoutFromRows([
      "Whitman & Bennett Electric Inc.",
      "Austin, TX 78701",
      "Invoice number: 9581-23.Invoice Date: 04/21/2023:Payment due by: 05/05/2023:Ship date: 04/10/2023",
    ]);
    const values = await invoiceValues(page);
    expect([values.invoice_number, values.date, values.due_date]).toEqual(["9581-23", "2023-04-21", "2023-05-05"]);
  });

  it("reads the invoice date after a due date whose part separator the reader glued to the next label ('10/09/2024·Data emissione:')", async () => {
    const page = layoutFromRows([
      "Alpina Logistica S.r.l.s.",
      "Data scadenza: 10/09/2024·Data emissione: 27/08/2024·Codice cliente: C96912",
    ]);
    const values = await invoiceValues(page);
    expect([values.date, values.due_date]).toEqual(["2024-08-27", "2024-09-10"]);
  });

  it("reads the id touching its label that the reader set apart, not its line's words across the page", async () => {
    // PaddleOCR on a JPEG invoice (synthetic, seed 2003): "Numero de facture:" read as one line with the sender's
    // street across the page, the id touching the label on a line of its own.
    const word = (text: string, x0: number, x1: number, y0: number, y1: number) => ({ text, confidence: 0.97, box: { x0, x1, y0, y1 } });
    const top = lineOfWords([word("Chevalier", 0.62, 0.72, 0.06, 0.075), word("Electricite", 0.73, 0.84, 0.06, 0.075)]);
    const date = lineOfWords([
      word("Date", 0.081, 0.11, 0.095, 0.107),
      word("de", 0.116, 0.13, 0.095, 0.107),
      word("facture:", 0.136, 0.19, 0.095, 0.107),
      word("07/12/2024", 0.197, 0.26, 0.095, 0.107),
    ]);
    const label = lineOfWords([
      word("Numero", 0.0807, 0.1209, 0.1112, 0.1229),
      word("de", 0.1276, 0.141, 0.1112, 0.1229),
      word("facture:", 0.1477, 0.2013, 0.1112, 0.1229),
      word("31,boulevard", 0.798, 0.8677, 0.1065, 0.1171),
      word("Voltaire", 0.8735, 0.92, 0.1065, 0.1171),
    ]);
    const id = lineOfWords([word("#56094", 0.202, 0.2477, 0.1118, 0.1229)]);
    const page = { ...buildPageLayout([], { source: "ocr" }), lines: [top, date, label, id] };
    expect((await invoiceValues(page)).invoice_number).toBe("56094");
  });
});
