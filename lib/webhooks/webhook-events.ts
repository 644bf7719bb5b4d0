/** Events an endpoint can subscribe to; payloads are the contract's (see README). */
export const WEBHOOK_EVENTS = ["document_completed", "document_failed", "job_completed", "job_failed"] as const;
export type TWebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent by POST /webhooks/{id}/test to any endpoint, whatever it subscribes to. */
export const WEBHOOK_TEST_EVENT = "webhook_test";
