import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { schemas, schemaVersions } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { findLearnedAliases } from "@/lib/learning/find-learned-aliases";
import type { TSchemaDetailResponse } from "@/lib/validation/schemas";
import { serializeSchema } from "./serialize-schema";

/** One schema of the organization with its version history; `version` selects older fields. */
export async function getSchema(options: { id: string; orgId: string; version?: number }): Promise<TSchemaDetailResponse> {
  const db = await getDb();
  const [schema] = await db
    .select()
    .from(schemas)
    .where(and(eq(schemas.id, options.id), eq(schemas.orgId, options.orgId)))
    .limit(1);
  if (!schema) throw notFound("Schema");
  const versions = await db
    .select({
      version: schemaVersions.version,
      fields: schemaVersions.fields,
      createdAt: schemaVersions.createdAt,
    })
    .from(schemaVersions)
    .where(eq(schemaVersions.schemaId, schema.id))
    .orderBy(asc(schemaVersions.version));
  const wanted = options.version ?? schema.currentVersion;
  const selected = versions.find((version) => version.version === wanted);
  if (!selected) throw notFound(`Version ${wanted} of this schema`);
  return {
    ...serializeSchema(schema, selected),
    versions: versions.map((version) => ({
      version: version.version,
      field_count: version.fields.length,
      created_at: version.createdAt.toISOString(),
    })),
    learned_aliases: await findLearnedAliases(schema.id),
  };
}
