import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isPublicAddress } from "./is-public-address";

export type TSafeRequestOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Whole request, from connecting to the last byte. */
  timeoutMs: number;
  /** Response bytes kept; past this the body is cut ("truncate") or the request fails ("error"). */
  maxResponseBytes: number;
  onTooLarge: "truncate" | "error";
  /** ALLOW_PRIVATE_URLS: lifts the address rule for local development and tests. */
  allowPrivateAddresses: boolean;
  allowedProtocols: ("http:" | "https:")[];
};

export type TSafeResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; isTruncated: boolean };

export type TSafeRequestErrorCode = "invalid_url" | "forbidden_address" | "timeout" | "too_large" | "network";

export class SafeRequestError extends Error {
  constructor(
    readonly code: TSafeRequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SafeRequestError";
  }
}

/** Parses a URL and checks the scheme; throws SafeRequestError("invalid_url"). */
export function parseOutboundUrl(raw: string, allowedProtocols: string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SafeRequestError("invalid_url", "Not a valid URL.");
  }
  if (!allowedProtocols.includes(url.protocol)) {
    throw new SafeRequestError(
      "invalid_url",
      `Only ${allowedProtocols.map((protocol) => protocol.replace(":", "")).join(" or ")} URLs are allowed.`,
    );
  }
  if (url.username || url.password) throw new SafeRequestError("invalid_url", "URLs with credentials are not allowed.");
  return url;
}

/**
 * An outbound HTTP request that can't be pointed at our own network (SSRF): the address is checked
 * after DNS resolution, inside the socket's own lookup, so a name can't resolve to a public
 * address for the check and a private one for the connection. Redirects are never followed.
 */
export async function safeRequest(rawUrl: string, options: TSafeRequestOptions): Promise<TSafeResponse> {
  const url = parseOutboundUrl(rawUrl, options.allowedProtocols);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !options.allowPrivateAddresses && !isPublicAddress(host)) {
    throw new SafeRequestError("forbidden_address", `${host} is not a public address.`);
  }
  const lookup: net.LookupFunction = (hostname, lookupOptions, callback) => {
    dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      const forbidden = options.allowPrivateAddresses ? undefined : list.find((entry) => !isPublicAddress(entry.address));
      if (forbidden) {
        return callback(
          new SafeRequestError("forbidden_address", `${hostname} resolves to ${forbidden.address}, which is not a public address.`),
          "",
          4,
        );
      }
      if (lookupOptions.all) return callback(null, list as never);
      return callback(null, list[0].address, list[0].family);
    });
  };
  return new Promise((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(url, { method: options.method ?? "GET", headers: options.headers, lookup, agent: false });
    const deadline = setTimeout(
      () => request.destroy(new SafeRequestError("timeout", `No complete answer within ${options.timeoutMs / 1000} s.`)),
      options.timeoutMs,
    );
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error instanceof SafeRequestError ? error : new SafeRequestError("network", error.message));
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let isTruncated = false;
      response.on("data", (chunk: Buffer) => {
        if (isTruncated) return;
        size += chunk.length;
        if (size <= options.maxResponseBytes) return void chunks.push(chunk);
        if (options.onTooLarge === "error") {
          request.destroy(new SafeRequestError("too_large", `The response is larger than ${options.maxResponseBytes} bytes.`));
          return;
        }
        chunks.push(chunk.subarray(0, chunk.length - (size - options.maxResponseBytes)));
        isTruncated = true;
        response.destroy();
        clearTimeout(deadline);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), isTruncated });
      });
      response.on("end", () => {
        clearTimeout(deadline);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), isTruncated });
      });
      response.on("error", (error) => {
        clearTimeout(deadline);
        reject(error instanceof SafeRequestError ? error : new SafeRequestError("network", error.message));
      });
    });
    request.end(options.body);
  });
}
