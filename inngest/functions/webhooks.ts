import { deliverWebhookFunction } from "@/lib/pipeline/deliver-webhook";
import { fanOutNotificationFunction } from "@/lib/pipeline/fan-out-notification";
import { notificationCreated, webhookDeliveryCreated } from "../events";
import { toInngestFunction } from "../to-inngest-function";

// fan-out-notification: a contract event → one delivery per subscribed endpoint.
export const fanOutNotification = toInngestFunction(fanOutNotificationFunction, notificationCreated);
// deliver-webhook: attempt, sleep 1 s / 5 s / 30 s / 5 min / 30 min between retries, then failed.
export const deliverWebhook = toInngestFunction(deliverWebhookFunction, webhookDeliveryCreated);
