import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DatabaseHandle = { db: Database; driver: "postgres" | "pglite"; close: () => Promise<void> };

export type TOpenDatabaseOptions = {
  /** postgres:// URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string;
  dataDir: string;
  /** Written into the PGlite lock so other processes can find the server that owns the data. */
  port?: number;
  poolSize?: number;
};

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
// Any constant works; it serializes migrations when several servers start against one Postgres.
const MIGRATION_LOCK_ID = 7_264_119;

export async function openDatabase(options: TOpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.port);
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const migrationClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const migrationDb = drizzlePostgres(migrationClient, { schema });
    await migrationDb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    await migratePostgres(migrationDb, { migrationsFolder: MIGRATIONS_FOLDER });
    await migrationDb.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
  } finally {
    await migrationClient.end();
  }
  const client = postgres(url, { max: poolSize, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  return { db, driver: "postgres", close: () => client.end() };
}

async function openPglite(dataDir: string, port?: number): Promise<DatabaseHandle> {
  const release = acquirePgliteLock(dataDir, port);
  try {
    const client = await PGlite.create(path.join(dataDir, "pglite"));
    const pgliteDb = drizzlePglite(client, { schema });
    await migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
    const db = pgliteDb as unknown as Database;
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
