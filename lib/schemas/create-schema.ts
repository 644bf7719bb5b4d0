import "server-only";
import type { z } from "zod";
import { schemas, schemaVersions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import type { ZCreateSchemaRequest } from "@/lib/validation/schemas";
import { serializeSchema, toStoredFields } from "./serialize-schema";

export async function createSchema(options: z.output<typeof ZCreateSchemaRequest> & { orgId: string }) {
  const db = await getDb();
  const fields = toStoredFields(options.fields);
  const schemaId = createId("sch");
  const schema = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schemas)
      .values({ id: schemaId, orgId: options.orgId, name: options.name, description: options.description || null, currentVersion: 1 })
      .returning();
    await tx.insert(schemaVersions).values({ id: createId("scv"), schemaId, version: 1, fields });
    return row;
  });
  return serializeSchema(schema, { version: 1, fields });
}
