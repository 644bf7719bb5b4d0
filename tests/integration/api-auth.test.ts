import { describe, expect, it } from "vitest";
import { adminCommand, api, createOrgWithKey } from "../support/api";

const INVALID_KEY_BODY = { detail: "Invalid or missing API key", code: "unauthorized" };

describe("GET /api/v1/me – API key authentication", () => {
  it("answers 401 with the contract's body when no key is sent", async () => {
    const response = await api("/api/v1/me");
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_KEY_BODY);
    expect(response.headers.get("content-type")).toContain("application/json");
  });

  it("identifies the key's organization, environment and rate limit", async () => {
    const { orgId, keyId, key } = await createOrgWithKey({ env: "live" });
    const response = await api("/api/v1/me", { key });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      organization_id: orgId,
      environment: "live",
      key_id: keyId,
      key_name: "test key",
      rate_limit: { requests: 1000, window_seconds: 60 },
    });
    expect(response.headers.get("x-ratelimit-limit")).toBe("1000");
  });

  it.each([
    ["an empty key", ""],
    ["a wrong prefix", `sk_live_${"a".repeat(40)}`],
    ["the right prefix with an unknown secret", `ds_test_${"a".repeat(40)}`],
    ["a 10 kB header", `ds_test_${"a".repeat(10_000)}`],
    ["a key with spaces", "ds_test_ abc"],
  ])("rejects %s with 401, never 500", async (_label, key) => {
    const response = await api("/api/v1/me", { headers: { "X-API-Key": key } });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_KEY_BODY);
  });

  it("rejects a revoked key", async () => {
    const { keyId, key } = await createOrgWithKey();
    expect((await api("/api/v1/me", { key })).status).toBe(200);
    await adminCommand({ command: "key.revoke", id: keyId });
    const response = await api("/api/v1/me", { key });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_KEY_BODY);
  });

  it("does not accept a key in place of a dashboard session for key management", async () => {
    const { key } = await createOrgWithKey();
    const response = await api("/api/v1/api-keys", { key });
    expect(response.status).toBe(403);
    expect(response.body.detail).toMatch(/dashboard/);
  });

  it("answers 401 on dashboard endpoints without a session", async () => {
    const response = await api("/api/v1/api-keys");
    expect(response.status).toBe(401);
    expect(response.body).toEqual(INVALID_KEY_BODY);
  });
});

describe("GET /api/health", () => {
  it("reports the database without authentication", async () => {
    const response = await api("/api/health");
    expect(response.status).toBe(200);
    expect(response.body.status).toBe("ok");
    expect(response.body.database.reachable).toBe(true);
    expect(response.body.engines).toMatchObject({ storage: "local", pipeline: "local", search: "postgres" });
    expect(JSON.stringify(response.body)).not.toMatch(/postgres:\/\/|secret/i);
  });
});
