import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { environment } from "./api-keys";
import { organizations } from "./organizations";
import { schemas } from "./schemas";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const documentStatus = pgEnum("document_status", ["queued", "processing", "completed", "failed"]);
export const jobStatus = pgEnum("job_status", ["queued", "processing", "completed", "failed"]);

/** An ingestion job: one upload, or one batch of refs. Counters move as its documents finish. */
export const jobs = pgTable(
  "jobs",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    env: environment("env").notNull(),
    schemaId: text("schema_id")
      .notNull()
      .references(() => schemas.id),
    kind: text("kind", { enum: ["upload", "batch"] }).notNull(),
    status: jobStatus("status").notNull().default("queued"),
    documentCount: integer("document_count").notNull(),
    processedCount: integer("processed_count").notNull().default(0),
    failedCount: integer("failed_count").notNull().default(0),
    errorMessage: text("error_message"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true, precision: 3 }),
  },
  (table) => [index("jobs_org_env_created_idx").on(table.orgId, table.env, table.createdAt)],
);

export type TBoxJson = { x0: number; y0: number; x1: number; y1: number };

export const documents = pgTable(
  "documents",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    env: environment("env").notNull(),
    jobId: text("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    schemaId: text("schema_id")
      .notNull()
      .references(() => schemas.id),
    schemaVersion: integer("schema_version").notNull(),
    name: text("name").notNull(),
    status: documentStatus("status").notNull().default("queued"),
    extractionProgress: integer("extraction_progress").notNull().default(0),
    fieldsExtracted: integer("fields_extracted").notNull().default(0),
    pageCount: integer("page_count"),
    /** pdf | jpeg | png | tiff, sniffed from the bytes; null until a batch ref is fetched. */
    fileType: text("file_type"),
    sizeBytes: bigint("size_bytes", { mode: "number" }),
    sha256: text("sha256"),
    storageKey: text("storage_key"),
    /** Batch ingestion: the URL or s3:// ref the file is fetched from. */
    sourceRef: text("source_ref"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    fullText: text("full_text"),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(full_text, ''))`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }),
    completedAt: timestamp("completed_at", { withTimezone: true, precision: 3 }),
  },
  (table) => [
    index("documents_org_env_created_idx").on(table.orgId, table.env, table.createdAt, table.id),
    index("documents_job_idx").on(table.jobId),
    index("documents_schema_idx").on(table.schemaId),
    index("documents_search_idx").using("gin", table.searchVector),
  ],
);

/** The layout of one page (lines → words with boxes), as the layout step read it. */
export const documentPages = pgTable(
  "document_pages",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    page: integer("page").notNull(),
    source: text("source", { enum: ["text_layer", "ocr"] }).notNull(),
    width: real("width").notNull(),
    height: real("height").notNull(),
    text: text("text").notNull(),
    layout: jsonb("layout").notNull(),
  },
  (table) => [primaryKey({ columns: [table.documentId, table.page] })],
);

export const fieldValues = pgTable(
  "field_values",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    fieldKey: text("field_key").notNull(),
    fieldName: text("field_name").notNull(),
    value: text("value"),
    /**
     * Wrapped as `{"value": …}`: the drivers hand back parsed JSON and Drizzle's jsonb mapper parses
     * strings once more, so a bare "471102" or "true" would come back as a number or a boolean.
     */
    normalizedValue: jsonb("normalized_value").$type<{ value: string | number | boolean } | null>(),
    confidence: real("confidence").notNull(),
    wasInferred: boolean("was_inferred").notNull().default(false),
    manuallyEdited: boolean("manually_edited").notNull().default(false),
    /** Where the value came from: the page layout, an embedded e-invoice (XML), an AI model, or a person. */
    source: text("source", { enum: ["layout", "einvoice", "ai", "manual"] })
      .notNull()
      .default("layout"),
    page: integer("page"),
    bbox: jsonb("bbox").$type<TBoxJson>(),
  },
  (table) => [
    primaryKey({ columns: [table.documentId, table.fieldKey] }),
    // Search matches extracted values too (a corrected invoice number may not be in the page text);
    // lib/search uses this exact expression so the planner can use the index.
    index("field_values_search_idx").using("gin", sql`to_tsvector('simple', coalesce(${table.value}, ''))`),
  ],
);

/** Idempotency-Key replay: the first response to a key is returned again for 24 h. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    env: environment("env").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    statusCode: integer("status_code").notNull(),
    response: jsonb("response").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("idempotency_keys_scope_idx").on(table.orgId, table.env, table.key)],
);

/** Metered usage per organization, environment and UTC day. */
export const usageDaily = pgTable(
  "usage_daily",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    env: environment("env").notNull(),
    day: date("day").notNull(),
    documents: integer("documents").notNull().default(0),
    pages: integer("pages").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.env, table.day] })],
);

export type Job = typeof jobs.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
export type FieldValueRow = typeof fieldValues.$inferSelect;
