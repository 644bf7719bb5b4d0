import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquirePgliteLock, DatabaseLockedError, lockFilePath, readPgliteLock } from "./pglite-lock";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "docustack-lock-"));

describe("PGlite folder lock", () => {
  it("refuses a second holder with a message naming the first", async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    fs.writeFileSync(lockFilePath(dir), JSON.stringify({ pid: holder.pid, port: 4321, startedAt: new Date().toISOString() }));
    try {
      expect(() => acquirePgliteLock(dir)).toThrow(DatabaseLockedError);
      expect(() => acquirePgliteLock(dir)).toThrow(/already open in process \d+ \(serving on port 4321\)/);
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("takes over the lock of a process that died (kill -9), including an unreaped zombie", async () => {
    const dir = tempDir();
    const dead = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    fs.writeFileSync(lockFilePath(dir), JSON.stringify({ pid: dead.pid, startedAt: new Date().toISOString() }));
    dead.kill("SIGKILL");
    // Not waiting for 'exit' leaves the child unreaped for a moment: a zombie that kill(pid, 0) still finds.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const release = acquirePgliteLock(dir, 1234);
    expect(readPgliteLock(dir)).toMatchObject({ pid: process.pid, port: 1234 });
    release();
    expect(fs.existsSync(lockFilePath(dir))).toBe(false);
  });

  it("is re-entrant for the process that holds it", () => {
    const dir = tempDir();
    const release = acquirePgliteLock(dir);
    expect(() => acquirePgliteLock(dir)).not.toThrow();
    release();
  });
});
