import { z } from "zod";

// Events of the pipeline, validated wherever they are received (never `event.data as X`).
// Names follow <area>/<noun>.<past-verb>; both engines use the same names and payloads.

export const DOCUMENT_QUEUED = "pipeline/document.queued";
export const ZDocumentQueuedData = z.object({
  document_id: z.string().min(1),
  organization_id: z.string().min(1),
  env: z.enum(["live", "test"]),
  /** Batch documents: the file is fetched from the document's `source_ref` first (step "fetch"). */
  has_source_ref: z.boolean().optional(),
});
export type TDocumentQueuedData = z.infer<typeof ZDocumentQueuedData>;

/** The deterministic event id: a retried dispatch of one document never starts a second run. */
export function documentQueuedEventId(documentId: string) {
  return `document-queued-${documentId}`;
}

/** A contract event happened (document_completed, job_failed…); webhooks fan it out to endpoints. */
export const NOTIFICATION_CREATED = "pipeline/notification.created";
export const ZNotificationCreatedData = z.object({
  organization_id: z.string().min(1),
  env: z.enum(["live", "test"]),
  event: z.string().min(1),
  payload: z.record(z.string(), z.unknown()),
});
export type TNotificationCreatedData = z.infer<typeof ZNotificationCreatedData>;

export const WEBHOOK_DELIVERY_CREATED = "webhooks/delivery.created";
export const ZWebhookDeliveryCreatedData = z.object({ delivery_id: z.string().min(1) });
