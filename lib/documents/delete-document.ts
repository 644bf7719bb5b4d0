import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { documents, jobs } from "@/db/schema";
import { getDb } from "@/lib/db";
import { sendEvent } from "@/lib/events/send-event";
import { toNotificationEvents } from "@/lib/pipeline/notification-events";
import { jobNotification } from "@/lib/pipeline/steps/finish-document";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { getDocumentRow } from "./get-document-row";

/**
 * Deletes a document with its file, pages, field values and search text (they live in its row and
 * cascade). An upload's job goes with its only document; a batch job keeps its other documents. A batch
 * document deleted before it finished no longer counts in its job, so the job can still finish: if the
 * others are done, it finishes now and its job_completed / job_failed webhook goes out.
 */
export async function deleteDocument(options: { id: string; orgId: string; env: "live" | "test" }) {
  const row = await getDocumentRow(options);
  const db = await getDb();
  const finishedJob = await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(documents)
      .where(and(eq(documents.id, row.id), eq(documents.orgId, options.orgId)))
      .returning({ status: documents.status });
    const [remaining] = await tx.select({ total: count() }).from(documents).where(eq(documents.jobId, row.jobId));
    if (Number(remaining?.total ?? 0) === 0) {
      await tx.delete(jobs).where(eq(jobs.id, row.jobId));
      return undefined;
    }
    if (!deleted || deleted.status === "completed" || deleted.status === "failed") return undefined;
    const done = sql`${jobs.processedCount} + ${jobs.failedCount} >= ${jobs.documentCount} - 1`;
    const [job] = await tx
      .update(jobs)
      .set({
        documentCount: sql`${jobs.documentCount} - 1`,
        status: sql`case when ${done} then (case when ${jobs.processedCount} > 0 then 'completed' else 'failed' end)::job_status
                    else ${jobs.status} end`,
        completedAt: sql`case when ${done} then now() else null end`,
      })
      .where(and(eq(jobs.id, row.jobId), inArray(jobs.status, ["queued", "processing"])))
      .returning();
    return job && (job.status === "completed" || job.status === "failed") ? job : undefined;
  });
  if (row.storageKey) await getBlobStore().delete(row.storageKey);
  if (finishedJob) {
    await sendEvent(toNotificationEvents({ notifications: [jobNotification(finishedJob)], env: row.env })).catch((error: unknown) =>
      console.error(`Could not send the webhook event of job ${finishedJob.id}`, error),
    );
  }
  return { id: row.id, deleted: true };
}
