import "server-only";
import { eq } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { SafeRequestError, safeRequest } from "@/lib/net/safe-request";
import { webhookHeaders } from "./sign-webhook";

const TIMEOUT_MS = 30_000;
const EXCERPT_BYTES = 1024;

export type TAttemptResult = { isDelivered: boolean; isFinal: boolean };

/**
 * One POST of a delivery to its endpoint, signed afresh (new timestamp, current secret), and the
 * outcome recorded. A 2xx answer delivers it; anything else (other status, network error, timeout,
 * a URL that resolves to a private address) is a failed attempt, final after the last one.
 */
export async function attemptDelivery(options: {
  deliveryId: string;
  attempt: number;
  isLastAttempt: boolean;
  nextDelaySeconds?: number;
}): Promise<TAttemptResult> {
  const db = await getDb();
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, options.deliveryId))
    .limit(1);
  if (!row) return { isDelivered: false, isFinal: true };
  if (row.delivery.status !== "pending") return { isDelivered: row.delivery.status === "succeeded", isFinal: true };

  const body = JSON.stringify(row.delivery.payload);
  const outcome = await post(row.endpoint.url, {
    body,
    headers: webhookHeaders({
      secret: row.endpoint.secret,
      messageId: row.delivery.messageId,
      event: row.delivery.event,
      body,
      timestampSeconds: Math.floor(Date.now() / 1000),
    }),
  });
  const isDelivered = outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
  const isFinal = isDelivered || options.isLastAttempt;
  await db
    .update(webhookDeliveries)
    .set({
      attempts: options.attempt,
      lastStatusCode: outcome.status ?? null,
      lastResponseExcerpt: outcome.excerpt ?? null,
      lastError: isDelivered ? null : (outcome.error ?? `The endpoint answered ${outcome.status}.`),
      status: isDelivered ? "succeeded" : isFinal ? "failed" : "pending",
      nextAttemptAt: isFinal || options.nextDelaySeconds === undefined ? null : new Date(Date.now() + options.nextDelaySeconds * 1000),
      finishedAt: isFinal ? new Date() : null,
    })
    .where(eq(webhookDeliveries.id, options.deliveryId));
  return { isDelivered, isFinal };
}

async function post(url: string, request: { body: string; headers: Record<string, string> }) {
  try {
    const response = await safeRequest(url, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      timeoutMs: TIMEOUT_MS,
      maxResponseBytes: EXCERPT_BYTES,
      onTooLarge: "truncate",
      allowPrivateAddresses: getConfig().ALLOW_PRIVATE_URLS,
      allowedProtocols: ["http:", "https:"],
    });
    return { status: response.status, excerpt: response.body.toString("utf8").slice(0, 500) };
  } catch (error) {
    return { error: error instanceof SafeRequestError ? `${error.code}: ${error.message}` : String(error) };
  }
}
