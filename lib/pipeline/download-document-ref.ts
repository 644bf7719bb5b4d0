import "server-only";
import { getConfig } from "@/lib/config";
import { DocumentError } from "@/lib/layout/types";
import { SafeRequestError, safeRequest } from "@/lib/net/safe-request";
import type { TDocumentRef } from "@/lib/validation/document-ref";
import { downloadS3Object } from "./download-s3-object";

const FETCH_TIMEOUT_MS = 30_000;
/** Answers worth asking again: the server is overloaded or briefly down, not the ref wrong. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** A failure that may pass on its own (timeout, reset connection, 503): the step is retried. */
export class TransientFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TransientFetchError";
  }
}

/**
 * Downloads a batch ref's bytes. Throws DocumentError (`fetch_failed`, `file_too_large`) when retrying
 * can't help, TransientFetchError when it might.
 */
export async function downloadDocumentRef(ref: TDocumentRef): Promise<Buffer> {
  const config = getConfig();
  if (ref.kind === "s3") return downloadFromS3(ref, config.MAX_UPLOAD_BYTES);
  try {
    const response = await safeRequest(ref.url.href, {
      method: "GET",
      headers: { "User-Agent": "DocuStack batch ingestion", Accept: "*/*" },
      timeoutMs: FETCH_TIMEOUT_MS,
      maxResponseBytes: config.MAX_UPLOAD_BYTES,
      onTooLarge: "error",
      allowPrivateAddresses: config.ALLOW_PRIVATE_URLS,
      allowedProtocols: config.ALLOW_PRIVATE_URLS ? ["https:", "http:"] : ["https:"],
    });
    if (response.status >= 200 && response.status < 300) return response.body;
    const answer = `${ref.url.host} answered HTTP ${response.status}`;
    if (TRANSIENT_STATUSES.has(response.status)) throw new TransientFetchError(`${answer}.`);
    if (response.status >= 300 && response.status < 400) {
      throw new DocumentError("fetch_failed", `${answer} (a redirect); redirects are not followed, use the final URL.`);
    }
    throw new DocumentError("fetch_failed", `${answer}.`);
  } catch (error) {
    if (!(error instanceof SafeRequestError)) throw error;
    if (error.code === "too_large")
      throw new DocumentError("file_too_large", `The file is larger than the ${config.MAX_UPLOAD_BYTES}-byte limit.`);
    if (error.code === "forbidden_address") throw new DocumentError("fetch_failed", `Not fetched: ${error.message}`);
    if (error.code === "invalid_url") throw new DocumentError("fetch_failed", error.message);
    // An unknown name or a closed port won't change on a retry a few seconds later; timeouts and dropped connections may.
    if (error.code === "network" && /ENOTFOUND/.test(error.message)) {
      throw new DocumentError("fetch_failed", `The host ${ref.url.hostname} could not be found.`);
    }
    if (error.code === "network" && /ECONNREFUSED/.test(error.message)) {
      throw new DocumentError("fetch_failed", `${ref.url.host} refused the connection.`);
    }
    throw new TransientFetchError(error.code === "timeout" ? error.message : `The connection failed: ${error.message}`);
  }
}

async function downloadFromS3(ref: { bucket: string; key: string }, maxBytes: number): Promise<Buffer> {
  const location = `s3://${ref.bucket}/${ref.key}`;
  try {
    return await downloadS3Object({ bucket: ref.bucket, key: ref.key, maxBytes, timeoutMs: FETCH_TIMEOUT_MS });
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
    const status = $metadata?.httpStatusCode;
    // No status: the request never got an answer (network, timeout); 5xx and throttling are S3 asking to retry.
    if (status === undefined || status >= 500 || status === 429 || name === "SlowDown") {
      throw new TransientFetchError(`Reading ${location} failed: ${name ?? "Error"} ${(error as Error)?.message ?? ""}`.trim());
    }
    if (name === "NoSuchKey" || status === 404) {
      throw new DocumentError("fetch_failed", `${location} does not exist${name === "NoSuchBucket" ? " (no such bucket)" : ""}.`);
    }
    if (status === 403) throw new DocumentError("fetch_failed", `Access to ${location} was denied (${name ?? "403"}).`);
    throw new DocumentError("fetch_failed", `Reading ${location} failed: ${name ?? `HTTP ${status}`}.`);
  }
}
