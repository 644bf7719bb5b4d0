import { describe, expect, it } from "vitest";
import { generateApiKey, hashApiKey, parseApiKeyEnvironment, partialApiKey } from "./api-key-format";

describe("api key format", () => {
  it("generates prefixed base62 keys of the contract's form", () => {
    const live = generateApiKey("live");
    const test = generateApiKey("test");
    expect(live).toMatch(/^ds_live_[0-9A-Za-z]{40}$/);
    expect(test).toMatch(/^ds_test_[0-9A-Za-z]{40}$/);
    expect(parseApiKeyEnvironment(live)).toBe("live");
    expect(parseApiKeyEnvironment(test)).toBe("test");
  });

  it("never repeats a key", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => generateApiKey("test")));
    expect(keys.size).toBe(1000);
  });

  it("hashes with SHA-256 hex", () => {
    expect(hashApiKey("ds_test_abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey("ds_test_abc")).toBe(hashApiKey("ds_test_abc"));
    expect(hashApiKey("ds_test_abc")).not.toBe(hashApiKey("ds_test_abd"));
  });

  it("shows only the prefix and last four characters", () => {
    const key = generateApiKey("live");
    expect(partialApiKey(key)).toBe(`ds_live_…${key.slice(-4)}`);
  });

  it.each([
    "",
    "ds_live_",
    `ds_prod_${"a".repeat(40)}`,
    "ds_test_short",
    `ds_test_${"a".repeat(31)}`,
    `ds_test_${"-".repeat(40)}`,
    "x".repeat(10_000),
  ])("rejects malformed key %#", (key) => {
    expect(parseApiKeyEnvironment(key)).toBeUndefined();
  });
});
