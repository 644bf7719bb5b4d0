import "server-only";
import { deliverWebhookFunction } from "./deliver-webhook";
import { fanOutNotificationFunction } from "./fan-out-notification";
import { processDocumentFunction } from "./process-document";
import type { TDurableFunction } from "./step";

/** Every durable function, served by the local engine or (wrapped) by Inngest. */
export const DURABLE_FUNCTIONS: TDurableFunction[] = [processDocumentFunction, fanOutNotificationFunction, deliverWebhookFunction];
