import "server-only";
import { getConfig } from "@/lib/config";
import { attemptDelivery } from "@/lib/webhooks/attempt-delivery";
import { WEBHOOK_DELIVERY_CREATED, ZWebhookDeliveryCreatedData } from "./events";
import type { TDurableFunction } from "./step";

/**
 * One delivery, durably: an attempt, then (after a non-2xx answer or a network error) a sleep of
 * 1 s, 5 s, 30 s, 5 min and 30 min (WEBHOOK_RETRY_DELAYS) before each retry, then failed. The
 * sleeps survive restarts; every attempt carries the same webhook-id.
 */
export const deliverWebhookFunction: TDurableFunction = {
  id: "deliver-webhook",
  trigger: WEBHOOK_DELIVERY_CREATED,
  // Retries of a step that threw (our database, not the receiver); the receiver's failures are the loop below.
  retries: 2,
  handler: async ({ event, step }) => {
    const { delivery_id: deliveryId } = ZWebhookDeliveryCreatedData.parse(event.data);
    const delays = getConfig().WEBHOOK_RETRY_DELAYS;
    for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
      const nextDelaySeconds = delays[attempt - 1];
      const result = await step.run(`attempt-${attempt}`, () =>
        attemptDelivery({ deliveryId, attempt, isLastAttempt: attempt === delays.length + 1, nextDelaySeconds }),
      );
      if (result.isFinal) return;
      await step.sleep(`wait-${attempt}`, nextDelaySeconds * 1000);
    }
  },
};
