import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { DocumentError } from "@/lib/layout/types";
import { MAX_EINVOICE_XML_SIZE } from "./parse-einvoice";
import { readEmbeddedInvoiceXml } from "./read-embedded-invoice-xml";

const CII = `<?xml version="1.0" encoding="UTF-8"?>
<!-- made by a test -->
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"><rsm:ExchangedDocument/></rsm:CrossIndustryInvoice>`;

async function makePdf(attachments: { name: string; content: string | Uint8Array }[] = []) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText("Invoice 42", { x: 50, y: 780, size: 12, font });
  for (const { name, content } of attachments) {
    await pdf.attach(typeof content === "string" ? new TextEncoder().encode(content) : content, name, { mimeType: "text/xml" });
  }
  return pdf.save();
}

describe("readEmbeddedInvoiceXml", () => {
  it("answers undefined for a PDF without attachments", async () => {
    expect(await readEmbeddedInvoiceXml(await makePdf())).toBeUndefined();
  });

  it("takes the attachment under a standard name, whatever its case, before other XML", async () => {
    const pdf = await makePdf([
      { name: "other.xml", content: CII.replace("<rsm:ExchangedDocument/>", "<!-- other -->") },
      { name: "ZUGFeRD-invoice.xml", content: CII },
    ]);
    expect(await readEmbeddedInvoiceXml(pdf)).toBe(CII);
  });

  it("takes any XML attachment whose root is an invoice, and nothing else", async () => {
    const ubl = `\uFEFF<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>`;
    const pdf = await makePdf([
      { name: "metadata.xml", content: `<?xml version="1.0"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/>` },
      { name: "notes.txt", content: CII },
      { name: "invoice-123.XML", content: ubl },
    ]);
    expect(await readEmbeddedInvoiceXml(pdf)).toBe(ubl.slice(1));
    expect(await readEmbeddedInvoiceXml(await makePdf([{ name: "factur-x.xml", content: "<html><body/></html>" }]))).toBeUndefined();
  });

  it("decodes the declared encoding", async () => {
    const latin1 = Uint8Array.from(`<?xml version="1.0" encoding="ISO-8859-1"?><Invoice><Name>M\u00fcller</Name></Invoice>`, (char) =>
      char.charCodeAt(0),
    );
    expect(await readEmbeddedInvoiceXml(await makePdf([{ name: "xrechnung.xml", content: latin1 }]))).toContain("Müller");
  });

  it("ignores an attachment over the size cap", async () => {
    const big = CII.replace("<rsm:ExchangedDocument/>", `<!-- ${"x".repeat(MAX_EINVOICE_XML_SIZE)} -->`);
    expect(await readEmbeddedInvoiceXml(await makePdf([{ name: "factur-x.xml", content: big }]))).toBeUndefined();
  });

  it("throws DocumentError for a file that isn't a PDF", async () => {
    await expect(readEmbeddedInvoiceXml(new TextEncoder().encode("%PDF-1.7\nnot really"))).rejects.toBeInstanceOf(DocumentError);
  });
});
