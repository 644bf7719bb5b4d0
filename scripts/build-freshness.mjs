import fs from "node:fs";
import path from "node:path";

// What the production build is made from: when any of it is newer than the build, rebuild, so
// `npm start` after a `git pull` (or a test run after an edit) never serves stale code.
const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "inngest",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["node_modules", ".next", ".data"]);

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (SKIP.has(entry) || entry.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function isBuildStale(root = process.cwd()) {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!fs.existsSync(buildId) || !fs.existsSync(path.join(root, ".next/standalone/server.js"))) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > builtAt);
}
