import "server-only";
import { and, eq } from "drizzle-orm";
import { schemas } from "@/db/schema";
import { ApiError, notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";

/** The schema an upload is extracted with: it must be the organization's and not archived. */
export async function getActiveSchemaVersion(options: { schemaId: string; orgId: string }) {
  const db = await getDb();
  const [schema] = await db
    .select({ id: schemas.id, version: schemas.currentVersion, archivedAt: schemas.archivedAt })
    .from(schemas)
    .where(and(eq(schemas.id, options.schemaId), eq(schemas.orgId, options.orgId)))
    .limit(1);
  if (!schema) throw notFound("Schema");
  if (schema.archivedAt) {
    throw new ApiError({ code: "conflict", message: `Schema ${schema.id} is archived and takes no new documents; use an active schema.` });
  }
  return { schemaId: schema.id, schemaVersion: schema.version };
}
