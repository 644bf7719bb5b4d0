// A narrow meta column of labels and values (a Spanish invoice's, as its PDF text layer reads): the labels wrap over
// two lines with the value beside the first ("Número de" / "factura:"), and the values wrap around a one-line label
// centred on them ("10-04-" / "Fecha:" / "2024").

import { describe, expect, it } from "vitest";
import { buildPageLayout, lineAt, lineOfWords } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

const page = buildPageLayout([
  lineAt("FACTURA", 0.1, 0.292, 0.073, 0.102),
  lineAt("Instalaciones Mediterráneo", 0.49, 0.899, 0.072, 0.094),
  lineAt("S.L.", 0.844, 0.899, 0.098, 0.12),
  lineAt("10-04-", 0.306, 0.363, 0.113, 0.127),
  lineAt("Fecha:", 0.1, 0.164, 0.122, 0.136),
  lineAt("Gran Vía, 142, 5º A", 0.726, 0.899, 0.122, 0.136),
  lineAt("2024", 0.306, 0.345, 0.13, 0.144),
  lineAt("28013 Madrid", 0.772, 0.899, 0.139, 0.153),
  lineAt("Número de", 0.1, 0.209, 0.148, 0.163),
  lineAt("24/0131", 0.306, 0.379, 0.157, 0.171),
  lineAt("Tel. +34 930 479 070", 0.706, 0.899, 0.156, 0.17),
  lineAt("factura:", 0.1, 0.178, 0.165, 0.18),
  lineAt("NIF-IVA: B80831222", 0.714, 0.899, 0.173, 0.187),
  lineAt("Fecha", 0.1, 0.158, 0.184, 0.199),
  lineAt("20-04-", 0.306, 0.363, 0.184, 0.198),
  lineAt("2024", 0.306, 0.345, 0.202, 0.216),
  lineAt("vencimiento:", 0.1, 0.227, 0.201, 0.216),
  lineAt("Cód. cliente: 99796", 0.1, 0.362, 0.22, 0.234),
  lineAt("DESTINATARIO", 0.1, 0.232, 0.298, 0.31),
  lineAt("Amstel ICT V.O.F.", 0.1, 0.27, 0.314, 0.329),
  lineAt("Prinsengracht 133", 0.1, 0.266, 0.331, 0.346),
]);

describe("extractFieldsOffline: a narrow meta column", () => {
  it("reads the id beside a label's first line, not a value beside its wrapped end ('Número de' / 'factura:')", async () => {
    expect((await invoiceValues(page)).invoice_number).toBe("24/0131");
  });

  it("reads a date wrapped around its label, not the date beside a label whose wrapped end names the due date", async () => {
    const values = await invoiceValues(page);
    expect(values.date).toBe("2024-04-10");
    expect(values.due_date).toBe("2024-04-20");
  });

  it("reads the id set between a label's two lines, not another column's value read on the label's last line", async () => {
    // As PaddleOCR read the same page off a JPEG: "factura:" one reader line with "NIF-IVA: B80831222" far right.
    const word = (text: string, x0: number, x1: number, y0: number, y1: number) => ({ text, confidence: 0.97, box: { x0, x1, y0, y1 } });
    const scan = {
      ...buildPageLayout([], { source: "ocr" }),
      lines: [
        lineOfWords([word("FACTURA", 0.1, 0.292, 0.076, 0.1), word("Instalaciones", 0.49, 0.694, 0.075, 0.097)]),
        lineOfWords([word("Mediterraneo", 0.71, 0.899, 0.075, 0.097), word("S.L.", 0.844, 0.899, 0.099, 0.12)]),
        lineOfWords([word("Numero", 0.099, 0.173, 0.147, 0.162), word("de", 0.185, 0.21, 0.147, 0.162)]),
        lineOfWords([word("24/0131", 0.306, 0.379, 0.156, 0.169)]),
        lineOfWords([
          word("factura:", 0.099, 0.18, 0.165, 0.179),
          word("NIF-IVA:", 0.715, 0.797, 0.173, 0.185),
          word("B80831222", 0.807, 0.899, 0.173, 0.185),
        ]),
      ],
    };
    expect((await invoiceValues(scan)).invoice_number).toBe("24/0131");
  });

  it("reads a meta column whose labels and values wrap beside their middle ('Invoice' over 'Number:', 'GB 870 7939' over '79')", async () => {
    // A British invoice's PDF text layer: labels and values are separate runs, each value set by its label cell's middle.
    const meta = buildPageLayout([
      lineAt("INVOICE", 0.1, 0.277, 0.073, 0.102),
      lineAt("Northern Consulting Ltd", 0.532, 0.899, 0.072, 0.094),
      lineAt("63 Station Road", 0.755, 0.899, 0.097, 0.111),
      lineAt("Invoice date:", 0.591, 0.706, 0.206, 0.221),
      lineAt("23 Jul 2024", 0.757, 0.859, 0.206, 0.221),
      lineAt("Invoice", 0.591, 0.655, 0.225, 0.24),
      lineAt("SI-7583", 0.757, 0.826, 0.233, 0.248),
      lineAt("Pemberton Logistics Ltd", 0.1, 0.342, 0.237, 0.252),
      lineAt("Number:", 0.591, 0.67, 0.242, 0.257),
      lineAt("Customer VAT No.: 963 0150 54", 0.1, 0.388, 0.304, 0.319),
      lineAt("GB 870 7939", 0.757, 0.873, 0.298, 0.313),
      lineAt("VAT Reg. No.:", 0.591, 0.715, 0.306, 0.321),
      lineAt("79", 0.757, 0.779, 0.315, 0.329),
    ]);
    const values = await invoiceValues(meta);
    expect([values.invoice_number, values.vendor_vat_id]).toEqual(["SI-7583", "GB870793979"]);
  });
  it("reads the id beside the lower line of a label cell wrapped without a colon ('Invoice' over 'no.  SI-5099')", async () => {
    // A British invoice scanned (PaddleOCR): the id set between the label's lines, nearer the lower one.
    // Boxes in the scan's pixels (1588 × 2246), as fractions of the page like the reader's.
    const word = (text: string, x0: number, x1: number, y0: number, y1: number) => ({
      text,
      confidence: 0.97,
      box: { x0: x0 / 1588, x1: x1 / 1588, y0: y0 / 2246, y1: y1 / 2246 },
    });
    const scan = {
      ...buildPageLayout([], { source: "ocr", width: 1588, height: 2246 }),
      lines: [
        lineOfWords([word("London", 912, 987, 463, 483), word("Invoice", 1045, 1158, 469, 494), word("14", 1241, 1273, 466, 496)]),
        lineOfWords([word("Date", 1045, 1113, 504, 531), word("2024", 1242, 1310, 504, 531)]),
        lineOfWords([word("CUSTOMER", 121, 229, 531, 551)]),
        lineOfWords([word("Invoice", 1046, 1158, 542, 567)]),
        lineOfWords([word("Cotswold", 120, 245, 566, 595), word("Ltd", 433, 480, 566, 595), word("SI-5099", 1243, 1355, 560, 586)]),
        lineOfWords([word("no.", 1042, 1095, 581, 608)]),
        lineOfWords([word("George", 183, 277, 604, 632), word("24", 1243, 1275, 614, 645), word("February", 1291, 1417, 614, 645)]),
        lineOfWords([word("Due", 1045, 1094, 636, 658), word("Date", 1110, 1175, 636, 658)]),
      ],
    };
    expect((await invoiceValues(scan)).invoice_number).toBe("SI-5099");
  });
});
