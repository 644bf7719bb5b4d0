import "server-only";
import { eq } from "drizzle-orm";
import { documents } from "@/db/schema";
import { ApiError } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { sendEvent } from "@/lib/events/send-event";
import { DOCUMENT_QUEUED, documentQueuedEventId } from "@/lib/pipeline/events";

/** Hands a stored document to the pipeline; if that fails the document is failed, not left queued forever. */
export async function queueDocument(options: { documentId: string; orgId: string; env: "live" | "test" }) {
  try {
    await sendEvent({
      name: DOCUMENT_QUEUED,
      id: documentQueuedEventId(options.documentId),
      data: { document_id: options.documentId, organization_id: options.orgId, env: options.env },
    });
  } catch (error) {
    console.error(`Could not queue document ${options.documentId}`, error);
    const db = await getDb();
    await db
      .update(documents)
      .set({
        status: "failed",
        errorCode: "internal_error",
        errorMessage: "The document could not be queued for processing.",
        completedAt: new Date(),
      })
      .where(eq(documents.id, options.documentId));
    throw new ApiError({
      code: "service_unavailable",
      message: "The document was stored but could not be queued for processing; please retry.",
    });
  }
}
