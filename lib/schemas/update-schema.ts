import "server-only";
import { isDeepStrictEqual } from "node:util";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { schemas, schemaVersions } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import type { ZUpdateSchemaRequest } from "@/lib/validation/schemas";
import { getSchema } from "./get-schema";
import { toStoredFields } from "./serialize-schema";

/**
 * Renames or re-describes a schema in place; a change of fields makes a new version, so
 * documents extracted earlier keep pointing at the fields they were extracted with.
 */
export async function updateSchema(options: z.output<typeof ZUpdateSchemaRequest> & { id: string; orgId: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [schema] = await tx
      .select()
      .from(schemas)
      .where(and(eq(schemas.id, options.id), eq(schemas.orgId, options.orgId)))
      .for("update")
      .limit(1);
    if (!schema) throw notFound("Schema");
    let nextVersion = schema.currentVersion;
    if (options.fields) {
      const fields = toStoredFields(options.fields);
      const [current] = await tx
        .select({ fields: schemaVersions.fields })
        .from(schemaVersions)
        .where(and(eq(schemaVersions.schemaId, schema.id), eq(schemaVersions.version, schema.currentVersion)));
      if (!current || !isDeepStrictEqual(current.fields, fields)) {
        nextVersion = schema.currentVersion + 1;
        await tx.insert(schemaVersions).values({ id: createId("scv"), schemaId: schema.id, version: nextVersion, fields });
      }
    }
    await tx
      .update(schemas)
      .set({
        ...(options.name !== undefined ? { name: options.name } : {}),
        ...(options.description !== undefined ? { description: options.description || null } : {}),
        currentVersion: nextVersion,
        updatedAt: sql`now()`,
      })
      .where(eq(schemas.id, schema.id));
  });
  return getSchema({ id: options.id, orgId: options.orgId });
}
