// Operator CLI: `npm run admin -- <area> <action> [--flags] [--json]`. Run with --help for the list.

import fs from "node:fs";
import { parseArgs } from "node:util";
import { readPgliteLock } from "@/db/pglite-lock";
import { adminTokenPath } from "@/lib/admin/admin-token";
import { getConfig } from "@/lib/config";
import { type TAdminCommand, ZAdminCommand } from "@/lib/validation/admin";

const USAGE = `Usage: npm run admin -- <command> [options] [--json]
  org create --name NAME --email EMAIL --password PASSWORD [--user-name NAME]
  key create --org ORG_ID --env test|live --name NAME [--rate-limit N]
  key list   --org ORG_ID
  key revoke --id KEY_ID`;

function parseCommand(argv: string[]): { command: TAdminCommand; isJson: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      "user-name": { type: "string" },
      org: { type: "string" },
      env: { type: "string" },
      "rate-limit": { type: "string" },
      id: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || positionals.length !== 2) throw new Error(USAGE);
  const command = ZAdminCommand.parse({
    command: positionals.join("."),
    name: values.name,
    email: values.email,
    password: values.password,
    userName: values["user-name"],
    org: values.org,
    env: values.env,
    rateLimit: values["rate-limit"],
    id: values.id,
  });
  return { command, isJson: Boolean(values.json) };
}

/** While a server owns the embedded database, hand the command to it; otherwise run it here. */
async function execute(command: TAdminCommand): Promise<Record<string, unknown>> {
  const config = getConfig();
  const holder = config.database === "pglite" ? readPgliteLock(config.dataDir) : undefined;
  if (holder?.port) {
    const token = fs.readFileSync(adminTokenPath(config.dataDir), "utf8").trim();
    const response = await fetch(`http://127.0.0.1:${holder.port}/api/internal/admin`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Admin-Token": token },
      body: JSON.stringify(command),
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(String(body.detail ?? `Server answered ${response.status}`));
    return body;
  }
  const { runAdminCommand } = await import("@/lib/admin/run-admin-command");
  const { getDatabaseHandle } = await import("@/lib/db");
  try {
    return await runAdminCommand(command);
  } finally {
    await (await getDatabaseHandle()).close();
  }
}

function printHuman(result: Record<string, unknown>) {
  for (const [name, value] of Object.entries(result)) {
    console.log(`${name}: ${typeof value === "object" ? JSON.stringify(value, null, 2) : value}`);
  }
}

async function main() {
  let parsed: ReturnType<typeof parseCommand>;
  try {
    parsed = parseCommand(process.argv.slice(2));
  } catch (error) {
    const message =
      error instanceof Error && "issues" in error
        ? (error as { issues: { path: unknown[]; message: string }[] }).issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")
        : String((error as Error).message);
    console.error(message);
    process.exit(2);
  }
  try {
    const result = await execute(parsed.command);
    if (parsed.isJson) console.log(JSON.stringify(result));
    else printHuman(result);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (parsed.isJson) console.log(JSON.stringify({ error: message }));
    else console.error(`Error: ${message}`);
    process.exit(1);
  }
}

main();
