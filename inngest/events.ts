import { eventType } from "inngest";
import {
  DOCUMENT_QUEUED,
  NOTIFICATION_CREATED,
  WEBHOOK_DELIVERY_CREATED,
  ZDocumentQueuedData,
  ZNotificationCreatedData,
  ZWebhookDeliveryCreatedData,
} from "@/lib/pipeline/events";

// Inngest triggers for the pipeline's events, validated at run time with the same zod schemas.
export const documentQueued = eventType(DOCUMENT_QUEUED, { schema: ZDocumentQueuedData });
export const notificationCreated = eventType(NOTIFICATION_CREATED, { schema: ZNotificationCreatedData });
export const webhookDeliveryCreated = eventType(WEBHOOK_DELIVERY_CREATED, { schema: ZWebhookDeliveryCreatedData });
