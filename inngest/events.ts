import { eventType } from "inngest";
import { DOCUMENT_QUEUED, ZDocumentQueuedData } from "@/lib/pipeline/events";

// Inngest triggers for the pipeline's events, validated at run time with the same zod schemas.
export const documentQueued = eventType(DOCUMENT_QUEUED, { schema: ZDocumentQueuedData });
