import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { documents } from "./documents";
import { schemas } from "./schemas";

/**
 * Labels learned from corrections: when a user corrects a field, the label printed next to the
 * corrected value becomes an alias of that field for the schema's later documents.
 */
export const learnedAliases = pgTable(
  "learned_aliases",
  {
    schemaId: text("schema_id")
      .notNull()
      .references(() => schemas.id, { onDelete: "cascade" }),
    fieldKey: text("field_key").notNull(),
    alias: text("alias").notNull(),
    /** How many corrections pointed at this label. */
    occurrences: integer("occurrences").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.schemaId, table.fieldKey, table.alias] })],
);

/** Corrected values with their printed context: few-shot examples for the AI extractor. */
export const extractionExamples = pgTable(
  "extraction_examples",
  {
    schemaId: text("schema_id")
      .notNull()
      .references(() => schemas.id, { onDelete: "cascade" }),
    fieldKey: text("field_key").notNull(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    value: text("value"),
    /** The label printed next to the value, when one was found. */
    label: text("label"),
    /** The printed line (and the one above) around the value. */
    context: text("context"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.documentId, table.fieldKey] }),
    index("extraction_examples_schema_idx").on(table.schemaId, table.fieldKey),
  ],
);
