import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { DEBIAN_CHROMIUM } from "./tests/debian-chromium";

const PORT = Number(process.env.E2E_PORT ?? 3123);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// A fresh embedded database per run. Playwright loads this file again in every worker, so the
// directory is made once, in the runner, and handed to the workers through the environment; the
// runner deletes it on exit, after it has stopped the web server.
if (!process.env.E2E_DATA_DIR) {
  const created = fs.mkdtempSync(path.join(os.tmpdir(), "docustack-e2e-"));
  process.env.E2E_DATA_DIR = created;
  process.on("exit", () => fs.rmSync(created, { recursive: true, force: true }));
}
const DATA_DIR = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // One server on a 2-core machine: a second worker only makes timings flaky.
  workers: 1,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: BASE_URL,
    trace: "on-first-retry",
    // Debian's Chromium: `npx playwright install` can't download browsers on this machine.
    launchOptions: DEBIAN_CHROMIUM,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // `npm start`'s launcher: serves the production build, running `next build` first if there is none.
    command: "node scripts/start.mjs",
    url: `${BASE_URL}/api/health`,
    // Never test against a leftover server with old code or old data: fail if the port is taken.
    reuseExistingServer: false,
    timeout: 240_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATA_DIR,
      // Embedded PGlite only: the suite must never write to a real Postgres from the shell's environment.
      DATABASE_URL: "",
      // Sign-out redirects to NEXTAUTH_URL; it must be the origin the browser uses.
      NEXTAUTH_URL: BASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      // The webhook test's receiver listens on 127.0.0.1; retries are compressed.
      ALLOW_PRIVATE_URLS: "1",
      WEBHOOK_RETRY_DELAYS: "0.2,0.2,0.2,0.2,0.2",
    },
  },
});
