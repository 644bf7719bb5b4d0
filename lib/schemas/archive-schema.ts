import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { schemas } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { getSchema } from "./get-schema";

/** DELETE archives: the schema stays readable for the documents that used it, but takes no new uploads. */
export async function archiveSchema(options: { id: string; orgId: string }) {
  const db = await getDb();
  const [row] = await db
    .update(schemas)
    .set({ archivedAt: sql`coalesce(${schemas.archivedAt}, now())`, updatedAt: sql`now()` })
    .where(and(eq(schemas.id, options.id), eq(schemas.orgId, options.orgId)))
    .returning({ id: schemas.id });
  if (!row) throw notFound("Schema");
  return getSchema(options);
}
