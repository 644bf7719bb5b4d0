import "server-only";
import { createDeliveries } from "@/lib/webhooks/create-deliveries";
import { NOTIFICATION_CREATED, WEBHOOK_DELIVERY_CREATED, ZNotificationCreatedData } from "./events";
import type { TDurableFunction } from "./step";

/** A contract event → one delivery (and one durable delivery run) per subscribed endpoint. */
export const fanOutNotificationFunction: TDurableFunction = {
  id: "fan-out-notification",
  trigger: NOTIFICATION_CREATED,
  retries: 4,
  handler: async ({ event, step }) => {
    const data = ZNotificationCreatedData.parse(event.data);
    const deliveryIds = await step.run("create-deliveries", () =>
      createDeliveries({
        orgId: data.organization_id,
        env: data.env,
        event: data.event,
        payload: data.payload,
        notificationId: event.id ?? `${data.event}`,
      }),
    );
    if (!deliveryIds.length) return;
    await step.sendEvent(
      "deliver",
      deliveryIds.map((deliveryId) => ({
        name: WEBHOOK_DELIVERY_CREATED,
        id: `delivery-${deliveryId}`,
        data: { delivery_id: deliveryId },
      })),
    );
  },
};
