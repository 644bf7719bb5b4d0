import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";
import { createInvoiceSchema, makeInvoicePdf, waitForDocument } from "../support/documents";
import { createScratchDatabase, startTestServer, type TTestServer } from "../support/test-server";
import { startWebhookReceiver } from "../support/webhook-receiver";

// POST /api/v1/documents/batch end to end. The suite's server runs with ALLOW_PRIVATE_URLS=1, so the refs
// can be served by a small HTTP server in this process on 127.0.0.1; a second server below runs without it
// (the production default) to show that such addresses are refused, and reads s3:// refs from s3rver.
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "binary"), Buffer.alloc(2048, 0)]);
const OVER_LIMIT = 3 * 1024 * 1024; // both servers run with MAX_UPLOAD_BYTES = 2 MB

let files: http.Server;
let filesUrl: string;
let invoicePdf: Buffer;
const hits = new Map<string, number>();
// Requests for /held/… wait here until the test lets them go.
const held: http.ServerResponse[] = [];

beforeAll(async () => {
  invoicePdf = await makeInvoicePdf();
  files = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    const hit = (hits.get(pathname) ?? 0) + 1;
    hits.set(pathname, hit);
    if (pathname.startsWith("/ok/")) return void response.writeHead(200, { "Content-Type": "application/pdf" }).end(invoicePdf);
    if (pathname.startsWith("/exe/")) return void response.writeHead(200, { "Content-Type": "application/pdf" }).end(EXE);
    if (pathname === "/big.pdf") return void response.end(Buffer.concat([invoicePdf, Buffer.alloc(OVER_LIMIT, 32)]));
    if (pathname === "/redirect.pdf") return void response.writeHead(302, { Location: `${filesUrl}/ok/target.pdf` }).end();
    // Unavailable twice, then fine: the fetch step's retries get past it.
    if (pathname.startsWith("/flaky/")) return void (hit <= 2 ? response.writeHead(503).end() : response.end(invoicePdf));
    if (pathname === "/down.pdf") return void response.writeHead(503).end();
    if (pathname.startsWith("/held/")) return void held.push(response);
    response.writeHead(404).end("not found");
  });
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(() => {
  files?.closeAllConnections();
  files?.close();
});

/** A new organization, key and invoice schema, on the suite's server or on `server`. */
async function setup(server?: TTestServer) {
  const org = await createOrgWithKey(server ? { target: { baseUrl: server.baseUrl, dataDir: server.dataDir } } : {});
  return { ...org, schemaId: await createInvoiceSchema(org.key, server?.baseUrl) };
}

function submitBatch(key: string, json: unknown, options: { baseUrl?: string; headers?: Record<string, string> } = {}) {
  return api("/api/v1/documents/batch", { key, method: "POST", json, ...options });
}

async function waitForJob(key: string, jobId: string, baseUrl?: string, timeoutMs = 170_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const job = await api(`/api/v1/jobs/${jobId}`, { key, baseUrl });
    if (job.body.status === "completed" || job.body.status === "failed") return job.body;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`job ${jobId} did not finish in ${timeoutMs} ms`);
}

/** The job's documents by id, as the list endpoint returns them. */
async function jobDocuments(key: string, jobId: string, baseUrl?: string) {
  const page = await api(`/api/v1/documents?job_id=${jobId}&limit=100`, { key, baseUrl });
  return new Map<string, { status: string; name: string; file_type: string | null; error: { code: string; message: string } | null }>(
    page.body.data.map((document: { id: string }) => [document.id, document]),
  );
}

describe("POST /api/v1/documents/batch", () => {
  it("ingests 50 refs as one job: the 404s fail with fetch_failed, the rest complete", async () => {
    const { key, orgId, schemaId } = await setup();
    const refs = Array.from({ length: 50 }, (_, i) => ({ ref: `${filesUrl}/${i % 5 === 0 ? "missing" : "ok"}/invoice-${i}.pdf` }));
    const response = await submitBatch(key, { schema_id: schemaId, organization_id: orgId, documents: refs });
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    expect(Object.keys(response.body).sort()).toEqual(["documents", "job_id"]);
    expect(response.body.job_id).toMatch(/^[a-z0-9]{20}$/);
    expect(response.body.documents).toHaveLength(50);
    response.body.documents.forEach((document: { document_id: string; name: string; ref: string }, i: number) => {
      expect(document).toEqual({ document_id: expect.stringMatching(/^[a-z0-9]{20}$/), name: `invoice-${i}.pdf`, ref: refs[i].ref });
    });

    const job = await waitForJob(key, response.body.job_id);
    expect(job).toMatchObject({
      kind: "batch",
      status: "completed",
      document_count: 50,
      processed_count: 40,
      failed_count: 10,
      pending_count: 0,
    });
    const documents = await jobDocuments(key, response.body.job_id);
    response.body.documents.forEach((sent: { document_id: string }, i: number) => {
      const document = documents.get(sent.document_id);
      if (i % 5 === 0) {
        expect(document).toMatchObject({ status: "failed", error: { code: "fetch_failed" } });
        expect(document?.error?.message).toMatch(/answered HTTP 404/);
      } else {
        expect(document).toMatchObject({ status: "completed", file_type: "pdf", error: null });
      }
    });
    const completed = await api(`/api/v1/documents/${response.body.documents[1].document_id}`, { key });
    expect(completed.body.field_values.find((field: { field_key: string }) => field.field_key === "invoice_number").value).toBe(
      "INV-2024-0042",
    );
    const file = await api(`/api/v1/documents/${response.body.documents[1].document_id}/file`, { key });
    expect(file.status).toBe(200);
  }, 180_000);

  it("finishes a job whose last unfinished document is deleted, and sends job_completed", async () => {
    const { key, orgId, schemaId } = await setup();
    const receiver = await startWebhookReceiver();
    try {
      const hook = await api("/api/v1/webhooks", { key, method: "POST", json: { url: `${receiver.url}/jobs`, events: ["job_completed"] } });
      expect(hook.status).toBe(201);
      const refs = [{ ref: `${filesUrl}/ok/first.pdf` }, { ref: `${filesUrl}/held/second.pdf` }];
      const response = await submitBatch(key, { schema_id: schemaId, organization_id: orgId, documents: refs });
      expect(response.status).toBe(202);
      const [first, second] = response.body.documents.map((document: { document_id: string }) => document.document_id);
      await waitForDocument(key, first);
      // The second is still being fetched: the job waits for it.
      expect((await api(`/api/v1/jobs/${response.body.job_id}`, { key })).body).toMatchObject({ status: "processing", pending_count: 1 });
      expect((await api(`/api/v1/documents/${second}`, { key, method: "DELETE" })).status).toBe(200);
      const job = await api(`/api/v1/jobs/${response.body.job_id}`, { key });
      expect(job.body).toMatchObject({ status: "completed", document_count: 1, processed_count: 1, failed_count: 0, pending_count: 0 });
      // The held download ends; the deleted document's run stops without a trace.
      for (const waiting of held.splice(0)) waiting.end(invoicePdf);
      const deadline = Date.now() + 30_000;
      while (receiver.on("/jobs").length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      const [delivery] = receiver.on("/jobs");
      expect(JSON.parse(delivery.rawBody.toString())).toMatchObject({
        event: "job_completed",
        job_id: response.body.job_id,
        document_count: 1,
      });
      expect((await api(`/api/v1/documents/${second}`, { key })).status).toBe(404);
    } finally {
      await receiver.close();
    }
  }, 120_000);

  it("fails each bad ref with its own code, retries a transient 503, and makes each duplicate ref its own document", async () => {
    const { key, schemaId } = await setup();
    const flaky = `${filesUrl}/flaky/${Date.now()}.pdf`;
    const duplicate = `${filesUrl}/ok/duplicate-${Date.now()}.pdf`;
    const documents = [
      { ref: `${filesUrl}/exe/setup.pdf`, name: "Not really a PDF" },
      { ref: `${filesUrl}/big.pdf` },
      { ref: `${filesUrl}/redirect.pdf` },
      { ref: flaky },
      { ref: `${filesUrl}/down.pdf` },
      { ref: "http://127.0.0.1:1/closed-port.pdf" },
      { ref: duplicate, name: "First" },
      { ref: duplicate, name: "Second" },
    ];
    const response = await submitBatch(key, { schema_id: schemaId, documents });
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    expect(response.body.documents.map((document: { name: string }) => document.name)).toEqual([
      "Not really a PDF",
      "big.pdf",
      "redirect.pdf",
      expect.stringMatching(/^\d+\.pdf$/),
      "down.pdf",
      "closed-port.pdf",
      "First",
      "Second",
    ]);
    const ids: string[] = response.body.documents.map((document: { document_id: string }) => document.document_id);
    expect(new Set(ids).size).toBe(8);

    const job = await waitForJob(key, response.body.job_id);
    expect(job).toMatchObject({ status: "completed", document_count: 8, processed_count: 3, failed_count: 5 });
    const byId = await jobDocuments(key, response.body.job_id);
    const [exe, big, redirect, retried, down, closed, first, second] = ids.map((id) => byId.get(id));
    expect(exe).toMatchObject({ status: "failed", error: { code: "unsupported_type" } });
    expect(big).toMatchObject({ status: "failed", error: { code: "file_too_large" } });
    expect(redirect).toMatchObject({ status: "failed", error: { code: "fetch_failed" } });
    expect(redirect?.error?.message).toMatch(/HTTP 302.*redirects are not followed/);
    expect(retried).toMatchObject({ status: "completed" });
    expect(hits.get(new URL(flaky).pathname)).toBe(3);
    expect(down).toMatchObject({ status: "failed", error: { code: "fetch_failed" } });
    expect(down?.error?.message).toMatch(/HTTP 503.*after retrying/);
    expect(hits.get("/down.pdf")).toBe(5);
    expect(closed).toMatchObject({
      status: "failed",
      error: { code: "fetch_failed", message: expect.stringMatching(/refused the connection/) },
    });
    expect(first).toMatchObject({ status: "completed", name: "First" });
    expect(second).toMatchObject({ status: "completed", name: "Second" });
    expect(hits.get(new URL(duplicate).pathname)).toBe(2);
  }, 120_000);

  it("answers 422 with per-field errors for bad bodies", async () => {
    const { key, schemaId } = await setup();
    const many = (count: number) => Array.from({ length: count }, (_, i) => ({ ref: `https://example.com/${i}.pdf` }));
    const cases: [string, unknown[], string, RegExp][] = [
      ["no refs", [], "documents", /at least one/],
      ["1,001 refs", many(1001), "documents", /At most 1,000/],
      ["a ref without a scheme", [{ ref: "example.com/invoice.pdf" }], "documents.0.ref", /scheme/],
      ["an ftp:// ref", [{ ref: "https://example.com/ok.pdf" }, { ref: "ftp://example.com/a.pdf" }], "documents.1.ref", /ftp/],
      ["a bucket that isn't allowed", [{ ref: "s3://someone-elses-bucket/a.pdf" }], "documents.0.ref", /"someone-elses-bucket"/],
      ["a ref that isn't a string", [{ ref: 42 }], "documents.0.ref", /./],
    ];
    for (const [label, documents, field, message] of cases) {
      const response = await submitBatch(key, { schema_id: schemaId, documents });
      expect(response.status, label).toBe(422);
      expect(response.body.code, label).toBe("unprocessable_entity");
      expect(response.body.errors[field]?.join(" "), label).toMatch(message);
    }
    const noDocuments = await submitBatch(key, { schema_id: schemaId });
    expect(noDocuments.status).toBe(422);
    expect(noDocuments.body.errors.documents).toBeDefined();
    const noSchema = await submitBatch(key, { documents: many(1) });
    expect(noSchema.body.errors.schema_id).toBeDefined();
    const malformed = await api("/api/v1/documents/batch", {
      key,
      method: "POST",
      body: "{",
      headers: { "Content-Type": "application/json" },
    });
    expect(malformed.status).toBe(400);
  });

  it("answers 403 for another organization_id, 404 for an unknown or foreign schema, 409 for an archived one", async () => {
    const { key, orgId, schemaId } = await setup();
    const stranger = await setup();
    const documents = [{ ref: `${filesUrl}/ok/a.pdf` }];
    const forbidden = await submitBatch(key, { schema_id: schemaId, organization_id: stranger.orgId, documents });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toMatch(/organization_id/);
    expect((await submitBatch(key, { schema_id: "sch_doesnotexist", documents })).status).toBe(404);
    const foreign = await submitBatch(key, { schema_id: stranger.schemaId, organization_id: orgId, documents });
    expect(foreign.body).toEqual({ detail: "Schema not found.", code: "not_found" });
    await api(`/api/v1/schemas/${schemaId}`, { key, method: "DELETE" });
    const archived = await submitBatch(key, { schema_id: schemaId, documents });
    expect(archived.status).toBe(409);
    expect(archived.body.detail).toMatch(/archived/);
  });

  it("replays the first response for a repeated Idempotency-Key and refuses it with another body", async () => {
    const { key, schemaId } = await setup();
    const headers = { "Idempotency-Key": `batch-${Date.now()}` };
    const body = { schema_id: schemaId, documents: [{ ref: `${filesUrl}/ok/idem.pdf` }] };
    const first = await submitBatch(key, body, { headers });
    const again = await submitBatch(key, body, { headers });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    const other = await submitBatch(key, { ...body, documents: [{ ref: `${filesUrl}/ok/other.pdf` }] }, { headers });
    expect(other.status).toBe(409);
    expect(other.body.detail).toMatch(/different request body/);
    const all = await api(`/api/v1/documents?schema_id=${schemaId}`, { key });
    expect(all.body.data).toHaveLength(1);
  });
});

// The production default: no ALLOW_PRIVATE_URLS, so refs reach public addresses only; s3:// refs from s3rver.
describe("batch refs on a server without ALLOW_PRIVATE_URLS, with S3 configured", () => {
  const BUCKET = "batch-refs";
  let s3: S3rver;
  let s3Dir: string;
  let server: TTestServer;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    s3Dir = await fs.mkdtemp(path.join(os.tmpdir(), "docustack-batch-s3-"));
    s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3.run();
    const endpoint = `http://127.0.0.1:${port}`;
    const client = new S3Client({
      region: "us-east-1",
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      requestChecksumCalculation: "WHEN_REQUIRED",
    });
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: "invoices/2026/003.pdf", Body: await makeInvoicePdf() }));
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: "big.pdf", Body: Buffer.alloc(OVER_LIMIT, 32) }));
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: "setup.exe", Body: EXE }));
    const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
    dropDatabase = scratch?.drop;
    server = await startTestServer({
      databaseUrl: scratch?.url,
      env: {
        ALLOW_PRIVATE_URLS: "0",
        S3_ENDPOINT: endpoint,
        S3_FORCE_PATH_STYLE: "1",
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
        S3_ALLOWED_BUCKETS: `${BUCKET},allowed-but-missing`,
        MAX_UPLOAD_BYTES: String(2 * 1024 * 1024),
        PIPELINE_RETRY_BASE_MS: "200",
        RATE_LIMIT_REQUESTS: "1000",
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await dropDatabase?.();
    await s3?.close();
    if (s3Dir) await fs.rm(s3Dir, { recursive: true, force: true });
  });

  it("fails refs to loopback, private and link-local addresses with fetch_failed, saying the address is not public", async () => {
    const { key, schemaId } = await setup(server);
    const refs = [
      "https://127.0.0.1/invoice.pdf",
      "https://localhost/invoice.pdf",
      "https://169.254.169.254/latest/meta-data/iam/security-credentials/",
      "https://10.0.0.1/x.pdf",
      "https://[::1]/invoice.pdf",
      `https://127.0.0.1:${new URL(filesUrl).port}/ok/invoice.pdf`,
    ];
    const response = await submitBatch(key, { schema_id: schemaId, documents: refs.map((ref) => ({ ref })) }, { baseUrl: server.baseUrl });
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    const job = await waitForJob(key, response.body.job_id, server.baseUrl, 60_000);
    expect(job).toMatchObject({ status: "failed", document_count: refs.length, failed_count: refs.length, processed_count: 0 });
    const byId = await jobDocuments(key, response.body.job_id, server.baseUrl);
    for (const [i, sent] of response.body.documents.entries()) {
      const document = byId.get(sent.document_id);
      expect(document?.error?.code, refs[i]).toBe("fetch_failed");
      expect(document?.error?.message, refs[i]).toMatch(/is not a public address/);
    }
    expect([...hits.keys()].some((pathname) => pathname === "/ok/invoice.pdf")).toBe(false);

    const plainHttp = await submitBatch(
      key,
      { schema_id: schemaId, documents: [{ ref: `${filesUrl}/ok/a.pdf` }] },
      { baseUrl: server.baseUrl },
    );
    expect(plainHttp.status).toBe(422);
    expect(plainHttp.body.errors["documents.0.ref"].join(" ")).toMatch(/http:\/\/ refs are not accepted; use https:\/\//);
  }, 90_000);

  it("reads s3:// refs from allowed buckets with the configured credentials", async () => {
    const { key, schemaId } = await setup(server);
    const documents = [
      { ref: `s3://${BUCKET}/invoices/2026/003.pdf`, name: "Invoice 003" },
      { ref: `s3://${BUCKET}/invoices/2026/missing.pdf` },
      { ref: "s3://allowed-but-missing/a.pdf" },
      { ref: `s3://${BUCKET}/big.pdf` },
      { ref: `s3://${BUCKET}/setup.exe` },
    ];
    const response = await submitBatch(key, { schema_id: schemaId, documents }, { baseUrl: server.baseUrl });
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    expect(response.body.documents.map((document: { name: string }) => document.name)).toEqual([
      "Invoice 003",
      "missing.pdf",
      "a.pdf",
      "big.pdf",
      "setup.exe",
    ]);
    const job = await waitForJob(key, response.body.job_id, server.baseUrl, 90_000);
    expect(job).toMatchObject({ status: "completed", document_count: 5, processed_count: 1, failed_count: 4 });
    const byId = await jobDocuments(key, response.body.job_id, server.baseUrl);
    const [ok, missing, noBucket, big, exe] = response.body.documents.map((document: { document_id: string }) =>
      byId.get(document.document_id),
    );
    expect(ok).toMatchObject({ status: "completed", file_type: "pdf" });
    expect(missing).toMatchObject({ status: "failed", error: { code: "fetch_failed" } });
    expect(missing?.error?.message).toMatch(/does not exist/);
    expect(noBucket).toMatchObject({ status: "failed", error: { code: "fetch_failed" } });
    expect(big).toMatchObject({ status: "failed", error: { code: "file_too_large" } });
    expect(exe).toMatchObject({ status: "failed", error: { code: "unsupported_type" } });

    const refused = await submitBatch(
      key,
      { schema_id: schemaId, documents: [{ ref: "s3://not-allowed/a.pdf" }] },
      { baseUrl: server.baseUrl },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors["documents.0.ref"].join(" ")).toMatch(/"not-allowed"/);
  }, 120_000);
});
