import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/** A field as stored in a schema version; the request/response shape is validated in lib/validation/schemas.ts. */
export type TStoredField = {
  key: string;
  name: string;
  type: "text" | "number" | "date" | "boolean" | "email" | "phone" | "enum";
  description?: string;
  required: boolean;
  aliases: string[];
  options?: string[];
};

// Schemas belong to the organization and serve both environments (live and test).
export const schemas = pgTable(
  "schemas",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    currentVersion: integer("current_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true, precision: 3 }),
  },
  (table) => [index("schemas_org_created_idx").on(table.orgId, table.createdAt, table.id)],
);

/** Every edit of the fields makes a new version; documents remember the version they were extracted with. */
export const schemaVersions = pgTable(
  "schema_versions",
  {
    id: text("id").primaryKey(),
    schemaId: text("schema_id")
      .notNull()
      .references(() => schemas.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** Ordered: the order is the display order and the extraction order. */
    fields: jsonb("fields").$type<TStoredField[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("schema_versions_schema_version_idx").on(table.schemaId, table.version)],
);

export type Schema = typeof schemas.$inferSelect;
export type SchemaVersion = typeof schemaVersions.$inferSelect;
