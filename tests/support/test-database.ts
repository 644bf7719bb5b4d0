import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createScratchDatabase } from "./test-server";

/**
 * Points this test process at a fresh database before any app module reads the configuration:
 * a scratch database on the Postgres server of DATABASE_URL when it is set, else a PGlite folder.
 * Import app modules (dynamically) only after awaiting this.
 */
export async function useFreshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl);
    process.env.DATABASE_URL = scratch.url;
    return { cleanup: scratch.drop };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "docustack-db-"));
  process.env.DATA_DIR = dataDir;
  return { cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * A fresh database for the whole test file: created, opened and migrated before its tests (opening PGlite takes
 * seconds, which belong to setup, not to the first test), closed and dropped after them.
 */
export function runSuiteOnFreshDatabase() {
  let cleanup: (() => Promise<void>) | undefined;
  let closeDatabase: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ cleanup } = await useFreshDatabase());
    const { getDatabaseHandle } = await import("@/lib/db");
    const handle = await getDatabaseHandle();
    closeDatabase = () => handle.close();
  }, 60_000);
  afterAll(async () => {
    await closeDatabase?.();
    await cleanup?.();
  });
}
