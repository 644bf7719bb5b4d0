import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

/** Helpers over real HTTP against the suite's server. */
export const baseUrl = () => inject("baseUrl");

/** Another server than the suite's (recovery tests start their own). */
export type TTarget = { baseUrl: string; dataDir: string };

export async function adminCommand<T = Record<string, unknown>>(command: Record<string, unknown>, target?: TTarget): Promise<T> {
  const token = fs.readFileSync(path.join(target?.dataDir ?? inject("dataDir"), "admin.token"), "utf8").trim();
  const response = await fetch(`${target?.baseUrl ?? baseUrl()}/api/internal/admin`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Admin-Token": token },
    body: JSON.stringify(command),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`admin ${command.command} failed: ${JSON.stringify(body)}`);
  return body as T;
}

let counter = 0;
export function uniqueName(prefix: string) {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/** A new organization with one key; each test makes its own so tests never share state. */
export async function createOrgWithKey(options: { env?: "live" | "test"; rateLimit?: number; target?: TTarget } = {}) {
  const name = uniqueName("org");
  const org = await adminCommand<{ organization_id: string; user_id: string }>(
    {
      command: "org.create",
      name,
      email: `${name}@example.test`,
      password: "correct-horse-9",
    },
    options.target,
  );
  const key = await adminCommand<{ id: string; key: string }>(
    {
      command: "key.create",
      org: org.organization_id,
      env: options.env ?? "test",
      name: "test key",
      rateLimit: options.rateLimit,
    },
    options.target,
  );
  return { orgId: org.organization_id, keyId: key.id, key: key.key };
}

export async function api(pathname: string, init: RequestInit & { key?: string; json?: unknown; baseUrl?: string } = {}) {
  const { key, json, baseUrl: base, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key) headers.set("X-API-Key", key);
  if (json !== undefined) headers.set("Content-Type", "application/json");
  const response = await fetch(`${base ?? baseUrl()}${pathname}`, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are asserted field by field
  return { status: response.status, headers: response.headers, body: body as any };
}
