import { describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";

const INVOICE_FIELDS = [
  { key: "invoice_number", name: "Invoice Number", type: "text", aliases: ["Invoice #", "Inv. No."] },
  { key: "vendor_name", name: "Vendor Name", type: "text" },
  { key: "total_amount", name: "Total Amount", type: "number", required: true },
];

describe("POST /api/v1/schemas", () => {
  it("creates a schema with its fields in order, version 1", async () => {
    const { key } = await createOrgWithKey();
    const response = await api("/api/v1/schemas", {
      key,
      method: "POST",
      json: { name: "Invoices", description: "Supplier invoices", fields: INVOICE_FIELDS },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "Invoices", description: "Supplier invoices", version: 1, archived: false });
    expect(response.body.id).toMatch(/^sch_[a-z0-9]{24}$/);
    expect(response.body.fields.map((field: { key: string }) => field.key)).toEqual(["invoice_number", "vendor_name", "total_amount"]);
    expect(response.body.fields[0]).toEqual({
      key: "invoice_number",
      name: "Invoice Number",
      type: "text",
      description: null,
      required: false,
      aliases: ["Invoice #", "Inv. No."],
      options: null,
    });
    expect(response.headers.get("location")).toBe(`/api/v1/schemas/${response.body.id}`);
    expect(Date.parse(response.body.created_at)).not.toBeNaN();
  });

  it.each([
    ["duplicate keys", { name: "x", fields: [INVOICE_FIELDS[0], INVOICE_FIELDS[0]] }, "fields.1.key"],
    ["invalid key characters", { name: "x", fields: [{ key: "Total Amount", name: "T", type: "text" }] }, "fields.0.key"],
    ["no fields", { name: "x", fields: [] }, "fields"],
    [
      "more than 100 fields",
      { name: "x", fields: Array.from({ length: 101 }, (_, i) => ({ key: `f${i}`, name: `F${i}`, type: "text" })) },
      "fields",
    ],
    ["an enum without options", { name: "x", fields: [{ key: "c", name: "C", type: "enum" }] }, "fields.0.options"],
    ["an unknown type", { name: "x", fields: [{ key: "c", name: "C", type: "money" }] }, "fields.0.type"],
    ["a 10,000-character name", { name: "n".repeat(10_000), fields: INVOICE_FIELDS }, "name"],
  ])("answers 422 with per-field errors for %s", async (_label, body, path) => {
    const { key } = await createOrgWithKey();
    const response = await api("/api/v1/schemas", { key, method: "POST", json: body });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("unprocessable_entity");
    expect(typeof response.body.detail).toBe("string");
    expect(response.body.errors[path]).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it("answers 400 for malformed JSON", async () => {
    const { key } = await createOrgWithKey();
    const response = await api("/api/v1/schemas", {
      key,
      method: "POST",
      body: "{not json",
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ detail: "The request body is not valid JSON.", code: "bad_request" });
  });
});

describe("GET /api/v1/schemas", () => {
  it("pages newest first with a cursor and hides archived schemas unless asked", async () => {
    const { key } = await createOrgWithKey();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await api("/api/v1/schemas", { key, method: "POST", json: { name: `S${i}`, fields: INVOICE_FIELDS } });
      ids.push(created.body.id);
    }
    const first = await api("/api/v1/schemas?limit=2", { key });
    expect(first.status).toBe(200);
    expect(first.body.data.map((schema: { id: string }) => schema.id)).toEqual([ids[4], ids[3]]);
    expect(first.body.has_more).toBe(true);
    const second = await api(`/api/v1/schemas?limit=2&starting_after=${first.body.next_cursor}`, { key });
    expect(second.body.data.map((schema: { id: string }) => schema.id)).toEqual([ids[2], ids[1]]);
    const third = await api(`/api/v1/schemas?limit=2&starting_after=${second.body.next_cursor}`, { key });
    expect(third.body.data.map((schema: { id: string }) => schema.id)).toEqual([ids[0]]);
    expect(third.body).toMatchObject({ has_more: false, next_cursor: null });

    await api(`/api/v1/schemas/${ids[2]}`, { key, method: "DELETE" });
    const visible = await api("/api/v1/schemas", { key });
    expect(visible.body.data).toHaveLength(4);
    const all = await api("/api/v1/schemas?include_archived=true", { key });
    expect(all.body.data).toHaveLength(5);
  });

  it("rejects a forged cursor and an out-of-range limit", async () => {
    const { key } = await createOrgWithKey();
    expect((await api("/api/v1/schemas?starting_after=garbage", { key })).status).toBe(400);
    expect((await api("/api/v1/schemas?limit=1000", { key })).status).toBe(422);
  });
});

describe("GET/PATCH/DELETE /api/v1/schemas/{id}", () => {
  it("versions field edits and keeps old versions readable", async () => {
    const { key } = await createOrgWithKey();
    const created = await api("/api/v1/schemas", { key, method: "POST", json: { name: "Invoices", fields: INVOICE_FIELDS } });
    const id = created.body.id;

    const renamed = await api(`/api/v1/schemas/${id}`, { key, method: "PATCH", json: { name: "Supplier invoices" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Supplier invoices", version: 1 });

    const edited = await api(`/api/v1/schemas/${id}`, {
      key,
      method: "PATCH",
      json: { fields: [...INVOICE_FIELDS, { key: "due_date", name: "Due Date", type: "date" }] },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(edited.body.fields).toHaveLength(4);
    expect(edited.body.versions.map((version: { version: number }) => version.version)).toEqual([1, 2]);

    const unchanged = await api(`/api/v1/schemas/${id}`, { key, method: "PATCH", json: { fields: edited.body.fields } });
    expect(unchanged.body.version).toBe(2);

    const old = await api(`/api/v1/schemas/${id}?version=1`, { key });
    expect(old.body.version).toBe(1);
    expect(old.body.fields).toHaveLength(3);
    expect((await api(`/api/v1/schemas/${id}?version=9`, { key })).status).toBe(404);

    const archived = await api(`/api/v1/schemas/${id}`, { key, method: "DELETE" });
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect((await api(`/api/v1/schemas/${id}`, { key })).body.archived).toBe(true);
  });

  it("answers 404 for another organization's schema on every method", async () => {
    const owner = await createOrgWithKey();
    const stranger = await createOrgWithKey();
    const created = await api("/api/v1/schemas", { key: owner.key, method: "POST", json: { name: "Private", fields: INVOICE_FIELDS } });
    const path = `/api/v1/schemas/${created.body.id}`;
    for (const method of ["GET", "PATCH", "DELETE"]) {
      const response = await api(path, { key: stranger.key, method, json: method === "PATCH" ? { name: "Stolen" } : undefined });
      expect(response.status, method).toBe(404);
      expect(response.body).toEqual({ detail: "Schema not found.", code: "not_found" });
    }
    expect((await api(path, { key: owner.key })).body.name).toBe("Private");
  });

  it("serves both environments of the organization", async () => {
    const test = await createOrgWithKey({ env: "test" });
    const created = await api("/api/v1/schemas", { key: test.key, method: "POST", json: { name: "Shared", fields: INVOICE_FIELDS } });
    const live = await import("../support/api").then(({ adminCommand }) =>
      adminCommand<{ key: string }>({ command: "key.create", org: test.orgId, env: "live", name: "live" }),
    );
    const response = await api(`/api/v1/schemas/${created.body.id}`, { key: live.key });
    expect(response.status).toBe(200);
  });
});
