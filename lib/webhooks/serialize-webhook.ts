import type { WebhookDelivery, WebhookEndpoint } from "@/db/schema";
import type { TWebhookDeliveryResponse, TWebhookResponse } from "@/lib/validation/webhooks";

export function serializeWebhook(row: WebhookEndpoint): TWebhookResponse {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    enabled: row.enabled,
    description: row.description,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function serializeDelivery(row: WebhookDelivery): TWebhookDeliveryResponse {
  return {
    id: row.id,
    webhook_id: row.endpointId,
    event: row.event,
    message_id: row.messageId,
    status: row.status,
    attempts: row.attempts,
    last_status_code: row.lastStatusCode,
    last_response_excerpt: row.lastResponseExcerpt,
    last_error: row.lastError,
    next_attempt_at: row.nextAttemptAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt?.toISOString() ?? null,
    payload: row.payload as Record<string, unknown>,
  };
}
