import { describe, expect, it } from "vitest";
import { adminCommand, api, createOrgWithKey } from "../support/api";
import { makeDecompressionBombPdf, makeEmptyPdf, makeEncryptedPdf, makePngHeader } from "../support/bad-documents";
import { createInvoiceSchema, makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";

async function setup() {
  const org = await createOrgWithKey();
  return { ...org, schemaId: await createInvoiceSchema(org.key) };
}

describe("POST /api/v1/documents/upload – refused at the door", () => {
  it("answers 422 without a file", async () => {
    const { key, schemaId } = await setup();
    const form = new FormData();
    form.append("schema_id", schemaId);
    const response = await api("/api/v1/documents/upload", { key, method: "POST", body: form });
    expect(response.status).toBe(422);
    expect(response.body.errors.file).toBeDefined();
  });

  it("answers 422 for an empty file", async () => {
    const { key, schemaId } = await setup();
    const response = await uploadDocument({ key, schemaId, file: Buffer.alloc(0) });
    expect(response.status).toBe(422);
    expect(response.body.detail).toBe("The file is empty.");
  });

  it("answers 413 for a file over the size limit", async () => {
    const { key, schemaId } = await setup();
    const big = Buffer.concat([await makeInvoicePdf(), Buffer.alloc(3 * 1024 * 1024, 32)]);
    const response = await uploadDocument({ key, schemaId, file: big });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe("payload_too_large");
  });

  it("answers 415 for an executable renamed .pdf", async () => {
    const { key, schemaId } = await setup();
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "binary"), Buffer.alloc(2048, 0)]);
    const response = await uploadDocument({ key, schemaId, file: exe, filename: "invoice.pdf", contentType: "application/pdf" });
    expect(response.status).toBe(415);
    expect(response.body.detail).toMatch(/PDF, JPEG, PNG or TIFF/);
  });

  it("refuses a 20000×20000 image before decoding it", async () => {
    const { key, schemaId } = await setup();
    // A real PNG header that claims 20000×20000 pixels: decoding it would need 1.2 GB.
    const bomb = makePngHeader(20000, 20000);
    const response = await uploadDocument({ key, schemaId, file: bomb, filename: "bomb.png", contentType: "image/png" });
    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/20000×20000/);
  });

  it("answers 404 for an unknown or another organization's schema, 409 for an archived one, 422 without schema_id", async () => {
    const { key, orgId } = await setup();
    const stranger = await setup();
    const pdf = await makeInvoicePdf();
    expect((await uploadDocument({ key, file: pdf, schemaId: "sch_doesnotexist" })).status).toBe(404);
    const foreign = await uploadDocument({ key, file: pdf, schemaId: stranger.schemaId });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ detail: "Schema not found.", code: "not_found" });
    const archivedId = await createInvoiceSchema(key);
    await api(`/api/v1/schemas/${archivedId}`, { key, method: "DELETE" });
    const archived = await uploadDocument({ key, file: pdf, schemaId: archivedId, organizationId: orgId });
    expect(archived.status).toBe(409);
    expect(archived.body.detail).toMatch(/archived/);
    const missing = await uploadDocument({ key, file: pdf });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.schema_id).toBeDefined();
  });

  it("answers 403 when organization_id is not the key's organization", async () => {
    const { key, schemaId } = await setup();
    const other = await setup();
    const response = await uploadDocument({ key, file: await makeInvoicePdf(), schemaId, organizationId: other.orgId });
    expect(response.status).toBe(403);
    expect(response.body.detail).toMatch(/organization_id/);
  });

  it("answers 415 for a body that is not multipart", async () => {
    const { key } = await setup();
    const response = await api("/api/v1/documents/upload", { key, method: "POST", json: { schema_id: "x" } });
    expect(response.status).toBe(415);
  });
});

describe("documents that fail in the pipeline with an error code", () => {
  it.each([
    ["a file that starts with %PDF but isn't one", () => Buffer.from("%PDF-1.7\nthis is not a pdf at all\n"), "invalid_pdf"],
    ["a truncated PDF", async () => (await makeInvoicePdf()).subarray(0, 400), "invalid_pdf"],
    ["an encrypted PDF", makeEncryptedPdf, "encrypted_pdf"],
    ["a PDF with 0 pages", makeEmptyPdf, "empty_document"],
    ["a PDF whose attachment decompresses to 128 MB", makeDecompressionBombPdf, "invalid_pdf"],
    [
      "a corrupt TIFF",
      () => Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]), Buffer.alloc(600, 0xab)]),
      "corrupt_image",
    ],
  ])("%s", async (_label, makeFile, code) => {
    const { key, schemaId } = await setup();
    const file = await makeFile();
    const upload = await uploadDocument({ key, schemaId, file, filename: "bad.bin", contentType: "application/octet-stream" });
    expect(upload.status, JSON.stringify(upload.body)).toBe(202);
    const status = await waitForDocument(key, upload.body.document_id);
    expect(status.status).toBe("failed");
    expect(status.error.code).toBe(code);
    expect(status.error.message.length).toBeGreaterThan(5);
    const job = await api(`/api/v1/jobs/${upload.body.job_id}`, { key });
    expect(job.body).toMatchObject({ status: "failed", failed_count: 1, processed_count: 0 });
    // The server is still up and still processes good documents.
    const good = await uploadDocument({ key, schemaId, file: await makeInvoicePdf() });
    expect((await waitForDocument(key, good.body.document_id)).status).toBe("completed");
  });
});

describe("tenancy and lifecycle", () => {
  it("hides documents and jobs from the other environment and other organizations", async () => {
    const { key, orgId, schemaId } = await setup();
    const upload = await uploadDocument({ key, schemaId, file: await makeInvoicePdf() });
    const live = await adminCommand<{ key: string }>({ command: "key.create", org: orgId, env: "live", name: "live" });
    const stranger = await setup();
    for (const otherKey of [live.key, stranger.key]) {
      for (const path of [
        `/api/v1/documents/${upload.body.document_id}`,
        `/api/v1/documents/${upload.body.document_id}/status`,
        `/api/v1/documents/${upload.body.document_id}/file`,
        `/api/v1/jobs/${upload.body.job_id}`,
      ]) {
        expect((await api(path, { key: otherKey })).status, path).toBe(404);
      }
      expect((await api(`/api/v1/documents/${upload.body.document_id}`, { key: otherKey, method: "DELETE" })).status).toBe(404);
      expect((await api("/api/v1/documents", { key: otherKey })).body.data).toEqual([]);
    }
  });

  it("lists with filters and deletes a document with its file", async () => {
    const { key, schemaId } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await uploadDocument({ key, schemaId, file: await makeInvoicePdf(), filename: `inv-${i}.pdf` })).body.document_id);
    for (const id of ids) await waitForDocument(key, id);
    const page = await api("/api/v1/documents?limit=2&status=completed", { key });
    expect(page.body.data.map((document: { id: string }) => document.id)).toEqual([ids[2], ids[1]]);
    const next = await api(`/api/v1/documents?limit=2&starting_after=${page.body.next_cursor}`, { key });
    expect(next.body.data.map((document: { id: string }) => document.id)).toEqual([ids[0]]);
    expect((await api(`/api/v1/documents?schema_id=${schemaId}&status=failed`, { key })).body.data).toEqual([]);
    expect((await api("/api/v1/documents?status=done", { key })).status).toBe(422);

    const deleted = await api(`/api/v1/documents/${ids[0]}`, { key, method: "DELETE" });
    expect(deleted.status).toBe(200);
    expect((await api(`/api/v1/documents/${ids[0]}`, { key })).status).toBe(404);
    expect((await api(`/api/v1/documents/${ids[0]}/file`, { key })).status).toBe(404);
  });

  it("replays the first response for a repeated Idempotency-Key and refuses it with another body", async () => {
    const { key, schemaId } = await setup();
    const pdf = await makeInvoicePdf();
    const headers = { "Idempotency-Key": `idem-${Date.now()}` };
    const first = await uploadDocument({ key, schemaId, file: pdf, headers });
    const again = await uploadDocument({ key, schemaId, file: pdf, headers });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    const other = await uploadDocument({ key, schemaId, file: await makeInvoicePdf({ invoiceNumber: "INV-9" }), headers });
    expect(other.status).toBe(409);
    expect(other.body.detail).toMatch(/different request body/);
  });

  it("survives 50 concurrent uploads", async () => {
    const { key, schemaId } = await setup();
    const pdf = await makeInvoicePdf();
    const uploads = await Promise.all(
      Array.from({ length: 50 }, (_, i) => uploadDocument({ key, schemaId, file: pdf, filename: `c-${i}.pdf` })),
    );
    expect(uploads.map((upload) => upload.status)).toEqual(Array(50).fill(202));
    // Poll like a considerate client: one list call per round, not fifty status calls.
    const ids = new Set(uploads.map((upload) => upload.body.document_id));
    let completed = 0;
    for (const deadline = Date.now() + 150_000; Date.now() < deadline && completed < ids.size; ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const page = await api("/api/v1/documents?limit=100&status=completed", { key });
      completed = page.body.data.filter((document: { id: string }) => ids.has(document.id)).length;
    }
    expect(completed).toBe(50);
    expect((await api("/api/health")).status).toBe(200);
  }, 180_000);
});
