import "server-only";
import { eq } from "drizzle-orm";
import { documents, jobs } from "@/db/schema";
import { ApiError } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { sendEvent } from "@/lib/events/send-event";
import { DOCUMENT_QUEUED, documentQueuedEventId } from "@/lib/pipeline/events";

/**
 * Hands a batch's documents to the pipeline in one send (one event each; their deterministic ids make a
 * resend harmless). If the send fails, the job and its documents are failed rather than left queued forever.
 */
export async function queueBatchDocuments(options: { jobId: string; documentIds: string[]; orgId: string; env: "live" | "test" }) {
  try {
    await sendEvent(
      options.documentIds.map((documentId) => ({
        name: DOCUMENT_QUEUED,
        id: documentQueuedEventId(documentId),
        data: { document_id: documentId, organization_id: options.orgId, env: options.env, has_source_ref: true },
      })),
    );
  } catch (error) {
    console.error(`Could not queue the documents of job ${options.jobId}`, error);
    const message = "The batch was recorded but could not be queued for processing.";
    const db = await getDb();
    await db.transaction(async (tx) => {
      await tx
        .update(documents)
        .set({ status: "failed", errorCode: "internal_error", errorMessage: message, completedAt: new Date() })
        .where(eq(documents.jobId, options.jobId));
      await tx
        .update(jobs)
        .set({ status: "failed", failedCount: options.documentIds.length, errorMessage: message, completedAt: new Date() })
        .where(eq(jobs.id, options.jobId));
    });
    throw new ApiError({ code: "service_unavailable", message: `${message} Please retry.` });
  }
}
