// Invoice numbers as a scan's reader reads them (synthetic JPEG invoices, sessions 11–14): split after the prefix's
// hyphen, number signs misread ("N9:", "n.9", "FactureN°:"), and the parts of a meta row run together.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, linesAt } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

describe("extractFieldsOffline: invoice numbers on scans", () => {
  it("reads an id the reader split after its prefix's hyphen, and no misread 'Nº:' for the id", async () => {
    const split = layoutFromRows(["Redwood Analytics LLC", "Invoice no.     Date of issue", "INV- 2024-2146    2024-08-09"]);
    expect((await invoiceValues(split)).invoice_number).toBe("INV-2024-2146");
    const numberSign = layoutFromRows(["Romero Servicios S.L.U.", "Factura N9: 2024-0666 | Fecha de emisión: 08/06/2024"]);
    expect((await invoiceValues(numberSign)).invoice_number).toBe("2024-0666");
    // An id whose separator the reader read as a colon is still the id.
    const colon = layoutFromRows(["Mersey Office Supplies plc", "Invoice No.: SI-4945: Date: 08/06/2023"]);
    expect((await invoiceValues(colon)).invoice_number).toBe("SI-4945");
    // "N.º" with its sign read as a nine, before the id's label and another's.
    const nine = layoutFromRows(["Reformas Torres S.A.", "Fecha de factura: 14-01-2023 N.9 de factura: FV-2023-253 N.9 cliente: 10301"]);
    expect((await invoiceValues(nine)).invoice_number).toBe("FV-2023-253");
    // Or as a two, in a column of labels: "N.2 de factura:".
    const two = layoutFromRows([
      "Reformas Martinez S.L.U.",
      [
        [0.05, "Gruber Elektrotechnik OG"],
        [0.6, "Fecha de factura: 13 de enero de 2024"],
      ],
      [
        [0.05, "Mariahilfer Straße 48"],
        [0.6, "N.2 de factura: 2024-0826"],
      ],
      [
        [0.05, "1030 Wien"],
        [0.6, "Fecha de vencimiento: 13 de marzo de 2024"],
      ],
    ]);
    expect((await invoiceValues(two)).invoice_number).toBe("2024-0826");
    // "Nr.º" with its sign read as a two, glued to the label, the id apart: "Rechnung Nr.2 2024/960".
    const twoGlued = layoutFromRows(["Vogel Consulting GmbH", "Rechnung Nr.2 2024/960", "Datum 10.11.2024"]);
    expect((await invoiceValues(twoGlued)).invoice_number).toBe("2024/960");
    // A meta row's parts run together, the number sign glued to the label and the next part to the id.
    const glued = layoutFromRows([
      "Menuiserie Atlantique EURL",
      "Date de facturation: 07/03/2024 ·FactureN°:FA-24-280.A regler avant le: 14/03/2024 .N°client: 48438",
    ]);
    expect((await invoiceValues(glued)).invoice_number).toBe("FA-24-280");
    // Or in small letters, with its dot: "|Facturan.°:#98192".
    const smallSign = layoutFromRows(["Graficas Ruiz S.A.", "Fechafactura: 21/09/2025 |Facturan.°:#98192 |Vencimiento: 01/10/2025"]);
    expect((await invoiceValues(smallSign)).invoice_number).toBe("98192");
    // Or read as a nine, the id run on after its colon and "#": "|Factura N9:#93163".
    const nineGlued = layoutFromRows(["Asesoria del Norte S.L", "Fecha: 03/09/2024 |Factura N9:#93163 |Vencimiento: 03/10/2024"]);
    expect((await invoiceValues(nineGlued)).invoice_number).toBe("93163");
    // A bar between two parts read as a digit glued to the label ("5InvoiceNumber:").
    const bar = layoutFromRows(["Whitfield Consulting Ltd", "Date: 12Jun2025 5InvoiceNumber: 001731 Payment due: 11Aug 2025"]);
    expect((await invoiceValues(bar)).invoice_number).toBe("001731");
    // After the label, in small letters: "Factura n.9 59601".
    const small = layoutFromRows(["Lopez Asesoria S.L.", "Factura n.9 59601", "Fecha: 26/12/2023"]);
    expect((await invoiceValues(small)).invoice_number).toBe("59601");
    // Or as a zero: "Factura n.0 006737".
    const zero = layoutFromRows(["Distribuciones Castilla S.L.U.", "Factura n.0 006737", "Fecha factura 15/05/2025"]);
    expect((await invoiceValues(zero)).invoice_number).toBe("006737");
    // Or run on to an id that starts with letters: "FACTURA n.9INV-2023-2542".
    const gluedSign = layoutFromRows(["Servicios Castilla S.L.U.", "FACTURA n.9INV-2023-2542", "Fecha factura: 10/04/2023"]);
    expect((await invoiceValues(gluedSign)).invoice_number).toBe("INV-2023-2542");
    // "n°" read "n0." and glued to an id in capitals ("INVOICE n0.INV02601").
    const zeroSign = layoutFromRows(["INVOICE n0.INV02601   Northern Joinery Ltd", "Invoice date 06/02/2024"]);
    expect((await invoiceValues(zeroSign)).invoice_number).toBe("INV02601");
    // The next label run on whole, abbreviated, with its colon ("fattura:#51630Cod.cliente:").
    const nextLabel = layoutFromRows(["Rossi Costruzioni S.r.l.", "Data: 03/04/2024 Numero fattura:#51630Cod.cliente: C80587"]);
    expect((await invoiceValues(nextLabel)).invoice_number).toBe("51630");
    // Or with its own value, the whole meta row's parts run together ("-Factuurnr.:FAC-27596.Klantnr.:97212-…").
    const nextPair = layoutFromRows([
      "De Boer Installatietechniek B.V.",
      "Datum: 2023-08-19 -Factuurnr.:FAC-27596.Klantnr.:97212-Leverdatum: 2023-08-10",
    ]);
    expect((await invoiceValues(nextPair)).invoice_number).toBe("FAC-27596");
    // The label's first word run into the date's year before it ("Jan 6,2025Invoice Number:#92038").
    const afterYear = layoutFromRows(["Summit Landscaping LLC", "Date of issue: Jan 6,2025Invoice Number:#92038 Account No.:58587"]);
    expect((await invoiceValues(afterYear)).invoice_number).toBe("92038");
    // The next label run on after a full stop, or touching the id.
    const runOn = layoutFromRows(["Hartley Joinery LLP", "Invoice Number:#38689.Date: 2025-11-08"]);
    expect((await invoiceValues(runOn)).invoice_number).toBe("38689");
    const noStop = layoutFromRows(["Veluwe ICT V.O.F.", "Factuurnummer: 2024-0876Datum: 12-03-2024"]);
    expect((await invoiceValues(noStop)).invoice_number).toBe("2024-0876");
    // Or hyphenated on, its first word before the rest of the label ("000523-Due Date:"), a "·" read as a dash.
    const hyphenated = layoutFromRows(["Bennett Landscaping Co.", "Invoice Date: 12/09/2024 .Invoice Number: 000523-Due Date: 12/23/2024"]);
    expect((await invoiceValues(hyphenated)).invoice_number).toBe("000523");
    const touching = buildPageLayout([
      { text: "Hartley Joinery LLP", box: { x0: 0.1, y0: 0.1, x1: 0.29, y1: 0.12 } },
      { text: "Invoice", box: { x0: 0.205, y0: 0.3, x1: 0.249, y1: 0.32 } },
      { text: "No.:8526-23", box: { x0: 0.255, y0: 0.3, x1: 0.325, y1: 0.32 } },
      { text: "Date", box: { x0: 0.324, y0: 0.3, x1: 0.349, y1: 0.32 } },
      { text: "due:", box: { x0: 0.355, y0: 0.3, x1: 0.379, y1: 0.32 } },
    ]);
    expect((await invoiceValues(touching)).invoice_number).toBe("8526-23");
    // A separator misread as one doubtful glyph squeezed between the id and the next label.
    const glyph = buildPageLayout(
      [
        { text: "Crofton Plumbing & Heating Ltd", box: { x0: 0.1, y0: 0.1, x1: 0.4, y1: 0.12 } },
        { text: "Invoice", box: { x0: 0.072, y0: 0.3, x1: 0.14, y1: 0.32 } },
        { text: "#:INV04599", box: { x0: 0.15, y0: 0.3, x1: 0.248, y1: 0.32 } },
        { text: "9", box: { x0: 0.242, y0: 0.3, x1: 0.269, y1: 0.32 }, confidence: 0.69 },
        { text: "Date:", box: { x0: 0.261, y0: 0.3, x1: 0.309, y1: 0.32 } },
        { text: "3 Feb 2024", box: { x0: 0.318, y0: 0.3, x1: 0.414, y1: 0.32 } },
      ],
      { source: "ocr" },
    );
    expect((await invoiceValues(glyph)).invoice_number).toBe("INV04599");
  });

  it("reads a header row's number label whose sign was lost ('N. de factura') or whose 'rn' was read 'm' ('Factuumummer')", async () => {
    // A scan's header row, its "Fecha de" / "factura" cell wrapped (PaddleOCR's word boxes).
    const lostSign = buildPageLayout(
      linesAt([
        ["Talleres Levante S.L", 0.09, 0.396, 0.068, 0.084],
        ["N.", 0.101, 0.118, 0.247, 0.26],
        ["de", 0.126, 0.143, 0.247, 0.26],
        ["factura", 0.151, 0.21, 0.247, 0.26],
        ["Fecha", 0.237, 0.282, 0.247, 0.26],
        ["de", 0.291, 0.308, 0.247, 0.26],
        ["Cod.", 0.373, 0.404, 0.247, 0.258],
        ["cliente", 0.412, 0.466, 0.247, 0.258],
        ["Su", 0.509, 0.525, 0.247, 0.26],
        ["referencia", 0.533, 0.613, 0.247, 0.26],
        ["A-1002", 0.1, 0.166, 0.262, 0.275],
        ["factura", 0.236, 0.293, 0.262, 0.275],
        ["K56986", 0.373, 0.443, 0.262, 0.275],
        ["PO-305658", 0.51, 0.61, 0.263, 0.274],
        ["6 de octubre", 0.237, 0.353, 0.275, 0.291],
        ["de 2023", 0.238, 0.312, 0.293, 0.306],
      ]),
    );
    expect((await invoiceValues(lostSign)).invoice_number).toBe("A-1002");
    const rnAsM = layoutFromRows([
      "Amstel Schilderwerken N.V.",
      [
        [0.08, "Klantnummer"],
        [0.3, "Factuumummer"],
        [0.5, "Factuurdatum"],
      ],
      [
        [0.08, "K20431"],
        [0.3, "20230720"],
        [0.5, "28-06-2023"],
      ],
    ]);
    expect((await invoiceValues(rnAsM)).invoice_number).toBe("20230720");
  });
});
