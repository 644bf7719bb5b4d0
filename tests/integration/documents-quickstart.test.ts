import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { api, baseUrl, createOrgWithKey } from "../support/api";
import { createInvoiceSchema, makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";
import { makeScannedImage } from "../support/scans";

// The contract's quickstart, Steps 2–4, over HTTP, exactly as documented.
describe("quickstart: upload → poll → fetch", () => {
  it("extracts the contract's invoice fields from a born-digital PDF", async () => {
    const { key, orgId } = await createOrgWithKey();
    const schemaId = await createInvoiceSchema(key);
    const pdf = await makeInvoicePdf();
    const upload = await uploadDocument({ key, file: pdf, schemaId, organizationId: orgId });
    expect(upload.status).toBe(202);
    expect(Object.keys(upload.body).sort()).toEqual(["document_id", "job_id"]);
    expect(upload.body.document_id).toMatch(/^[a-z0-9]{20}$/);
    expect(upload.body.job_id).toMatch(/^[a-z0-9]{20}$/);

    const status = await waitForDocument(key, upload.body.document_id);
    expect(status).toMatchObject({
      document_id: upload.body.document_id,
      status: "completed",
      extraction_progress: 100,
      fields_extracted: 3,
    });
    expect(
      Object.keys(status)
        .filter((name) => name !== "seenProgress")
        .sort(),
    ).toEqual(["document_id", "extraction_progress", "fields_extracted", "status"]);

    const document = await api(`/api/v1/documents/${upload.body.document_id}`, { key });
    expect(document.status).toBe(200);
    expect(document.body).toMatchObject({
      id: upload.body.document_id,
      name: "invoice.pdf",
      status: "completed",
      schema_id: schemaId,
      schema_version: 1,
      job_id: upload.body.job_id,
      page_count: 1,
    });
    const byKey = Object.fromEntries(document.body.field_values.map((field: { field_key: string }) => [field.field_key, field]));
    expect(byKey.invoice_number).toMatchObject({
      field_name: "Invoice Number",
      value: "INV-2024-0042",
      was_inferred: false,
      manually_edited: false,
      page: 1,
    });
    expect(byKey.vendor_name).toMatchObject({ field_name: "Vendor Name", value: "Acme Corp", was_inferred: false });
    expect(byKey.total_amount).toMatchObject({ field_name: "Total Amount", value: "4,200.00", normalized_value: 4200 });
    for (const field of document.body.field_values) {
      expect(field.confidence).toBeGreaterThan(0.5);
      expect(field.confidence).toBeLessThanOrEqual(1);
      expect(field.bbox.x0).toBeGreaterThanOrEqual(0);
      expect(field.bbox.x1).toBeLessThanOrEqual(1);
    }

    expect(byKey.invoice_number.source).toBe("layout");
    const pages = await api(`/api/v1/documents/${upload.body.document_id}/pages`, { key });
    expect(pages.status).toBe(200);
    expect(pages.body.pages).toHaveLength(1);
    expect(pages.body.pages[0]).toMatchObject({ page: 1, source: "text_layer", rotation: 0 });
    expect(pages.body.pages[0].text).toContain("Invoice Number: INV-2024-0042");
    expect(pages.body.pages[0].lines[0].words[0].box.x0).toBeGreaterThanOrEqual(0);

    const job = await api(`/api/v1/jobs/${upload.body.job_id}`, { key });
    expect(job.body).toMatchObject({ status: "completed", document_count: 1, processed_count: 1, failed_count: 0 });

    const file = await fetch(`${baseUrl()}/api/v1/documents/${upload.body.document_id}/file`, {
      headers: { "X-API-Key": key },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it("extracts the same fields from a scan of the invoice (JPEG, OCR)", async () => {
    const { key } = await createOrgWithKey();
    const schemaId = await createInvoiceSchema(key);
    const scan = await makeScannedImage(await makeInvoicePdf(), "jpeg");
    await expectContractFieldsFromScan(key, schemaId, scan);
  });

  it("reads a scan that was fed upside down, and says it turned the page", async () => {
    const { key } = await createOrgWithKey();
    const schemaId = await createInvoiceSchema(key);
    const upright = await makeScannedImage(await makeInvoicePdf(), "jpeg");
    const upsideDown = await sharp(upright).rotate(180).jpeg({ quality: 85 }).toBuffer();
    const documentId = await expectContractFieldsFromScan(key, schemaId, upsideDown);
    const pages = await api(`/api/v1/documents/${documentId}/pages`, { key });
    expect(pages.body.pages[0]).toMatchObject({ source: "ocr", rotation: 180 });
  });
});

/** Uploads a JPEG scan of the contract's invoice and expects its three fields, as printed; returns the document id. */
async function expectContractFieldsFromScan(key: string, schemaId: string, scan: Buffer): Promise<string> {
  const upload = await uploadDocument({ key, file: scan, filename: "scan.jpg", contentType: "image/jpeg", schemaId });
  expect(upload.status).toBe(202);
  const status = await waitForDocument(key, upload.body.document_id, 120_000);
  expect(status.status).toBe("completed");
  const document = await api(`/api/v1/documents/${upload.body.document_id}`, { key });
  const values = Object.fromEntries(
    document.body.field_values.map((field: { field_key: string; value: string }) => [field.field_key, field.value]),
  );
  expect(values).toEqual({ invoice_number: "INV-2024-0042", vendor_name: "Acme Corp", total_amount: "4,200.00" });
  return upload.body.document_id;
}
