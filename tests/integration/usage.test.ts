import { describe, expect, it } from "vitest";
import { adminCommand, api, createOrgWithKey } from "../support/api";
import { makeEmptyPdf } from "../support/bad-documents";
import { createInvoiceSchema, makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";

// GET /api/v1/usage over HTTP: metering happens when the pipeline completes a document.
const addDays = (day: string, count: number) => new Date(Date.parse(`${day}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);

async function upload(key: string, schemaId: string, file: Buffer) {
  const response = await uploadDocument({ key, file, schemaId });
  expect(response.status).toBe(202);
  return waitForDocument(key, response.body.document_id, 120_000);
}

describe("GET /api/v1/usage", () => {
  it("zero-fills the last 30 days, then counts completed documents and their pages per environment", async () => {
    const { key, orgId } = await createOrgWithKey();
    const empty = await api("/api/v1/usage", { key });
    expect(empty.status).toBe(200);
    expect(Object.keys(empty.body).sort()).toEqual(["days", "environment", "from", "to", "totals"]);
    expect(empty.body).toMatchObject({ environment: "test", totals: { documents: 0, pages: 0 } });
    // `to` is today (UTC) on the server; the test doesn't assume its clock agrees to the day.
    expect(Math.abs(Date.parse(empty.body.to) - Date.now())).toBeLessThan(2 * 86_400_000);
    expect(empty.body.from).toBe(addDays(empty.body.to, -29));
    expect(empty.body.days).toHaveLength(30);
    expect(empty.body.days[0]).toEqual({ day: empty.body.from, documents: 0, pages: 0 });
    expect(empty.body.days.at(-1)).toEqual({ day: empty.body.to, documents: 0, pages: 0 });

    const schemaId = await createInvoiceSchema(key);
    expect((await upload(key, schemaId, await makeInvoicePdf({ pages: 2 }))).status).toBe("completed");
    expect((await upload(key, schemaId, await makeInvoicePdf())).status).toBe("completed");
    // A failed document isn't metered.
    expect((await upload(key, schemaId, await makeEmptyPdf())).status).toBe("failed");

    const used = await api("/api/v1/usage", { key });
    expect(used.body.totals).toEqual({ documents: 2, pages: 3 });
    expect(used.body.days).toHaveLength(30);
    const active = used.body.days.filter((day: { documents: number }) => day.documents > 0);
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({ documents: 2, pages: 3 });

    const oneDay = await api(`/api/v1/usage?from=${active[0].day}&to=${active[0].day}`, { key });
    expect(oneDay.body).toEqual({
      environment: "test",
      from: active[0].day,
      to: active[0].day,
      totals: { documents: 2, pages: 3 },
      days: [{ day: active[0].day, documents: 2, pages: 3 }],
    });

    // The same organization's live environment, and another organization, have their own counts.
    const live = await adminCommand<{ key: string }>({ command: "key.create", org: orgId, env: "live", name: "live key" });
    const liveUsage = await api("/api/v1/usage", { key: live.key });
    expect(liveUsage.body).toMatchObject({ environment: "live", totals: { documents: 0, pages: 0 } });
    const other = await createOrgWithKey();
    expect((await api("/api/v1/usage", { key: other.key })).body.totals).toEqual({ documents: 0, pages: 0 });
  });

  it("takes an explicit period, days in order, zero-filled", async () => {
    const { key } = await createOrgWithKey();
    const response = await api("/api/v1/usage?from=2024-02-27&to=2024-03-02", { key });
    expect(response.status).toBe(200);
    expect(response.body.days.map((day: { day: string }) => day.day)).toEqual([
      "2024-02-27",
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
      "2024-03-02",
    ]);
    expect(response.body.totals).toEqual({ documents: 0, pages: 0 });
  });

  it.each([
    ["a date that doesn't exist", "?from=2025-02-29&to=2025-03-01", "from"],
    ["a date-time", "?to=2025-03-01T00:00:00Z", "to"],
    ["from after to", "?from=2025-03-02&to=2025-03-01", "from"],
    ["more than 366 days", "?from=2024-01-01&to=2025-01-01", "from"],
  ])("answers 422 for %s", async (_name, query, field) => {
    const { key } = await createOrgWithKey();
    const response = await api(`/api/v1/usage${query}`, { key });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe("unprocessable_entity");
    expect(Object.keys(response.body.errors)).toEqual([field]);
  });
});
