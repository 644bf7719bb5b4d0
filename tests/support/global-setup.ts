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
    // Webhook receivers and batch files are served by the tests on 127.0.0.1; webhook retries are compressed.
    env: {
      RATE_LIMIT_REQUESTS: "1000",
      MAX_UPLOAD_BYTES: String(2 * 1024 * 1024),
      // 25 MP: no PDF stream may decode past 100 MB, so the decompression-bomb test needs only a 128 MB bomb.
      MAX_IMAGE_PIXELS: "25000000",
      PIPELINE_RETRY_BASE_MS: "200",
      ALLOW_PRIVATE_URLS: "1",
      WEBHOOK_RETRY_DELAYS: "0.2,0.4,0.6,0.8,1",
    },
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
