import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";
import { makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";

const CORPUS_PDF = path.resolve(import.meta.dirname, "../..", "../shared/datasets/zugferd-corpus/ZUGFeRD_1p0_COMFORT_Einfach.pdf");
const hasCorpus = existsSync(CORPUS_PDF);
if (!hasCorpus) console.warn(`Skipping the ZUGFeRD upload test: ${CORPUS_PDF} is not present next to the repository.`);

const SCHEMA_FIELDS = [
  { key: "invoice_number", name: "Invoice Number", type: "text" },
  { key: "total_amount", name: "Total Amount", type: "number" },
  // In the XML too, but not a field we read from it: it comes from the page.
  { key: "iban", name: "IBAN", type: "text" },
];

async function extract(file: Buffer) {
  const { key } = await createOrgWithKey();
  const schema = await api("/api/v1/schemas", { key, method: "POST", json: { name: "E-invoices", fields: SCHEMA_FIELDS } });
  expect(schema.status).toBe(201);
  const upload = await uploadDocument({ key, file, schemaId: schema.body.id });
  expect(upload.status).toBe(202);
  const status = await waitForDocument(key, upload.body.document_id);
  expect(status.status).toBe("completed");
  const document = await api(`/api/v1/documents/${upload.body.document_id}`, { key });
  // biome-ignore lint/suspicious/noExplicitAny: response fields are asserted one by one
  return Object.fromEntries(document.body.field_values.map((field: any) => [field.field_key, field]));
}

describe("e-invoices embedded in PDFs", () => {
  it.skipIf(!hasCorpus)("reads a ZUGFeRD invoice's fields from its XML and the rest from the page", async () => {
    const fields = await extract(await readFile(CORPUS_PDF));
    expect(fields.invoice_number).toMatchObject({
      value: "471102",
      normalized_value: "471102",
      confidence: 1,
      was_inferred: false,
      source: "einvoice",
    });
    // The page prints "529,87"; the value is the XML's.
    expect(fields.total_amount).toMatchObject({ value: "529.87", normalized_value: 529.87, confidence: 1, source: "einvoice" });
    // Printed on the page too, so it keeps where.
    expect(fields.total_amount.page).toBe(1);
    expect(fields.total_amount.bbox).not.toBeNull();
    expect(fields.iban).toMatchObject({ value: "DE08 7009 0100 1234 5678 90", source: "layout" });
    expect(fields.iban.confidence).toBeLessThan(1);
  });

  it("ignores a broken or hostile e-invoice attachment and reads the page", async () => {
    const pdf = await PDFDocument.load(await makeInvoicePdf());
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "${"a".repeat(5000)}">]><rsm:CrossIndustryInvoice xmlns:rsm="urn:x"><rsm:ExchangedDocument><ram:ID>&a;&a;&a;</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>`;
    await pdf.attach(new TextEncoder().encode(bomb), "factur-x.xml", { mimeType: "text/xml" });
    await pdf.attach(new TextEncoder().encode("<rsm:CrossIndustryInvoice><ram:ID>1</rsm:Cross"), "other.xml", { mimeType: "text/xml" });
    const fields = await extract(Buffer.from(await pdf.save()));
    expect(fields.invoice_number).toMatchObject({ value: "INV-2024-0042", source: "layout" });
    expect(fields.total_amount).toMatchObject({ normalized_value: 4200, source: "layout" });
  });
});
