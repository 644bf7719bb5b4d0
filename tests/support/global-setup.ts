import type { TestProject } from "vitest/node";
import { createScratchDatabase, startTestServer } from "./test-server";

/**
 * One real server for the integration suite: Postgres when DATABASE_URL is set (a scratch
 * database created and dropped here), else the embedded PGlite in a temporary DATA_DIR.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  const scratch = serverUrl ? await createScratchDatabase(serverUrl) : undefined;
  const server = await startTestServer({
    databaseUrl: scratch?.url,
    // A small upload limit keeps the 413 test cheap; fast retries keep failure tests short.
    env: { RATE_LIMIT_REQUESTS: "1000", MAX_UPLOAD_BYTES: String(2 * 1024 * 1024), PIPELINE_RETRY_BASE_MS: "200", ALLOW_PRIVATE_URLS: "1" },
  });
  project.provide("baseUrl", server.baseUrl);
  project.provide("dataDir", server.dataDir);
  project.provide("databaseUrl", scratch?.url ?? "");
  return async () => {
    await server.stop();
    await scratch?.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    databaseUrl: string;
  }
}
