import { describe, expect, it } from "vitest";
import { runSuiteOnFreshDatabase } from "@/tests/support/test-database";

// Against a real database (PGlite, or a scratch Postgres database when DATABASE_URL is set): the window query.
runSuiteOnFreshDatabase();

describe("findExtractionExamples", () => {
  it("returns the latest examples with a value, at most perField per field, of this schema only", async () => {
    const { getDb } = await import("@/lib/db");
    const { documents, extractionExamples, jobs, organizations, schemas } = await import("@/db/schema");
    const { findExtractionExamples } = await import("./find-extraction-examples");
    const db = await getDb();
    await db.insert(organizations).values({ id: "org_1", name: "Org" });
    await db.insert(schemas).values([
      { id: "sch_a", orgId: "org_1", name: "Invoices" },
      { id: "sch_b", orgId: "org_1", name: "Receipts" },
    ]);
    await db.insert(jobs).values({ id: "job_1", orgId: "org_1", env: "test", schemaId: "sch_a", kind: "upload", documentCount: 8 });
    const ids = Array.from({ length: 8 }, (_, index) => `doc${index}`);
    await db.insert(documents).values(
      ids.map((id) => ({
        id,
        orgId: "org_1",
        env: "test" as const,
        jobId: "job_1",
        schemaId: "sch_a",
        schemaVersion: 1,
        name: `${id}.pdf`,
      })),
    );
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
    await db.insert(extractionExamples).values([
      ...ids.slice(0, 7).map((documentId, index) => ({
        schemaId: "sch_a",
        fieldKey: "invoice_number",
        documentId,
        value: `INV-${index}`,
        label: "Invoice",
        context: `Invoice INV-${index}`,
        createdAt: at(index),
      })),
      { schemaId: "sch_a", fieldKey: "total", documentId: "doc7", value: null, label: null, context: null, createdAt: at(30) },
      { schemaId: "sch_a", fieldKey: "total", documentId: "doc6", value: "9.99", label: "Total", context: "Total 9.99", createdAt: at(20) },
      { schemaId: "sch_b", fieldKey: "invoice_number", documentId: "doc7", value: "OTHER", label: null, context: null, createdAt: at(40) },
    ]);

    const examples = await findExtractionExamples("sch_a", 5);
    expect(examples.map((example) => [example.fieldKey, example.value])).toEqual([
      ["invoice_number", "INV-6"],
      ["invoice_number", "INV-5"],
      ["invoice_number", "INV-4"],
      ["invoice_number", "INV-3"],
      ["invoice_number", "INV-2"],
      ["total", "9.99"],
    ]);
    expect(examples[0]).toEqual({ fieldKey: "invoice_number", value: "INV-6", label: "Invoice", context: "Invoice INV-6" });
    expect(await findExtractionExamples("sch_missing")).toEqual([]);
  });
});
