import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";
import { makeEncryptedPdf } from "../support/bad-documents";
import { createInvoiceSchema, makeInvoicePdf, uploadDocument, waitForDocument } from "../support/documents";
import { startWebhookReceiver } from "../support/webhook-receiver";

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver?.close());

/** The contract's verify_webhook, in TypeScript. */
function verifyContractSignature(body: Buffer, secret: string, header: string) {
  const expected = createHmac("sha256", Buffer.from(secret)).update(body).digest("hex");
  return expected.length === header.length && timingSafeEqual(Buffer.from(expected), Buffer.from(header));
}

/** The Standard Webhooks scheme, written from the specification. */
function verifyStandardSignature(body: Buffer, secret: string, headers: Record<string, unknown>) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signed = `${headers["webhook-id"]}.${headers["webhook-timestamp"]}.${body.toString()}`;
  const expected = `v1,${createHmac("sha256", key).update(signed).digest("base64")}`;
  return String(headers["webhook-signature"]).split(" ").includes(expected);
}

async function eventually<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("condition not met in time");
}

async function createEndpoint(
  key: string,
  path: string,
  events = ["document_completed", "document_failed", "job_completed", "job_failed"],
) {
  const response = await api("/api/v1/webhooks", { key, method: "POST", json: { url: `${receiver.url}${path}`, events } });
  expect(response.status).toBe(201);
  return response.body as { id: string; secret: string; url: string };
}

describe("webhook endpoints API", () => {
  it("creates, lists, shows the secret on demand, updates, rotates and deletes", async () => {
    const { key } = await createOrgWithKey();
    const created = await createEndpoint(key, "/crud", ["document_completed"]);
    expect(created).toMatchObject({ url: `${receiver.url}/crud`, events: ["document_completed"], enabled: true });
    expect(created.id).toMatch(/^wh_/);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    expect(Buffer.from(created.secret.slice(6), "base64").length).toBeGreaterThanOrEqual(24);

    const list = await api("/api/v1/webhooks", { key });
    expect(list.body.data.map((webhook: { id: string }) => webhook.id)).toEqual([created.id]);
    expect(list.body.data[0].secret).toBeUndefined();
    expect((await api(`/api/v1/webhooks/${created.id}?include_secret=true`, { key })).body.secret).toBe(created.secret);

    const updated = await api(`/api/v1/webhooks/${created.id}`, {
      key,
      method: "PATCH",
      json: { enabled: false, events: ["job_failed", "job_failed"] },
    });
    expect(updated.body).toMatchObject({ enabled: false, events: ["job_failed"] });
    const rotated = await api(`/api/v1/webhooks/${created.id}/rotate-secret`, { key, method: "POST" });
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);

    expect((await api(`/api/v1/webhooks/${created.id}`, { key, method: "DELETE" })).status).toBe(200);
    expect((await api(`/api/v1/webhooks/${created.id}`, { key })).status).toBe(404);
  });

  it.each([
    ["a URL that is not a URL", { url: "not a url", events: ["job_completed"] }, "url"],
    ["ftp://", { url: "ftp://example.com/hook", events: ["job_completed"] }, "url"],
    ["a URL over 2 kB", { url: `https://example.com/${"a".repeat(2100)}`, events: ["job_completed"] }, "url"],
    ["an unknown event", { url: "https://example.com/hook", events: ["document_exploded"] }, "events.0"],
    ["no events", { url: "https://example.com/hook", events: [] }, "events"],
  ])("refuses %s with 422", async (_label, body, path) => {
    const { key } = await createOrgWithKey();
    const response = await api("/api/v1/webhooks", { key, method: "POST", json: body });
    expect(response.status).toBe(422);
    expect(response.body.errors[path]).toBeDefined();
  });

  it("hides endpoints from other organizations and the other environment", async () => {
    const owner = await createOrgWithKey();
    const stranger = await createOrgWithKey();
    const created = await createEndpoint(owner.key, "/private");
    for (const path of [`/api/v1/webhooks/${created.id}`, `/api/v1/webhooks/${created.id}/deliveries`]) {
      expect((await api(path, { key: stranger.key })).status).toBe(404);
    }
    expect((await api(`/api/v1/webhooks/${created.id}/test`, { key: stranger.key, method: "POST" })).status).toBe(404);
    expect((await api(`/api/v1/webhooks/${created.id}/rotate-secret`, { key: stranger.key, method: "POST" })).status).toBe(404);
  });
});

describe("deliveries", () => {
  it("delivers document_completed and job_completed with the contract's payloads and both signatures", async () => {
    const { key, orgId } = await createOrgWithKey();
    const path = `/completed-${Date.now()}`;
    const endpoint = await createEndpoint(key, path);
    const schemaId = await createInvoiceSchema(key);
    const upload = await uploadDocument({ key, schemaId, file: await makeInvoicePdf() });
    await waitForDocument(key, upload.body.document_id);
    const requests = await eventually(() => (receiver.on(path).length >= 2 ? receiver.on(path) : undefined));
    const byEvent = Object.fromEntries(requests.map((request) => [JSON.parse(request.rawBody.toString()).event, request]));

    const document = JSON.parse(byEvent.document_completed.rawBody.toString());
    expect(Object.keys(document).sort()).toEqual(["document_id", "event", "job_id", "organization_id", "processed_at", "schema_id"]);
    expect(document).toMatchObject({
      event: "document_completed",
      document_id: upload.body.document_id,
      job_id: upload.body.job_id,
      organization_id: orgId,
      schema_id: schemaId,
    });
    const job = JSON.parse(byEvent.job_completed.rawBody.toString());
    expect(job).toMatchObject({
      event: "job_completed",
      job_id: upload.body.job_id,
      organization_id: orgId,
      document_count: 1,
      processed_count: 1,
      failed_count: 0,
    });
    expect(Date.parse(job.completed_at)).not.toBeNaN();

    for (const request of requests) {
      expect(verifyContractSignature(request.rawBody, endpoint.secret, String(request.headers["x-docustack-signature"]))).toBe(true);
      expect(verifyStandardSignature(request.rawBody, endpoint.secret, request.headers)).toBe(true);
      expect(request.headers["content-type"]).toBe("application/json");
      expect(Math.abs(Number(request.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    }
    expect(
      verifyContractSignature(
        Buffer.from(`${requests[0].rawBody} `),
        endpoint.secret,
        String(requests[0].headers["x-docustack-signature"]),
      ),
    ).toBe(false);
  });

  it("retries a failing endpoint on the schedule with the same webhook-id, then succeeds", async () => {
    const { key } = await createOrgWithKey();
    const path = `/fail-2-${Date.now()}`;
    const endpoint = await createEndpoint(key, path);
    const sent = await api(`/api/v1/webhooks/${endpoint.id}/test`, { key, method: "POST" });
    expect(sent.status).toBe(202);
    const attempts = await eventually(() => (receiver.on(path).length >= 3 ? receiver.on(path) : undefined));
    expect(new Set(attempts.map((attempt) => attempt.headers["webhook-id"])).size).toBe(1);
    // WEBHOOK_RETRY_DELAYS=0.2,0.4,… in this suite: the gaps grow like the contract's 1 s, 5 s, 30 s…
    expect(attempts[1].receivedAt - attempts[0].receivedAt).toBeGreaterThanOrEqual(180);
    expect(attempts[2].receivedAt - attempts[1].receivedAt).toBeGreaterThanOrEqual(380);
    const log = await eventually(async () => {
      const deliveries = await api(`/api/v1/webhooks/${endpoint.id}/deliveries`, { key });
      return deliveries.body.data[0]?.status === "succeeded" ? deliveries.body.data : undefined;
    });
    expect(log[0]).toMatchObject({
      id: sent.body.delivery_id,
      event: "webhook_test",
      attempts: 3,
      last_status_code: 200,
      status: "succeeded",
    });
  });

  it("marks a delivery failed after the last retry, and redelivers it on request", async () => {
    const { key } = await createOrgWithKey();
    const path = `/down-${Date.now()}`;
    const endpoint = await createEndpoint(key, path);
    const sent = await api(`/api/v1/webhooks/${endpoint.id}/test`, { key, method: "POST" });
    const failed = await eventually(async () => {
      const deliveries = await api(`/api/v1/webhooks/${endpoint.id}/deliveries`, { key });
      return deliveries.body.data[0]?.status === "failed" ? deliveries.body.data[0] : undefined;
    });
    expect(failed).toMatchObject({ attempts: 6, last_status_code: 503, last_response_excerpt: "temporarily down", next_attempt_at: null });
    expect(receiver.on(path)).toHaveLength(6);

    const again = await api(`/api/v1/webhooks/${endpoint.id}/deliveries/${sent.body.delivery_id}/redeliver`, { key, method: "POST" });
    expect(again.status).toBe(202);
    await eventually(() => (receiver.on(path).length >= 7 ? true : undefined));
    expect(receiver.on(path)[6].headers["webhook-id"]).toBe(receiver.on(path)[0].headers["webhook-id"]);
  });

  it("sends document_failed and job_failed when every document of a job fails", async () => {
    const { key } = await createOrgWithKey();
    const path = `/failed-${Date.now()}`;
    await createEndpoint(key, path, ["document_failed", "job_failed"]);
    const schemaId = await createInvoiceSchema(key);
    const upload = await uploadDocument({ key, schemaId, file: makeEncryptedPdf() });
    await waitForDocument(key, upload.body.document_id);
    const requests = await eventually(() => (receiver.on(path).length >= 2 ? receiver.on(path) : undefined));
    const payloads = requests.map((request) => JSON.parse(request.rawBody.toString()));
    expect(payloads.find((payload) => payload.event === "document_failed")).toMatchObject({
      document_id: upload.body.document_id,
      error_code: "encrypted_pdf",
    });
    const job = payloads.find((payload) => payload.event === "job_failed");
    expect(Object.keys(job).sort()).toEqual([
      "document_count",
      "error_message",
      "event",
      "failed_at",
      "failed_count",
      "job_id",
      "organization_id",
    ]);
    expect(job).toMatchObject({ job_id: upload.body.job_id, document_count: 1, failed_count: 1 });
  });

  it("does not deliver events an endpoint didn't subscribe to, nor to disabled endpoints", async () => {
    const { key } = await createOrgWithKey();
    const onlyJobs = `/jobs-only-${Date.now()}`;
    const disabledPath = `/disabled-${Date.now()}`;
    await createEndpoint(key, onlyJobs, ["job_completed"]);
    const disabled = await createEndpoint(key, disabledPath);
    await api(`/api/v1/webhooks/${disabled.id}`, { key, method: "PATCH", json: { enabled: false } });
    const schemaId = await createInvoiceSchema(key);
    const upload = await uploadDocument({ key, schemaId, file: await makeInvoicePdf() });
    await waitForDocument(key, upload.body.document_id);
    await eventually(() => (receiver.on(onlyJobs).length >= 1 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.on(onlyJobs).map((request) => JSON.parse(request.rawBody.toString()).event)).toEqual(["job_completed"]);
    expect(receiver.on(disabledPath)).toHaveLength(0);
  });
});
