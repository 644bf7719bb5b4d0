import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SafeRequestError, safeRequest, type TSafeRequestOptions } from "./safe-request";

// A real local HTTP server stands in for "our own network": everything on 127.0.0.1 must be refused
// unless private addresses are explicitly allowed (ALLOW_PRIVATE_URLS=1, local development and tests).
let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/redirect") {
      response.writeHead(302, { Location: `http://127.0.0.1:${port}/ok` }).end();
    } else if (request.url === "/big") {
      response.end(Buffer.alloc(100_000, 97));
    } else if (request.url === "/slow") {
      setTimeout(() => response.end("late"), 2000);
    } else {
      response.end("ok");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const strict: TSafeRequestOptions = {
  timeoutMs: 5000,
  maxResponseBytes: 1000,
  onTooLarge: "error",
  allowPrivateAddresses: false,
  allowedProtocols: ["http:", "https:"],
};
const open = { ...strict, allowPrivateAddresses: true };

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof SafeRequestError ? error.code : `unexpected: ${error}`;
  }
}

describe("safeRequest – SSRF guard", () => {
  it.each([
    ["loopback", () => `http://127.0.0.1:${port}/ok`],
    ["IPv6 loopback", () => `http://[::1]:${port}/ok`],
    ["a private address", () => "http://10.0.0.1/"],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["a name that resolves to loopback", () => `http://localhost:${port}/ok`],
    ["IPv4-mapped loopback", () => `http://[::ffff:127.0.0.1]:${port}/ok`],
  ])("refuses %s", async (_label, url) => {
    expect(await codeOf(safeRequest(url(), strict))).toBe("forbidden_address");
  });

  it.each([
    ["ftp://example.com/file.pdf", "invalid_url"],
    ["file:///etc/passwd", "invalid_url"],
    ["not a url", "invalid_url"],
    ["http://user:pass@example.com/", "invalid_url"],
  ])("refuses %s before any connection", async (url, code) => {
    expect(await codeOf(safeRequest(url, strict))).toBe(code);
  });

  it("does not follow a redirect (to loopback or anywhere)", async () => {
    const response = await safeRequest(`http://127.0.0.1:${port}/redirect`, open);
    expect(response.status).toBe(302);
    expect(response.body.toString()).toBe("");
  });

  it("reaches local addresses only when private addresses are allowed", async () => {
    const response = await safeRequest(`http://localhost:${port}/ok`, open);
    expect(response).toMatchObject({ status: 200, isTruncated: false });
    expect(response.body.toString()).toBe("ok");
  });

  it("caps the response: an error, or a truncated excerpt", async () => {
    expect(await codeOf(safeRequest(`http://127.0.0.1:${port}/big`, open))).toBe("too_large");
    const excerpt = await safeRequest(`http://127.0.0.1:${port}/big`, { ...open, onTooLarge: "truncate" });
    expect(excerpt.body.length).toBe(1000);
    expect(excerpt.isTruncated).toBe(true);
  });

  it("times out", async () => {
    expect(await codeOf(safeRequest(`http://127.0.0.1:${port}/slow`, { ...open, timeoutMs: 200 }))).toBe("timeout");
  });
});
