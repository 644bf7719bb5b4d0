import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { documents } from "@/db/schema";
import { getDb } from "@/lib/db";

/** Moves extraction_progress forward only (a retried step must not make it jump back). */
export async function updateDocumentProgress(documentId: string, progress: number, changes: Partial<typeof documents.$inferInsert> = {}) {
  const db = await getDb();
  await db
    .update(documents)
    .set({ ...changes, extractionProgress: sql`greatest(${documents.extractionProgress}, ${Math.round(progress)})` })
    .where(and(eq(documents.id, documentId), notInArray(documents.status, ["completed", "failed"])));
}
