import { beforeAll, describe, expect, it } from "vitest";
import { adminCommand, api, createOrgWithKey } from "../support/api";
import { createInvoiceSchema, makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";

// GET /api/v1/search over HTTP: real uploads through the pipeline, then Postgres full-text search.
type TResult = { document_id: string; name: string; snippet: string; highlights: { start: number; end: number }[]; rank: number };

const highlighted = (result: TResult) =>
  result.highlights.map((range) => Array.from(result.snippet).slice(range.start, range.end).join(""));

async function uploadAndWait(key: string, schemaId: string, file: Buffer, filename: string) {
  const upload = await uploadDocument({ key, file, schemaId, filename });
  expect(upload.status).toBe(202);
  const status = await waitForDocument(key, upload.body.document_id, 120_000);
  expect(status.status).toBe("completed");
  return upload.body.document_id as string;
}

describe("GET /api/v1/search", () => {
  let key: string;
  let once: string;
  let thrice: string;
  let numbered: string;
  let liveDocument: string;
  let otherOrgDocument: string;

  beforeAll(async () => {
    const org = await createOrgWithKey();
    key = org.key;
    const schemaId = await createInvoiceSchema(key);
    const live = await adminCommand<{ key: string }>({ command: "key.create", org: org.orgId, env: "live", name: "live key" });
    const other = await createOrgWithKey();
    const otherSchemaId = await createInvoiceSchema(other.key);

    once = await uploadAndWait(key, schemaId, await makeInvoicePdf({ vendor: "Zyxquorp" }), "once.pdf");
    thrice = await uploadAndWait(key, schemaId, await makeInvoicePdf({ vendor: "Zyxquorp Zyxquorp Zyxquorp" }), "thrice.pdf");
    numbered = await uploadAndWait(
      key,
      schemaId,
      await makeInvoicePdf({ invoiceNumber: "ZQ-90210-77", vendor: "Plainco" }),
      "numbered.pdf",
    );
    liveDocument = await uploadAndWait(live.key, schemaId, await makeInvoicePdf({ vendor: "Zyxquorp" }), "live.pdf");
    otherOrgDocument = await uploadAndWait(other.key, otherSchemaId, await makeInvoicePdf({ vendor: "Zyxquorp" }), "other.pdf");
  }, 600_000);

  it("ranks the environment's matches by relevance, with a plain-text snippet and highlight ranges", async () => {
    const response = await api("/api/v1/search?q=zyxquorp", { key });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(["data", "has_more", "next_cursor"]);
    expect(response.body.has_more).toBe(false);
    expect(response.body.next_cursor).toBeNull();
    const ids = response.body.data.map((result: TResult) => result.document_id);
    // The live document and the other organization's are never included.
    expect(ids).toEqual([thrice, once]);
    expect(ids).not.toContain(liveDocument);
    expect(ids).not.toContain(otherOrgDocument);

    const [first, second] = response.body.data;
    expect(Object.keys(first).sort()).toEqual([
      "created_at",
      "document_id",
      "highlights",
      "name",
      "rank",
      "schema_id",
      "snippet",
      "status",
    ]);
    expect(first).toMatchObject({ name: "thrice.pdf", status: "completed" });
    expect(first.rank).toBeGreaterThan(second.rank);
    expect(second.rank).toBeGreaterThan(0);
    expect(second.snippet).toContain("Vendor: Zyxquorp");
    expect(highlighted(second)).toEqual(["Zyxquorp"]);
    expect(highlighted(first)).toEqual(["Zyxquorp", "Zyxquorp", "Zyxquorp"]);
    expect(first.snippet).not.toMatch(/<\/?mark>/);
  });

  it("searches the other environment and organization only with their own keys", async () => {
    const otherEnvironment = await createOrgWithKey({ env: "live" });
    const response = await api("/api/v1/search?q=zyxquorp", { key: otherEnvironment.key });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: [], has_more: false, next_cursor: null });
  });

  it("finds a document by its invoice number, and by a corrected field value that isn't in its text", async () => {
    const byNumber = await api(`/api/v1/search?q=${encodeURIComponent("ZQ-90210-77")}`, { key });
    expect(byNumber.body.data.map((result: TResult) => result.document_id)).toEqual([numbered]);
    expect(highlighted(byNumber.body.data[0])).toEqual(["ZQ-90210-77"]);

    const corrected = await api(`/api/v1/documents/${numbered}/fields/invoice_number`, {
      key,
      method: "PATCH",
      json: { value: "QK-55821-X" },
    });
    expect(corrected.status).toBe(200);
    const byField = await api(`/api/v1/search?q=${encodeURIComponent("QK-55821-X")}`, { key });
    expect(byField.status).toBe(200);
    expect(byField.body.data).toHaveLength(1);
    expect(byField.body.data[0]).toMatchObject({ document_id: numbered, snippet: "Invoice Number: QK-55821-X" });
    expect(highlighted(byField.body.data[0])).toEqual(["QK-55821-X"]);
  });

  it("supports web-search syntax: phrases and exclusions", async () => {
    const phrase = await api(`/api/v1/search?q=${encodeURIComponent('"vendor plainco"')}`, { key });
    expect(phrase.body.data.map((result: TResult) => result.document_id)).toEqual([numbered]);
    const excluded = await api(`/api/v1/search?q=${encodeURIComponent("zyxquorp -thrice.pdf")}`, { key });
    expect(excluded.body.data.map((result: TResult) => result.document_id)).toEqual([once]);
  });

  it("pages with limit and an opaque cursor tied to its query", async () => {
    const first = await api("/api/v1/search?q=zyxquorp&limit=1", { key });
    expect(first.body.data.map((result: TResult) => result.document_id)).toEqual([thrice]);
    expect(first.body.has_more).toBe(true);
    expect(typeof first.body.next_cursor).toBe("string");
    const second = await api(`/api/v1/search?q=zyxquorp&limit=1&starting_after=${first.body.next_cursor}`, { key });
    expect(second.body.data.map((result: TResult) => result.document_id)).toEqual([once]);
    expect(second.body).toMatchObject({ has_more: false, next_cursor: null });

    const otherQuery = await api(`/api/v1/search?q=plainco&starting_after=${first.body.next_cursor}`, { key });
    expect(otherQuery.status).toBe(400);
    expect(otherQuery.body).toMatchObject({ code: "bad_request" });
    const garbage = await api("/api/v1/search?q=zyxquorp&starting_after=garbage", { key });
    expect(garbage.status).toBe(400);
    expect(garbage.body).toEqual({ detail: "starting_after is not a cursor returned by this API.", code: "bad_request" });
  });

  it("returns no results for a query without searchable words, and 200 for 500 characters", async () => {
    const symbols = await api(`/api/v1/search?q=${encodeURIComponent("!!! ???")}`, { key });
    expect(symbols.status).toBe(200);
    expect(symbols.body).toEqual({ data: [], has_more: false, next_cursor: null });
    const longest = await api(`/api/v1/search?q=${"a".repeat(500)}`, { key });
    expect(longest.status).toBe(200);
  });

  it.each([
    ["no q", "", "q"],
    ["an empty q", "?q=", "q"],
    ["a blank q", "?q=%20%20%20", "q"],
    ["a q of 501 characters", `?q=${"a".repeat(501)}`, "q"],
    ["limit 0", "?q=zyxquorp&limit=0", "limit"],
    ["limit 101", "?q=zyxquorp&limit=101", "limit"],
  ])("answers 422 for %s", async (_name, query, field) => {
    const response = await api(`/api/v1/search${query}`, { key });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("unprocessable_entity");
    expect(Object.keys(response.body.errors)).toEqual([field]);
  });

  it("needs an API key or a session", async () => {
    const response = await api("/api/v1/search?q=zyxquorp");
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ detail: "Invalid or missing API key", code: "unauthorized" });
  });
});
