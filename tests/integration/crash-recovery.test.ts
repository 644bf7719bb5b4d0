import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";
import { createInvoiceSchema, makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";
import { makeScannedImage } from "../support/scans";
import { createScratchDatabase, startTestServer, type TTestServer } from "../support/test-server";

// kill -9 in the middle of processing, restart: every document finishes, and no step that had
// finished before the crash runs again. The server's debug log names every finished step.
let server: TTestServer;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
  dropDatabase = scratch?.drop;
  server = await startTestServer({
    databaseUrl: scratch?.url,
    env: { LOG_LEVEL: "debug", PIPELINE_CONCURRENCY: "2", RATE_LIMIT_REQUESTS: "5000" },
  });
});
afterAll(async () => {
  await server?.stop();
  await dropDatabase?.();
});

function finishedSteps(output: string) {
  return [...output.matchAll(/step finished run=(\S+) step=(\S+)/g)].map((match) => `${match[1]} ${match[2]}`);
}

describe("crash recovery", () => {
  it("resumes every unfinished document after kill -9 without re-running finished steps", async () => {
    const target = { baseUrl: server.baseUrl, dataDir: server.dataDir };
    const { key } = await createOrgWithKey({ target });
    const schemaId = await createInvoiceSchema(key, server.baseUrl);
    const scan = await makeScannedImage(await makeInvoicePdf(), "jpeg");
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const upload = await uploadDocument({
        key,
        baseUrl: server.baseUrl,
        schemaId,
        file: scan,
        filename: `scan-${i}.jpg`,
        contentType: "image/jpeg",
      });
      expect(upload.status).toBe(202);
      ids.push(upload.body.document_id);
    }

    // Wait until some steps have finished but not all documents have.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && finishedSteps(server.output()).filter((step) => step.endsWith("layout-page-1")).length < 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const beforeCrash = finishedSteps(server.output());
    expect(beforeCrash.length).toBeGreaterThan(0);
    await server.kill();
    const statusesAtCrash = await Promise.allSettled(
      ids.map((id) => api(`/api/v1/documents/${id}/status`, { key, baseUrl: server.baseUrl })),
    );
    expect(statusesAtCrash.every((result) => result.status === "rejected")).toBe(true);

    await server.restart();
    const finals = await Promise.all(ids.map((id) => waitForDocument(key, id, 120_000, server.baseUrl)));
    expect(finals.map((status) => status.status)).toEqual(["completed", "completed", "completed", "completed"]);
    for (const id of ids) {
      const document = await api(`/api/v1/documents/${id}`, { key, baseUrl: server.baseUrl });
      expect(document.body.field_values.find((field: { field_key: string }) => field.field_key === "invoice_number")?.value).toBe(
        "INV-2024-0042",
      );
    }

    const allFinished = finishedSteps(server.output());
    const counts = new Map<string, number>();
    for (const step of allFinished) counts.set(step, (counts.get(step) ?? 0) + 1);
    const repeated = [...counts].filter(([, count]) => count > 1);
    expect(repeated).toEqual([]);
    // Every document ran load, a layout step, extract, index and finish exactly once (no line twice, above). A step
    // is logged after its result is saved: one saved in the instant before the kill keeps its result but loses its
    // line, at most one per pipeline lane (2), and after the restart it is replayed, not run, so it logs nothing.
    const coreSteps = allFinished.filter((step) => / (load|layout-page-1|extract|index|finish)$/.test(step));
    expect(coreSteps.length).toBeLessThanOrEqual(4 * 5);
    expect(coreSteps.length).toBeGreaterThanOrEqual(4 * 5 - 2);
    expect(allFinished.length).toBeGreaterThan(beforeCrash.length);
  }, 240_000);
});
