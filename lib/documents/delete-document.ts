import "server-only";
import { and, count, eq } from "drizzle-orm";
import { documents, jobs } from "@/db/schema";
import { getDb } from "@/lib/db";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { getDocumentRow } from "./get-document-row";

/**
 * Deletes a document with its file, pages, field values and search text (they live in its row and
 * cascade). An upload's job goes with its only document; a batch job keeps its other documents.
 */
export async function deleteDocument(options: { id: string; orgId: string; env: "live" | "test" }) {
  const row = await getDocumentRow(options);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(documents).where(and(eq(documents.id, row.id), eq(documents.orgId, options.orgId)));
    const [remaining] = await tx.select({ total: count() }).from(documents).where(eq(documents.jobId, row.jobId));
    if (Number(remaining?.total ?? 0) === 0) await tx.delete(jobs).where(eq(jobs.id, row.jobId));
  });
  if (row.storageKey) await getBlobStore().delete(row.storageKey);
  return { id: row.id, deleted: true };
}
