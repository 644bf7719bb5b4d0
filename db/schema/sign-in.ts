import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One row per failed password sign-in, by email (known account or not), kept for the throttle's window. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index("sign_in_failures_email_at_idx").on(table.email, table.at)],
);
