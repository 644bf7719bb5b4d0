import "server-only";
import { and, eq } from "drizzle-orm";
import { jobs } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import type { TJobResponse } from "@/lib/validation/documents";

export async function getJob(options: { id: string; orgId: string; env: "live" | "test" }): Promise<TJobResponse> {
  const db = await getDb();
  const [job] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, options.id), eq(jobs.orgId, options.orgId), eq(jobs.env, options.env)))
    .limit(1);
  if (!job) throw notFound("Job");
  return {
    id: job.id,
    job_id: job.id,
    status: job.status,
    kind: job.kind,
    schema_id: job.schemaId,
    document_count: job.documentCount,
    processed_count: job.processedCount,
    failed_count: job.failedCount,
    pending_count: job.documentCount - job.processedCount - job.failedCount,
    error_message: job.errorMessage,
    created_at: job.createdAt.toISOString(),
    completed_at: job.completedAt?.toISOString() ?? null,
  };
}
