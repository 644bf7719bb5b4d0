import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { api, baseUrl, createOrgWithKey } from "../support/api";
import { createInvoiceSchema, makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";
import { makeScannedImage } from "../support/scans";

// GET /api/v1/documents/{id}/pages/{page}/image: the page a reviewer sees, with field boxes that must land on the values.

async function processed(file: Buffer, filename: string, contentType: string) {
  const { key } = await createOrgWithKey();
  const schemaId = await createInvoiceSchema(key);
  const upload = await uploadDocument({ key, schemaId, file, filename, contentType });
  expect(upload.status).toBe(202);
  const documentId = upload.body.document_id as string;
  expect((await waitForDocument(key, documentId, 90_000)).status).toBe("completed");
  const document = await api(`/api/v1/documents/${documentId}`, { key });
  return { key, documentId, fields: document.body.field_values as Array<{ field_key: string; bbox: Record<string, number> | null }> };
}

async function pageImage(key: string, documentId: string, query = "") {
  const response = await fetch(`${baseUrl()}/api/v1/documents/${documentId}/pages/1/image${query}`, { headers: { "X-API-Key": key } });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Mean brightness (0 black – 255 white) of the image inside a 0..1 box. */
async function brightnessInside(jpeg: Buffer, box: Record<string, number>) {
  const { width = 0, height = 0 } = await sharp(jpeg).metadata();
  const region = { left: Math.floor(box.x0 * width), top: Math.floor(box.y0 * height) };
  const size = { width: Math.max(1, Math.ceil((box.x1 - box.x0) * width)), height: Math.max(1, Math.ceil((box.y1 - box.y0) * height)) };
  // Pixels first: sharp's stats() reads the whole input image, not the extracted region.
  const pixels = await sharp(jpeg)
    .extract({ ...region, ...size })
    .grayscale()
    .raw()
    .toBuffer();
  return pixels.reduce((sum, value) => sum + value, 0) / pixels.length;
}

describe("page preview", () => {
  it("renders a PDF page as a JPEG on which each value's box covers printed ink", async () => {
    const { key, documentId, fields } = await processed(await makeInvoicePdf(), "invoice.pdf", "application/pdf");
    const { response, bytes } = await pageImage(key, documentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect((await sharp(bytes).metadata()).width).toBe(1000);
    const invoiceNumber = fields.find((field) => field.field_key === "invoice_number")!;
    expect(await brightnessInside(bytes, invoiceNumber.bbox!)).toBeLessThan(220);
    // A blank stretch of the same page, for contrast.
    expect(await brightnessInside(bytes, { x0: 0.1, y0: 0.5, x1: 0.4, y1: 0.55 })).toBeGreaterThan(250);
  }, 120_000);

  it("shows a scan photographed upside down turned the way it was read, so the boxes still land on the values", async () => {
    const scan = await sharp(await makeScannedImage(await makeInvoicePdf(), "jpeg"))
      .rotate(180)
      .jpeg({ quality: 85 })
      .toBuffer();
    const { key, documentId, fields } = await processed(scan, "upside-down.jpg", "image/jpeg");
    const pages = await api(`/api/v1/documents/${documentId}/pages`, { key });
    expect(pages.body.pages[0].rotation).toBe(180);
    const { response, bytes } = await pageImage(key, documentId, "?width=800");
    expect(response.status).toBe(200);
    expect((await sharp(bytes).metadata()).width).toBe(800);
    const invoiceNumber = fields.find((field) => field.field_key === "invoice_number")!;
    expect(await brightnessInside(bytes, invoiceNumber.bbox!)).toBeLessThan(220);
  }, 120_000);

  it("levels a scan photographed 3° askew: the boxes are level, and so is the page shown under them", async () => {
    const scan = await sharp(await makeScannedImage(await makeInvoicePdf(), "jpeg"))
      .rotate(3, { background: "#ffffff" })
      .jpeg({ quality: 85 })
      .toBuffer();
    const { key, documentId, fields } = await processed(scan, "askew.jpg", "image/jpeg");
    const pages = await api(`/api/v1/documents/${documentId}/pages`, { key });
    expect(pages.body.pages[0].rotation).toBe(0);
    expect(pages.body.pages[0].skew).toBeGreaterThan(2);
    expect(pages.body.pages[0].skew).toBeLessThan(4);
    const { bytes } = await pageImage(key, documentId);
    for (const key of ["invoice_number", "total_amount"]) {
      const field = fields.find((candidate) => candidate.field_key === key)!;
      expect(await brightnessInside(bytes, field.bbox!), key).toBeLessThan(220);
    }
  }, 120_000);

  it("renders every page of a multi-page document, and no page past its last", async () => {
    const { key, documentId } = await processed(await makeInvoicePdf({ pages: 2 }), "two-pages.pdf", "application/pdf");
    const second = await fetch(`${baseUrl()}/api/v1/documents/${documentId}/pages/2/image?width=400`, { headers: { "X-API-Key": key } });
    expect(second.status).toBe(200);
    expect((await sharp(Buffer.from(await second.arrayBuffer())).metadata()).width).toBe(400);
    expect((await api(`/api/v1/documents/${documentId}/pages/3/image`, { key })).status).toBe(404);
  }, 120_000);

  it("answers 422 for a bad width, 404 for a page or document it doesn't have, 401 without a key", async () => {
    const { key, documentId } = await processed(await makeInvoicePdf(), "invoice.pdf", "application/pdf");
    const narrow = await api(`/api/v1/documents/${documentId}/pages/1/image?width=50`, { key });
    expect(narrow.status).toBe(422);
    expect(narrow.body.detail).toMatch(/width/);
    expect((await api(`/api/v1/documents/${documentId}/pages/2/image`, { key })).status).toBe(404);
    expect((await api(`/api/v1/documents/${documentId}/pages/0/image`, { key })).status).toBe(422);
    const other = await createOrgWithKey();
    expect((await api(`/api/v1/documents/${documentId}/pages/1/image`, { key: other.key })).status).toBe(404);
    expect((await api(`/api/v1/documents/${documentId}/pages/1/image`)).status).toBe(401);
  }, 120_000);
});
