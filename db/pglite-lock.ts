import fs from "node:fs";
import path from "node:path";

// PGlite does not lock its folder, and two processes writing one data directory corrupt it.
// This lock file makes the second opener fail with a clear message instead.
export type TPgliteLockInfo = { pid: number; port?: number; startedAt: string };

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: TPgliteLockInfo,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in process ${holder.pid}` +
        (holder.port ? ` (serving on port ${holder.port})` : "") +
        ". Stop that process, use another DATA_DIR, or set DATABASE_URL to use a Postgres server.",
    );
    this.name = "DatabaseLockedError";
  }
}

export function lockFilePath(dataDir: string) {
  return path.join(dataDir, "pglite.lock");
}

function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process whose parent never reaps it (common in containers, where PID 1 is often not an
  // init) lingers as a zombie and still answers kill(pid, 0): it holds no files, so it is dead to us.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

export function readPgliteLock(dataDir: string): TPgliteLockInfo | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(lockFilePath(dataDir), "utf8")) as TPgliteLockInfo;
    return isProcessAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

export function acquirePgliteLock(dataDir: string, port?: number) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const info: TPgliteLockInfo = { pid: process.pid, port, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: "wx" });
      const release = () => {
        try {
          if (readPgliteLock(dataDir)?.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // Already gone; nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readPgliteLock(dataDir);
      if (holder && holder.pid !== process.pid) throw new DatabaseLockedError(dataDir, holder);
      // A lock left by a process that died (kill -9, crash): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${file}`);
}
