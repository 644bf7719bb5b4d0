import "server-only";
import { writeAdminToken } from "./admin/admin-token";
import { getConfig } from "./config";
import { getDatabaseHandle } from "./db";

export async function bootServer() {
  const config = getConfig();
  const handle = await getDatabaseHandle();
  if (config.ADMIN_API) writeAdminToken(config.dataDir);
  console.log(`DocuStack: database ready (${handle.driver}${handle.driver === "pglite" ? ` in ${config.dataDir}` : ""})`);
  const shutdown = () => {
    handle.close().finally(() => process.exit(0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
