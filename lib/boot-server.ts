import "server-only";
import { writeAdminToken } from "./admin/admin-token";
import { getConfig } from "./config";
import { getDatabaseHandle } from "./db";
import { getLocalEngine } from "./engine/get-local-engine";

/** Server start-up: database (migrated), admin token, and the local pipeline engine unless Inngest runs it. */
export async function bootServer() {
  const config = getConfig();
  const handle = await getDatabaseHandle();
  if (config.ADMIN_API) writeAdminToken(config.dataDir);
  console.log(`DocuStack: database ready (${handle.driver}${handle.driver === "pglite" ? ` in ${config.dataDir}` : ""})`);
  const engine = config.pipelineEngine === "local" ? getLocalEngine() : undefined;
  if (engine) {
    await engine.start();
    console.log(`DocuStack: local pipeline engine started (${config.PIPELINE_CONCURRENCY} documents at once)`);
  } else {
    console.log("DocuStack: pipeline runs on Inngest (served at /api/inngest)");
  }
  let isShuttingDown = false;
  const shutdown = async () => {
    if (isShuttingDown) return;
    isShuttingDown = true;
    await engine?.stop(10_000);
    await handle.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown());
  process.once("SIGINT", () => void shutdown());
}
