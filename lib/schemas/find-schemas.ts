import "server-only";
import { and, desc, eq, isNull, lt, or, type SQL } from "drizzle-orm";
import { schemas, schemaVersions } from "@/db/schema";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { getDb } from "@/lib/db";
import { serializeSchema } from "./serialize-schema";

/** The organization's schemas, newest first, each with its current version's fields. */
export async function findSchemas(options: { orgId: string; limit: number; startingAfter?: string; includeArchived: boolean }) {
  const db = await getDb();
  const conditions: (SQL | undefined)[] = [eq(schemas.orgId, options.orgId)];
  if (!options.includeArchived) conditions.push(isNull(schemas.archivedAt));
  if (options.startingAfter) {
    const cursor = decodeCursor(options.startingAfter);
    conditions.push(or(lt(schemas.createdAt, cursor.createdAt), and(eq(schemas.createdAt, cursor.createdAt), lt(schemas.id, cursor.id))));
  }
  const rows = await db
    .select({ schema: schemas, version: schemaVersions })
    .from(schemas)
    .innerJoin(schemaVersions, and(eq(schemaVersions.schemaId, schemas.id), eq(schemaVersions.version, schemas.currentVersion)))
    .where(and(...conditions))
    .orderBy(desc(schemas.createdAt), desc(schemas.id))
    .limit(options.limit + 1);
  const page = toPage(
    rows.map((row) => ({ ...row, createdAt: row.schema.createdAt, id: row.schema.id })),
    options.limit,
  );
  return {
    data: page.rows.map((row) => serializeSchema(row.schema, row.version)),
    has_more: page.hasMore,
    next_cursor: page.nextCursor,
  };
}
