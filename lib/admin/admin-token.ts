import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// While a server owns the embedded database, the admin CLI can't open it; it sends its command to
// the server instead, proving it runs on this machine as this user by reading this token file.
export function adminTokenPath(dataDir: string) {
  return path.join(dataDir, "admin.token");
}

export function writeAdminToken(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(32).toString("hex");
  fs.writeFileSync(adminTokenPath(dataDir), token, { mode: 0o600 });
  return token;
}

export function isValidAdminToken(dataDir: string, presented: string | null): boolean {
  if (!presented) return false;
  let expected: string;
  try {
    expected = fs.readFileSync(adminTokenPath(dataDir), "utf8").trim();
  } catch {
    return false;
  }
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
