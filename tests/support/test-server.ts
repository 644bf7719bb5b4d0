import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const ROOT = path.resolve(__dirname, "../..");

export type TTestServer = {
  baseUrl: string;
  dataDir: string;
  databaseUrl?: string;
  port: number;
  process: ChildProcess;
  stop: () => Promise<void>;
  /** Kills the server with SIGKILL (no clean shutdown), for recovery tests. */
  kill: () => Promise<void>;
  restart: () => Promise<void>;
  /** Everything the server printed, across restarts. */
  output: () => string;
};

export async function ensureBuild() {
  // @ts-expect-error: a plain .mjs script shared with `npm start`
  const { isBuildStale } = await import("../../scripts/build-freshness.mjs");
  if (!isBuildStale(ROOT)) return;
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

/** A fresh database on the Postgres server of `serverUrl`, dropped by the returned function. */
export async function createScratchDatabase(serverUrl: string) {
  const name = `docustack_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logs: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited (${child.exitCode}):\n${logs()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Server did not become healthy in 60 s:\n${logs()}`);
}

/** Starts the production build with `npm start`'s launcher, on a free port and its own data. */
export async function startTestServer(options: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<TTestServer> {
  await ensureBuild();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "docustack-test-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  const launch = () => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: options.databaseUrl ?? "",
        NEXT_TELEMETRY_DISABLED: "1",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    return child;
  };
  const server: TTestServer = {
    baseUrl,
    dataDir,
    databaseUrl: options.databaseUrl,
    port,
    process: launch(),
    stop: async () => {
      await stopChild(server.process, "SIGTERM");
    },
    kill: async () => {
      await stopChild(server.process, "SIGKILL");
    },
    restart: async () => {
      server.process = launch();
      await waitForHealth(baseUrl, server.process, () => output);
    },
    output: () => output,
  };
  await waitForHealth(baseUrl, server.process, () => output);
  return server;
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // The launcher forwards SIGTERM; for SIGKILL the whole process group must die, like a crash.
  if (signal === "SIGKILL") {
    spawnSync("pkill", ["-KILL", "-P", String(child.pid)]);
  }
  child.kill(signal);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}
