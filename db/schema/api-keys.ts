import { bigint, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organizations, users } from "./organizations";

export const environment = pgEnum("environment", ["live", "test"]);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    env: environment("env").notNull(),
    name: text("name").notNull(),
    /** SHA-256 hex of the whole key. Keys are random and high-entropy, so a fast hash is safe and indexable. */
    keyHash: text("key_hash").notNull().unique(),
    hashAlgorithm: text("hash_algorithm").notNull().default("sha256"),
    /** Display form, e.g. `ds_test_…ab12`. */
    partialKey: text("partial_key").notNull(),
    /** Requests per rate-limit window for this key; null means the server default. */
    rateLimit: integer("rate_limit"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [index("api_keys_org_idx").on(table.orgId)],
);

/** One row per accepted request, kept for one window: the sliding-window log behind rate limiting. */
export const rateLimitEvents = pgTable(
  "rate_limit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    keyId: text("key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index("rate_limit_events_key_at_idx").on(table.keyId, table.at)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
export type TEnvironment = (typeof environment.enumValues)[number];
