import type { Schema, SchemaVersion, TStoredField } from "@/db/schema";
import type { TSchemaField, TSchemaResponse } from "@/lib/validation/schemas";

export function toStoredFields(fields: TSchemaField[]): TStoredField[] {
  return fields.map((field) => ({
    key: field.key,
    name: field.name,
    type: field.type,
    ...(field.description ? { description: field.description } : {}),
    required: field.required,
    aliases: field.aliases,
    ...(field.options ? { options: field.options } : {}),
  }));
}

export function serializeSchema(schema: Schema, version: Pick<SchemaVersion, "version" | "fields">): TSchemaResponse {
  return {
    id: schema.id,
    name: schema.name,
    description: schema.description,
    version: version.version,
    fields: version.fields.map((field) => ({
      key: field.key,
      name: field.name,
      type: field.type,
      description: field.description ?? null,
      required: field.required,
      aliases: field.aliases,
      options: field.options ?? null,
    })),
    archived: schema.archivedAt !== null,
    created_at: schema.createdAt.toISOString(),
    updated_at: schema.updatedAt.toISOString(),
    archived_at: schema.archivedAt?.toISOString() ?? null,
  };
}
