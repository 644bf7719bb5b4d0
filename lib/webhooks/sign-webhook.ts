import { createHmac, randomBytes } from "node:crypto";

const SECRET_PREFIX = "whsec_";

/** `whsec_` + base64 of 32 random bytes: the secret format Standard Webhooks libraries expect. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

/**
 * The contract's `X-DocuStack-Signature`: hex HMAC-SHA256 of the raw body, keyed with the secret
 * string exactly as shown to the user (what the documented `verify_webhook` computes).
 */
export function signDocustack(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

/**
 * Standard Webhooks `webhook-signature`: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed
 * with the base64-decoded part of the secret after `whsec_`. The timestamp lets receivers reject replays.
 */
export function signStandardWebhook(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  return `v1,${createHmac("sha256", key).update(`${messageId}.${timestampSeconds}.${body}`).digest("base64")}`;
}

/** Every header of a delivery: our signature, and the Standard Webhooks trio. */
export function webhookHeaders(options: { secret: string; messageId: string; event: string; body: string; timestampSeconds: number }) {
  return {
    "Content-Type": "application/json",
    "User-Agent": "DocuStack-Webhooks/1.0",
    "X-DocuStack-Event": options.event,
    "X-DocuStack-Signature": signDocustack(options.secret, options.body),
    "webhook-id": options.messageId,
    "webhook-timestamp": String(options.timestampSeconds),
    "webhook-signature": signStandardWebhook(options.secret, options.messageId, options.timestampSeconds, options.body),
  };
}
