import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { documents, fieldValues, jobs, organizations, schemas } from "@/db/schema";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./parse-headline";
import { createPostgresSearchIndex } from "./postgres-search-index";
import type { TSearchIndex } from "./types";

// The adapter against a real (embedded) Postgres with the app's migrations; the HTTP path is
// covered by tests/integration/search.test.ts.
let handle: DatabaseHandle;
let index: TSearchIndex;
let dataDir: string;

type TSeed = {
  id: string;
  org?: string;
  env?: "live" | "test";
  name?: string;
  text?: string | null;
  fields?: Record<string, string | null>;
  at: string;
};

async function seed(rows: TSeed[]) {
  for (const row of rows) {
    const org = row.org ?? "org_a";
    const env = row.env ?? "test";
    const jobId = `job_${row.id}`;
    await handle.db.insert(jobs).values({ id: jobId, orgId: org, env, schemaId: `sch_${org}`, kind: "upload", documentCount: 1 });
    await handle.db.insert(documents).values({
      id: row.id,
      orgId: org,
      env,
      jobId,
      schemaId: `sch_${org}`,
      schemaVersion: 1,
      name: row.name ?? `${row.id}.pdf`,
      status: "completed",
      fullText: row.text ?? null,
      createdAt: new Date(row.at),
    });
    const entries = Object.entries(row.fields ?? {});
    if (entries.length > 0) {
      await handle.db.insert(fieldValues).values(
        entries.map(([key, value], position) => ({
          documentId: row.id,
          position,
          fieldKey: key,
          fieldName: key === "invoice_number" ? "Invoice Number" : key,
          value,
          confidence: 1,
        })),
      );
    }
  }
}

const search = (query: string, options: { org?: string; env?: "live" | "test"; limit?: number; offset?: number } = {}) =>
  index.search({
    orgId: options.org ?? "org_a",
    env: options.env ?? "test",
    query,
    limit: options.limit ?? 20,
    offset: options.offset ?? 0,
  });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "docustack-search-"));
  handle = await openDatabase({ dataDir });
  index = createPostgresSearchIndex(async () => handle.db);
  await handle.db.insert(organizations).values([
    { id: "org_a", name: "A" },
    { id: "org_b", name: "B" },
  ]);
  await handle.db.insert(schemas).values([
    { id: "sch_org_a", orgId: "org_a", name: "Invoices" },
    { id: "sch_org_b", orgId: "org_b", name: "Invoices" },
  ]);
  await seed([
    { id: "once", text: "Invoice\nVendor: Zyxquorp Ltd\fTotal 10.00", at: "2026-01-01T00:00:00Z" },
    { id: "thrice", text: "Zyxquorp Zyxquorp report. Thanks, Zyxquorp", at: "2025-12-01T00:00:00Z" },
    { id: "tie_old", text: "a quarterly glorbnax", at: "2025-01-01T00:00:00Z" },
    { id: "tie_new", text: "a quarterly glorbnax", at: "2025-06-01T00:00:00Z" },
    {
      id: "field_only",
      text: "Invoice Number: see attachment",
      fields: { invoice_number: "QX-7781-B", vendor: null },
      at: "2025-02-01T00:00:00Z",
    },
    { id: "markup", text: '<mark>x</mark> <img src=x onerror="alert(1)"> Plumbusco \u0002sneaky\u0003', at: "2025-03-01T00:00:00Z" },
    { id: "named", name: "Kwartzel contract.pdf", text: null, at: "2025-04-01T00:00:00Z" },
    { id: "other_env", env: "live", text: "Zyxquorp in live", at: "2026-02-01T00:00:00Z" },
    { id: "other_org", org: "org_b", text: "Zyxquorp at B", fields: { invoice_number: "QX-7781-B" }, at: "2026-02-01T00:00:00Z" },
  ]);
}, 120_000);

afterAll(async () => {
  await handle?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("Postgres search index", () => {
  it("ranks by ts_rank, only within the organization and environment, with a plain-text highlighted snippet", async () => {
    const page = await search("zyxquorp");
    expect(page.hits.map((hit) => hit.documentId)).toEqual(["thrice", "once"]);
    expect(page.hasMore).toBe(false);
    expect(page.hits[0].rank).toBeGreaterThan(page.hits[1].rank);
    const once = page.hits[1];
    expect(once.snippet).toMatch(/^Invoice Vendor: Zyxquorp Ltd\b/);
    expect(once.highlights).toEqual([{ start: 16, end: 24 }]);
    expect(once).toMatchObject({ name: "once.pdf", status: "completed", schemaId: "sch_org_a" });
    expect((await search("zyxquorp", { env: "live" })).hits.map((hit) => hit.documentId)).toEqual(["other_env"]);
    expect((await search("zyxquorp", { org: "org_b" })).hits.map((hit) => hit.documentId)).toEqual(["other_org"]);
  });

  it("breaks rank ties newest first and pages by offset", async () => {
    expect((await search("glorbnax")).hits.map((hit) => hit.documentId)).toEqual(["tie_new", "tie_old"]);
    const first = await search("glorbnax", { limit: 1 });
    expect(first.hits.map((hit) => hit.documentId)).toEqual(["tie_new"]);
    expect(first.hasMore).toBe(true);
    const second = await search("glorbnax", { limit: 1, offset: 1 });
    expect(second.hits.map((hit) => hit.documentId)).toEqual(["tie_old"]);
    expect(second.hasMore).toBe(false);
  });

  it("finds a document by an extracted field value that isn't in its text, with the field as the snippet", async () => {
    const page = await search("QX-7781-B");
    expect(page.hits.map((hit) => hit.documentId)).toEqual(["field_only"]);
    expect(page.hits[0].snippet).toBe("Invoice Number: QX-7781-B");
    expect(page.hits[0].highlights).toEqual([{ start: 16, end: 25 }]);
    // An excluded word anywhere in the document (here its text) excludes it, whatever source matched.
    expect((await search("QX-7781-B -attachment")).hits).toEqual([]);
  });

  it("matches names, web-search syntax, and returns nothing for a query without words", async () => {
    expect((await search("kwartzel")).hits.map((hit) => hit.documentId)).toEqual(["named"]);
    expect((await search("zyxquorp -thanks")).hits.map((hit) => hit.documentId)).toEqual(["once"]);
    expect((await search('"vendor zyxquorp"')).hits.map((hit) => hit.documentId)).toEqual(["once"]);
    expect((await search("glorbnax or kwartzel")).hits).toHaveLength(3);
    expect(await search("!!! ???")).toEqual({ hits: [], hasMore: false });
  });

  it("returns markup in the text as text, and strips stray delimiter characters", async () => {
    const [hit] = (await search("plumbusco")).hits;
    const word = Array.from(hit.snippet).slice(hit.highlights[0].start, hit.highlights[0].end).join("");
    expect(word).toBe("Plumbusco");
    expect(hit.highlights).toHaveLength(1);
    expect(hit.snippet).not.toContain(HIGHLIGHT_START);
    expect(hit.snippet).not.toContain(HIGHLIGHT_STOP);
    expect(hit.snippet).toContain("sneaky");
  });
});
