import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Zero-configuration defaults for the server process: a persistent NEXTAUTH_SECRET kept in
 * DATA_DIR (so sessions survive restarts) and NEXTAUTH_URL on the local port. Set both yourself
 * in production, where several instances must share one secret.
 */
export function serverEnv(env = process.env) {
  const port = env.PORT || "3000";
  const dataDir = path.resolve(env.DATA_DIR || ".data");
  // Absolute, because the standalone server changes its working directory.
  const result = { ...env, PORT: port, DATA_DIR: dataDir };
  if (!result.NEXTAUTH_SECRET) {
    fs.mkdirSync(dataDir, { recursive: true });
    const secretFile = path.join(dataDir, "nextauth.secret");
    if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
    result.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  }
  result.NEXTAUTH_URL ||= `http://localhost:${port}`;
  return result;
}
