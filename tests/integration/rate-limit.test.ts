import { describe, expect, it } from "vitest";
import { api, createOrgWithKey } from "../support/api";

describe("rate limiting per API key", () => {
  it("lets 20 of 25 rapid requests through a key limited to 20, then answers 429 with Retry-After", async () => {
    const limited = await createOrgWithKey({ rateLimit: 20 });
    const other = await createOrgWithKey({ rateLimit: 20 });
    const statuses: number[] = [];
    let rejected: Awaited<ReturnType<typeof api>> | undefined;
    for (let i = 0; i < 25; i++) {
      const response = await api("/api/v1/me", { key: limited.key });
      statuses.push(response.status);
      if (response.status === 200) expect(response.headers.get("x-ratelimit-remaining")).toBe(String(19 - i));
      if (response.status === 429) rejected = response;
    }
    expect(statuses).toEqual([...Array(20).fill(200), ...Array(5).fill(429)]);
    expect(rejected?.body.code).toBe("rate_limit_exceeded");
    expect(rejected?.body.detail).toMatch(/Rate limit of 20 requests per 60 seconds/);
    const retryAfter = Number(rejected?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(rejected?.headers.get("x-ratelimit-limit")).toBe("20");
    expect(rejected?.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(rejected?.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);

    // Another key is unaffected.
    const otherResponse = await api("/api/v1/me", { key: other.key });
    expect(otherResponse.status).toBe(200);
    expect(otherResponse.headers.get("x-ratelimit-remaining")).toBe("19");
  });

  it("holds the limit under concurrent requests of one key", async () => {
    const { key } = await createOrgWithKey({ rateLimit: 10 });
    const responses = await Promise.all(Array.from({ length: 16 }, () => api("/api/v1/me", { key })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
  });
});
