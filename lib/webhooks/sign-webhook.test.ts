import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signDocustack, signStandardWebhook, webhookHeaders } from "./sign-webhook";

/** The contract's verify_webhook, in TypeScript, byte for byte. */
function verifyWebhook(body: Buffer, secret: string, signatureHeader: string) {
  const expected = createHmac("sha256", Buffer.from(secret)).update(body).digest("hex");
  return expected.length === signatureHeader.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signatureHeader));
}

describe("webhook signing", () => {
  it("makes whsec_ secrets of 32 random bytes", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it("signs the raw body so the contract's verify_webhook accepts it", () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ event: "document_completed", document_id: "c1a2b3c4d5e6f7g8h9i0" });
    expect(verifyWebhook(Buffer.from(body), secret, signDocustack(secret, body))).toBe(true);
    expect(verifyWebhook(Buffer.from(`${body} `), secret, signDocustack(secret, body))).toBe(false);
  });

  it("matches the Standard Webhooks specification's published example", () => {
    // From the Standard Webhooks spec (standard-webhooks.com): secret, id, timestamp, payload and expected signature.
    const signature = signStandardWebhook(
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("puts both schemes in the headers", () => {
    const headers = webhookHeaders({
      secret: generateWebhookSecret(),
      messageId: "msg_1",
      event: "job_completed",
      body: "{}",
      timestampSeconds: 1,
    });
    expect(Object.keys(headers)).toEqual(
      expect.arrayContaining(["X-DocuStack-Signature", "webhook-id", "webhook-timestamp", "webhook-signature", "X-DocuStack-Event"]),
    );
  });
});
