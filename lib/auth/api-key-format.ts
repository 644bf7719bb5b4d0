import { createHash, randomBytes } from "node:crypto";
import type { TEnvironment } from "@/db/schema";

// Key format: ds_live_<40 base62> / ds_test_<40 base62>. The prefix lets secret scanners and our
// wrapper recognise a key; only its SHA-256 is stored.
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const SECRET_LENGTH = 40;
const KEY_PATTERN = /^ds_(live|test)_[0-9A-Za-z]{32,128}$/;

export function generateApiKey(env: TEnvironment): string {
  let secret = "";
  while (secret.length < SECRET_LENGTH) {
    for (const byte of randomBytes(64)) {
      // 248 = 4 × 62: dropping larger bytes keeps every character equally likely.
      if (byte < 248 && secret.length < SECRET_LENGTH) secret += BASE62[byte % 62];
    }
  }
  return `ds_${env}_${secret}`;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** `ds_test_…ab12`: enough to recognise a key in a list, useless to an attacker. */
export function partialApiKey(key: string): string {
  return `${key.slice(0, 8)}…${key.slice(-4)}`;
}

export function parseApiKeyEnvironment(key: string): TEnvironment | undefined {
  const match = KEY_PATTERN.exec(key);
  return match ? (match[1] as TEnvironment) : undefined;
}
