// The few HTTP calls the benchmark makes against a server it started. (tests/support/api.ts imports
// vitest, which can't be loaded outside a test run, so these mirror its adminCommand/createOrgWithKey.)

import fs from "node:fs";
import path from "node:path";

export type TTarget = { baseUrl: string; dataDir: string };

export async function adminCommand<T>(target: TTarget, command: Record<string, unknown>): Promise<T> {
  const token = fs.readFileSync(path.join(target.dataDir, "admin.token"), "utf8").trim();
  const response = await fetch(`${target.baseUrl}/api/internal/admin`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Admin-Token": token },
    body: JSON.stringify(command),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`admin ${command.command} failed: ${JSON.stringify(body)}`);
  return body as T;
}

/** A fresh organization with a test key whose rate limit won't throttle the benchmark's polling. */
export async function createBenchOrg(target: TTarget) {
  const name = `bench-${Date.now().toString(36)}`;
  const org = await adminCommand<{ organization_id: string }>(target, {
    command: "org.create",
    name,
    email: `${name}@example.test`,
    password: "bench-passphrase-1",
  });
  const key = await adminCommand<{ key: string }>(target, {
    command: "key.create",
    org: org.organization_id,
    env: "test",
    name: "benchmark",
    rateLimit: 100_000,
  });
  return { orgId: org.organization_id, key: key.key };
}

export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function call<T>(target: TTarget, key: string, pathname: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("X-API-Key", key);
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${target.baseUrl}${pathname}`, { ...init, headers });
    const text = await response.text();
    if (response.status === 429 && attempt < 10) {
      await sleep(1000 * Number(response.headers.get("retry-after") ?? 1));
      continue;
    }
    if (!response.ok)
      throw new HttpError(`${init.method ?? "GET"} ${pathname} answered ${response.status}: ${text.slice(0, 500)}`, response.status);
    return JSON.parse(text) as T;
  }
}

export async function uploadFile(target: TTarget, key: string, file: string, schemaId: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(fs.readFileSync(file))]), path.basename(file));
  form.append("schema_id", schemaId);
  return call<{ document_id: string }>(target, key, "/api/v1/documents/upload", { method: "POST", body: form });
}

export async function waitForDocument(target: TTarget, key: string, documentId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await call<{ status: string }>(target, key, `/api/v1/documents/${documentId}/status`);
    if (status.status === "completed" || status.status === "failed") return status.status;
    await sleep(300);
  }
  throw new Error(`document ${documentId} did not finish in ${timeoutMs / 1000} s`);
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
