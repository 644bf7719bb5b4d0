import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { documents, jobs, usageDaily } from "@/db/schema";
import { getDb } from "@/lib/db";
import { forgetDocumentBytes } from "../read-document-bytes";

export type TNotification = { event: string; [key: string]: string | number | null };

export type TFinishOptions = { documentId: string; failure?: { code: string; message: string } };

/**
 * Step "finish": the document's terminal status, usage metering, and the job's counters, in one
 * transaction guarded on the document not being terminal yet, so a retry can't count twice.
 * Returns the notifications (the contract's webhook payloads) for the events that happened.
 */
export type TFinishResult = { notifications: TNotification[]; env?: "live" | "test" };

export async function finishDocument(options: TFinishOptions): Promise<TFinishResult> {
  const db = await getDb();
  const isFailed = Boolean(options.failure);
  const now = new Date();
  const result = await db.transaction(async (tx) => {
    const [document] = await tx
      .update(documents)
      .set({
        status: isFailed ? "failed" : "completed",
        completedAt: now,
        ...(isFailed ? { errorCode: options.failure?.code, errorMessage: options.failure?.message } : { extractionProgress: 100 }),
      })
      .where(and(eq(documents.id, options.documentId), notInArray(documents.status, ["completed", "failed"])))
      .returning();
    if (!document) return undefined;
    if (!isFailed) {
      await tx
        .insert(usageDaily)
        .values({
          orgId: document.orgId,
          env: document.env,
          day: now.toISOString().slice(0, 10),
          documents: 1,
          pages: document.pageCount ?? 0,
        })
        .onConflictDoUpdate({
          target: [usageDaily.orgId, usageDaily.env, usageDaily.day],
          set: { documents: sql`${usageDaily.documents} + 1`, pages: sql`${usageDaily.pages} + ${document.pageCount ?? 0}` },
        });
    }
    const [job] = await tx
      .update(jobs)
      .set({
        processedCount: sql`${jobs.processedCount} + ${isFailed ? 0 : 1}`,
        failedCount: sql`${jobs.failedCount} + ${isFailed ? 1 : 0}`,
        status: sql`case when ${jobs.processedCount} + ${jobs.failedCount} + 1 >= ${jobs.documentCount}
                    then (case when ${jobs.processedCount} + ${isFailed ? 0 : 1} > 0 then 'completed' else 'failed' end)::job_status
                    else 'processing'::job_status end`,
        completedAt: sql`case when ${jobs.processedCount} + ${jobs.failedCount} + 1 >= ${jobs.documentCount} then now() else null end`,
      })
      .where(eq(jobs.id, document.jobId))
      .returning();
    return { document, job };
  });
  if (!result) return { notifications: [] };
  const { document, job } = result;
  if (document.storageKey) forgetDocumentBytes(document.storageKey);
  const notifications: TNotification[] = [
    isFailed
      ? {
          event: "document_failed",
          document_id: document.id,
          job_id: document.jobId,
          organization_id: document.orgId,
          schema_id: document.schemaId,
          error_code: document.errorCode,
          error_message: document.errorMessage,
          failed_at: now.toISOString(),
        }
      : {
          event: "document_completed",
          document_id: document.id,
          job_id: document.jobId,
          organization_id: document.orgId,
          schema_id: document.schemaId,
          processed_at: now.toISOString(),
        },
  ];
  if (job && (job.status === "completed" || job.status === "failed")) notifications.push(jobNotification(job));
  return { notifications, env: document.env };
}

/** The contract's job_completed or job_failed payload of a finished job. */
export function jobNotification(job: typeof jobs.$inferSelect): TNotification {
  const finishedAt = (job.completedAt ?? new Date()).toISOString();
  if (job.status === "completed") {
    return {
      event: "job_completed",
      job_id: job.id,
      organization_id: job.orgId,
      document_count: job.documentCount,
      processed_count: job.processedCount,
      failed_count: job.failedCount,
      completed_at: finishedAt,
    };
  }
  return {
    event: "job_failed",
    job_id: job.id,
    organization_id: job.orgId,
    document_count: job.documentCount,
    failed_count: job.failedCount,
    error_message: job.errorMessage ?? "Every document of the job failed.",
    failed_at: finishedAt,
  };
}
