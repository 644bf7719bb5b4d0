import { processDocument } from "./process-document";
import { deliverWebhook, fanOutNotification } from "./webhooks";

export const functions = [processDocument, fanOutNotification, deliverWebhook];
