import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { api, uniqueName } from "../support/api";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");

/** Runs the real CLI the way an operator does, against the suite's database. */
async function admin(...args: string[]) {
  const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "scripts/admin.ts", ...args, "--json"], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: inject("dataDir"), DATABASE_URL: inject("databaseUrl") },
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) as string);
}

describe("admin CLI", () => {
  it("creates an organization and a key that the API accepts, lists and revokes it", async () => {
    const name = uniqueName("cli");
    const org = await admin("org", "create", "--name", name, "--email", `${name}@example.test`, "--password", "correct-horse-9");
    expect(org.organization_id).toMatch(/^org_/);
    expect(org.user_id).toMatch(/^usr_/);

    const key = await admin("key", "create", "--org", org.organization_id, "--env", "test", "--name", "ci", "--rate-limit", "5");
    expect(key.key).toMatch(/^ds_test_[0-9A-Za-z]{40}$/);
    const me = await api("/api/v1/me", { key: key.key });
    expect(me.status).toBe(200);
    expect(me.body.rate_limit.requests).toBe(5);

    const list = await admin("key", "list", "--org", org.organization_id);
    expect(list.data).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(key.key);

    await admin("key", "revoke", "--id", key.id);
    expect((await api("/api/v1/me", { key: key.key })).status).toBe(401);
  });

  it("refuses a weak password with a clear message", async () => {
    await expect(admin("org", "create", "--name", "x", "--email", "weak@example.test", "--password", "short")).rejects.toMatchObject({
      stderr: expect.stringContaining("--password"),
    });
  });
});
