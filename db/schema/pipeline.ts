import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// The local durable engine's state. A run is one invocation of a function (e.g. process-document
// for one document); each finished step's output is memoized so a restarted run skips it.
export const pipelineRuns = pgTable(
  "pipeline_runs",
  {
    id: text("id").primaryKey(),
    functionId: text("function_id").notNull(),
    /** Deduplicates sends: one run per (function, idempotency key). */
    idempotencyKey: text("idempotency_key").notNull(),
    event: jsonb("event").notNull(),
    /** Concurrency group, e.g. the organization id. */
    concurrencyKey: text("concurrency_key"),
    status: text("status", { enum: ["queued", "running", "sleeping", "completed", "failed"] })
      .notNull()
      .default("queued"),
    /** Failed attempts of the current step; reset when a step finishes. */
    attempt: integer("attempt").notNull().default(0),
    nextRunAt: timestamp("next_run_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    lockedBy: text("locked_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true, precision: 3 }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, precision: 3 }),
  },
  (table) => [
    index("pipeline_runs_due_idx").on(table.status, table.nextRunAt),
    uniqueIndex("pipeline_runs_idempotency_idx").on(table.functionId, table.idempotencyKey),
  ],
);

export const pipelineSteps = pgTable(
  "pipeline_steps",
  {
    runId: text("run_id")
      .notNull()
      .references(() => pipelineRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    /** The step's return value (JSON), or for a sleep the time it ends. */
    output: jsonb("output"),
    /** How many times the step ran before it finished (1 = first try). */
    attempts: integer("attempts").notNull().default(1),
    finishedAt: timestamp("finished_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.stepId] })],
);

export type PipelineRun = typeof pipelineRuns.$inferSelect;
