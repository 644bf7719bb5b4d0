import "server-only";
import { and, eq } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { sendEvent } from "@/lib/events/send-event";
import { WEBHOOK_DELIVERY_CREATED } from "@/lib/pipeline/events";
import { createDeliveriesFor } from "./create-deliveries";
import { getWebhookRow, type TWebhookScope } from "./get-webhook-row";
import { WEBHOOK_TEST_EVENT } from "./webhook-events";

async function startDelivery(deliveryId: string) {
  await sendEvent({ name: WEBHOOK_DELIVERY_CREATED, id: `delivery-${deliveryId}`, data: { delivery_id: deliveryId } });
  return { delivery_id: deliveryId };
}

/** POST /webhooks/{id}/test: a `webhook_test` event to this endpoint, delivered (and retried) like any other. */
export async function sendTestWebhook(scope: TWebhookScope) {
  const endpoint = await getWebhookRow(scope);
  const payload = {
    event: WEBHOOK_TEST_EVENT,
    webhook_id: endpoint.id,
    organization_id: endpoint.orgId,
    sent_at: new Date().toISOString(),
  };
  const [deliveryId] = await createDeliveriesFor([endpoint.id], WEBHOOK_TEST_EVENT, payload);
  return startDelivery(deliveryId);
}

/** Redeliver: the same payload and webhook-id (receivers deduplicate on it), as a new series of attempts. */
export async function redeliverWebhook(scope: TWebhookScope & { deliveryId: string }) {
  await getWebhookRow(scope);
  const db = await getDb();
  const [original] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, scope.deliveryId), eq(webhookDeliveries.endpointId, scope.id)))
    .limit(1);
  if (!original) throw notFound("Delivery");
  const [deliveryId] = await createDeliveriesFor(
    [scope.id],
    original.event,
    original.payload as Record<string, unknown>,
    original.messageId,
  );
  return startDelivery(deliveryId);
}
