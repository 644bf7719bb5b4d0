// `npm start`: serve the production build (Next's standalone server), building it first on a
// fresh clone. `npm run dev` passes "dev" to run the development server with the same defaults.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isBuildStale } from "./build-freshness.mjs";
import { serverEnv } from "./server-env.mjs";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const isDev = process.argv[2] === "dev";
const env = serverEnv();
const standaloneServer = path.resolve(".next/standalone/server.js");

function run(args, extraEnv = {}) {
  const child = spawn(process.execPath, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (isDev) {
  run([nextBin, "dev", "--port", env.PORT]);
} else {
  if (isBuildStale()) {
    console.log("No up-to-date production build: running `next build` first (about a minute).");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  // The standalone server serves static assets only from its own folder.
  fs.cpSync(".next/static", ".next/standalone/.next/static", { recursive: true });
  if (fs.existsSync("public")) fs.cpSync("public", ".next/standalone/public", { recursive: true });
  run([standaloneServer], { NODE_ENV: "production", HOSTNAME: env.HOSTNAME || "0.0.0.0" });
}
