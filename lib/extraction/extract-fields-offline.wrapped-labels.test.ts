// Labels and values the page wrapped: a label cell over two lines with its value under the second or between them, a
// long meta row whose last label's value runs on at the start of the next line (synthetic invoices, session 9), and a
// written-out date whose year a narrow column wrapped (session 13).

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, linesAt } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field, INVOICE_FIELDS, invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

/** Text lines of one font: each character `charWidth` wide, `height` tall unless a line's bottom is given. */
const lineMaker =
  (charWidth: number, height: number) =>
  (x0: number, y0: number, text: string, y1 = y0 + height) => ({ text, box: { x0, y0, x1: x0 + text.length * charWidth, y1 } });

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

  it("reads no invoice date under a label cell whose wrapped end names the due date ('Fecha de' / 'vencimiento')", async () => {
    const page = layoutFromRows([
      "Romero & López Servicios Informáticos S.A.",
      [
        [0.05, "Fecha de emisión"],
        [0.25, "Factura Nº"],
        [0.4, "Fecha de"],
        [0.55, "N.º cliente"],
      ],
      [
        [0.05, "02/11/2023"],
        [0.25, "A-5501"],
        [0.4, "vencimiento"],
        [0.55, "65116"],
      ],
      [[0.4, "01/01/2024"]],
    ]);
    const values = await invoiceValues(page);
    expect(values.date).toBe("2023-11-02");
    expect(values.due_date).toBe("2024-01-01");
  });

  it("doubts no label over a line of its own ('Invoice No.  INV- 7557' over 'Invoice date', 'TOTAL' over an amount)", async () => {
    const invoice = layoutFromRows([
      "Bennett & Harper Co.",
      [
        [0.6, "Invoice No."],
        [0.75, "INV- 7557"],
      ],
      [
        [0.6, "Invoice date"],
        [0.75, "2023-02-12"],
      ],
    ]);
    const fields = await extract(INVOICE_FIELDS, [invoice]);
    expect(fields.invoice_number.confidence).toBeGreaterThan(0.9);
    // Lines set as on a scanned receipt (seed 6109): the amount right-aligned between its label and "Tendered".
    const line = lineMaker(0.015, 0.04);
    const receipt = buildPageLayout([
      line(0.1, 0.05, "ANNUR ENTERPRISE"),
      line(0.1, 0.558, "TOTAL"),
      line(0.81, 0.591, "218.40"),
      line(0.1, 0.632, "Tendered"),
      line(0.81, 0.63, "220.00"),
    ]);
    const total = (await extract([field("total_amount", "Total Amount", "number")], [receipt])).total_amount;
    expect([total.normalizedValue, total.confidence > 0.9]).toEqual([218.4, true]);
  });

  it("reads a meta row's last value that the page wrapped to the next line ('… | Fecha de vencimiento:')", async () => {
    const page = layoutFromRows([
      "Romero Servicios Informáticos S.L.U.",
      "Factura Nº: 2024-0666 | Fecha de emisión: 08/06/2024 | Fecha de vencimiento:",
      "07/08/2024 | N.º cliente: 68208 | Moneda: EUR",
    ]);
    expect((await invoiceValues(page)).due_date).toBe("2024-08-07");
    // The wrapped line may put another label under it ("… · Date de prestation:").
    const labelUnder = layoutFromRows([
      "Menuiserie Rousseau SARL",
      "Numéro de facture: FAC-2023-00770 · Date d'émission: 2023-03-14 · Date d'échéance:",
      "2023-04-13 · Réf. client: C65387 · Bon de commande: B445291 · Date de prestation:",
      "2023-03-07",
    ]);
    expect((await invoiceValues(labelUnder)).due_date).toBe("2023-04-13");
    // Or another label's value ("Zahlungsziel:" over "… Lieferdatum: 11.06.2025"): its own is the wrapped line's start.
    const word = lineMaker(0.0098, 0.013);
    const valueUnder = buildPageLayout([
      word(0.095, 0.071, "Software Vogel GmbH"),
      ...[0.095, 0.233, 0.35, 0.419, 0.557].map((x0, index) =>
        word(x0, 0.313, ["Rechnungsnr.:", "2025/219", "Datum:", "14.06.2025", "Zahlungsziel:"][index]),
      ),
      ...[0.095, 0.233, 0.36, 0.478, 0.606].map((x0, index) =>
        word(x0, 0.328, ["14.07.2025", "Bestell-Nr.:", "ORD-3696", "Lieferdatum:", "11.06.2025"][index]),
      ),
    ]);
    expect((await invoiceValues(valueUnder)).due_date).toBe("2025-07-14");
    // Or words of one a few words after its label ("le: 25" over "… prestation: 9 octobre 2025"): the date wrapped.
    const dateUnder = layoutFromRows([
      "Imprimerie Provence EURL",
      "Numéro de facture: 008061 Date de facture: 11 octobre 2025 A régler avant le: 25",
      "octobre 2025 Réf. client: K39322 Date de prestation: 9 octobre 2025",
    ]);
    expect((await invoiceValues(dateUnder)).due_date).toBe("2025-10-25");
    // The wrapped value is the due date's, whose label's l the reader took for a one ("Date 1imite de paiement:"): the
    // invoice date is the one beside its own label.
    const oneForL = layoutFromRows([
      "Plomberie Dubois SAS",
      "N° de facture: F2024-0643. Date de facturation: 10/12/2024. Date 1imite de paiement:",
      "17/12/2024",
    ]);
    expect(await invoiceValues(oneForL)).toMatchObject({ date: "2024-12-10", due_date: "2024-12-17" });
    // A heading over a line that starts with a label of its own is no wrapped row: "Nummer" is no buyer.
    const heading = layoutFromRows([
      "Handelsrechnung Nr. E2018092011804 vom 20.09.2018",
      "Verkäufer:",
      "Verkehrsbetriebe GmbH",
      "Torti Mayer",
      "Musterstraße 3",
      "DE 12345 Berlin",
      "USt.-Id.-Nr. : DE123456789",
      "Käufer/Leistungsempfänger:",
      [
        [0.05, "Nummer"],
        [0.2, ":"],
        [0.22, "Liselotte Müllermann"],
      ],
      "Liselotte Müllermann",
      "Beispielstraße 24",
      "DE 12345 Berlin",
    ]);
    const { buyer_name } = await extract([field("buyer_name", "Buyer Name")], [heading]);
    expect(buyer_name.value).toBe("Liselotte Müllermann");
  });

  it("reads the value wrapped under a row of cells that ends with its label ('Uiterste betaaldatum:')", async () => {
    // Boxes as the PDF's text layer gives them (synthetic invoice, seed 1427): gaps between the cells.
    const line = lineMaker(0.0105, 0.014);
    const page = buildPageLayout([
      line(0.067, 0.05, "De Vries Kantoorinrichting B.V."),
      line(0.067, 0.225, "Factuurdatum: 17/05/2025"),
      line(0.363, 0.225, "Factuur nr.: FAC-57956"),
      line(0.638, 0.225, "Uiterste betaaldatum:"),
      line(0.067, 0.241, "16/06/2025"),
      line(0.067, 0.3, "Omschrijving Aant. Eenheid Prijs per eenheid Bedrag"),
    ]);
    const values = await invoiceValues(page);
    expect(values.due_date).toBe("2025-06-16");
    expect(values.date).toBe("2025-05-17");
    // The row's box narrower than the page (seed 1361): it ends short of the margin.
    const narrow = buildPageLayout([
      line(0.1, 0.05, "Haustechnik Neumann e.K."),
      line(0.1, 0.3, "Rechnungs-Nr.: RE-45455"),
      line(0.37, 0.3, "Datum: 09.01.2024"),
      line(0.572, 0.3, "Zahlbar bis:"),
      line(0.1, 0.317, "08.02.2024"),
      line(0.223, 0.317, "Kunden-Nr.: C79112"),
    ]);
    expect((await invoiceValues(narrow)).due_date).toBe("2024-02-08");
  });

  it("reads the word under 'Total incl.' as the end of the total's label, not a tax label ('VAT' under it)", async () => {
    // Boxes as the PDF's text layer gives them: the amount centred on the two lines of its label.
    const line = lineMaker(0.012, 0.0155);
    const page = buildPageLayout([
      line(0.08, 0.05, "Thames Valley Print Limited"),
      line(0.608, 0.5739, "Sub-total"),
      line(0.775, 0.5739, "6,522.65 GBP"),
      line(0.608, 0.5944, "VAT (20%)"),
      line(0.775, 0.5944, "1,304.53 GBP"),
      line(0.608, 0.6185, "Total incl."),
      line(0.775, 0.6274, "7,827.18 GBP"),
      line(0.608, 0.6363, "VAT"),
    ]);
    const values = await invoiceValues(page);
    expect(values.tax_amount).toBe(1304.53);
    expect(values.total_amount).toBe(7827.18);
  });

  it("reads a written-out date whose year wrapped under it, its label centred on the two lines", async () => {
    // Boxes as the PDF's text layer gives them (synthetic invoice, seed 1129): "Fecha:" between the date's lines.
    const line = lineMaker(0.009, 0.015);
    const page = buildPageLayout([
      line(0.095, 0.05, "Reformas Fernández S.L.U."),
      line(0.531, 0.203, "Factura n.º:"),
      line(0.726, 0.203, "FV-2025-878"),
      line(0.726, 0.222, "27 de septiembre de"),
      line(0.095, 0.234, "Instalaciones del Norte S.L."),
      line(0.531, 0.23, "Fecha:"),
      line(0.726, 0.238, "2025"),
      line(0.095, 0.251, "Paseo de Gracia, 10"),
      line(0.531, 0.257, "Fecha de"),
      line(0.726, 0.257, "27 de octubre de"),
      line(0.095, 0.268, "46002 Valencia"),
      line(0.531, 0.274, "vencimiento:"),
      line(0.726, 0.274, "2025"),
    ]);
    const values = await invoiceValues(page);
    expect(values.date).toBe("2025-09-27");
    expect(values.due_date).toBe("2025-10-27");
  });

  it("reads a wrapped written-out date beside the second line of its wrapped label on a scan", async () => {
    // The scan of the same invoice: smaller boxes, "vencimiento:" level with the year, a line below the date's middle.
    const line = lineMaker(0.009, 0.012);
    const page = buildPageLayout(
      [
        line(0.095, 0.05, "Reformas Fernández S.L.U."),
        line(0.096, 0.251, "Paseo de Gracia, 10"),
        line(0.531, 0.256, "Fecha de"),
        line(0.725, 0.256, "27 de octubre de", 0.27),
        line(0.095, 0.267, "46002 Valencia", 0.281),
        line(0.531, 0.275, "vencimiento:", 0.286),
        line(0.725, 0.275, "2025", 0.287),
      ],
      { source: "ocr" },
    );
    expect((await invoiceValues(page)).due_date).toBe("2025-10-27");
  });

  it("reads a written-out date a meta row wrapped after its day to the next line's start ('vencimiento: 3' / 'de mayode')", async () => {
    // PaddleOCR's lines off a JPEG invoice (synthetic, seed 2027), the month's "de" run on.
    const line = lineMaker(0.009, 0.0106);
    const page = buildPageLayout(
      [
        line(0.086, 0.05, "Construcciones Lopez S.A."),
        line(0.0867, 0.2272, "Numero de factura: INV-2024-2604"),
        line(0.4139, 0.2272, "Fecha: 26 de abril de 2024"),
        line(0.6864, 0.2272, "Fecha de vencimiento: 3"),
        line(0.086, 0.2421, "de mayode 2024"),
        line(0.2582, 0.2421, "N. pedido: ORD-532272"),
        line(0.4955, 0.2421, "N.I.F.: ESA83013853"),
      ],
      { source: "ocr" },
    );
    const values = await invoiceValues(page);
    expect([values.date, values.due_date]).toEqual(["2024-04-26", "2024-05-03"]);
  });

  it("reads a label cell wrapped over two lines with its value set between them ('Te betalen' over 'vóór')", async () => {
    // Boxes as the PDF's text layer gives them (synthetic invoice, seed 1259).
    const line = lineMaker(0.009, 0.011);
    const page = buildPageLayout([
      line(0.149, 0.066, "Bakker & De Boer Kantoorinrichting B.V."),
      line(0.666, 0.107, "Factuurdatum"),
      line(0.801, 0.107, "15-11-2025"),
      line(0.081, 0.123, "Kerkstraat 101"),
      line(0.666, 0.123, "Te betalen"),
      line(0.801, 0.129, "15-12-2025"),
      line(0.081, 0.136, "5611 AB Eindhoven"),
      line(0.666, 0.135, "vóór"),
      line(0.666, 0.15, "Btw-nr."),
      line(0.801, 0.15, "NL196564682B01"),
    ]);
    const values = await invoiceValues(page);
    expect([values.date, values.due_date]).toEqual(["2025-11-15", "2025-12-15"]);
    // "Totale" over "imponibile", its amount between: the net, not the total ("Netto a" over "pagare" is).
    const italian = buildPageLayout(
      linesAt([
        ["Lombarda Impianti S.n.c.", 0.1, 0.4, 0.073, 0.102],
        ["Totale", 0.627, 0.682, 0.526, 0.54],
        ["4931,60 €", 0.809, 0.899, 0.534, 0.548],
        ["imponibile", 0.627, 0.722, 0.543, 0.557],
        ["IVA 22 %", 0.627, 0.709, 0.563, 0.578],
        ["1084,95 €", 0.809, 0.899, 0.563, 0.578],
        ["Netto a", 0.627, 0.705, 0.587, 0.603],
        ["6016,55 €", 0.794, 0.899, 0.596, 0.612],
        ["pagare", 0.627, 0.7, 0.605, 0.621],
      ]),
    );
    expect(await invoiceValues(italian)).toMatchObject({ net_amount: 4931.6, total_amount: 6016.55 });
  });
});
