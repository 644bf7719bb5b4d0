import "server-only";
import { and, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import { documents } from "@/db/schema";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { getDb } from "@/lib/db";
import type { TDocumentListResponse, TListDocumentsQuery } from "@/lib/validation/documents";
import { serializeDocumentSummary } from "./serialize-document";

/** The environment's documents, newest first, with optional filters. */
export async function findDocuments(
  options: TListDocumentsQuery & { orgId: string; env: "live" | "test" },
): Promise<TDocumentListResponse> {
  const conditions: (SQL | undefined)[] = [eq(documents.orgId, options.orgId), eq(documents.env, options.env)];
  if (options.status) conditions.push(eq(documents.status, options.status));
  if (options.schema_id) conditions.push(eq(documents.schemaId, options.schema_id));
  if (options.job_id) conditions.push(eq(documents.jobId, options.job_id));
  if (options.created_after) conditions.push(gte(documents.createdAt, new Date(options.created_after)));
  if (options.created_before) conditions.push(lte(documents.createdAt, new Date(options.created_before)));
  if (options.starting_after) {
    const cursor = decodeCursor(options.starting_after);
    conditions.push(
      or(lt(documents.createdAt, cursor.createdAt), and(eq(documents.createdAt, cursor.createdAt), lt(documents.id, cursor.id))),
    );
  }
  const db = await getDb();
  const rows = await db
    .select()
    .from(documents)
    .where(and(...conditions))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(options.limit + 1);
  const page = toPage(rows, options.limit);
  return { data: page.rows.map(serializeDocumentSummary), has_more: page.hasMore, next_cursor: page.nextCursor };
}
