import "server-only";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { getConfig } from "./config";

// Next.js may load this module more than once (instrumentation, route bundles); the handle lives
// on globalThis so the process opens one database, which PGlite requires.
const HANDLE = Symbol.for("docustack.database");
type TGlobalWithHandle = typeof globalThis & { [HANDLE]?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const store = globalThis as TGlobalWithHandle;
  if (!store[HANDLE]) {
    const config = getConfig();
    store[HANDLE] = openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.dataDir,
      port: config.PORT,
    });
    // A failed open must not be cached: the next request tries again and reports the real error.
    store[HANDLE].catch(() => {
      store[HANDLE] = undefined;
    });
  }
  return store[HANDLE];
}

export async function getDb() {
  return (await getDatabaseHandle()).db;
}
