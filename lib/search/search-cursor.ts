import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";

/**
 * Search pages by offset, because results are ordered by rank, which isn't a stable key to resume
 * after. The cursor is still opaque (base64url JSON) and carries a hash of the query it belongs to,
 * so a cursor can't silently be replayed against another query.
 */
export function encodeSearchCursor(cursor: { offset: number; query: string }): string {
  return Buffer.from(JSON.stringify([cursor.offset, hashQuery(cursor.query)])).toString("base64url");
}

export function decodeSearchCursor(token: string, query: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || !Number.isSafeInteger(parsed[0]) || parsed[0] < 0 || typeof parsed[1] !== "string") {
    throw new ApiError({ code: "bad_request", message: "starting_after is not a cursor returned by this API." });
  }
  if (parsed[1] !== hashQuery(query)) {
    throw new ApiError({ code: "bad_request", message: "starting_after belongs to a different q; start again without it." });
  }
  return parsed[0];
}

function hashQuery(query: string) {
  return createHash("sha256").update(query).digest("base64url").slice(0, 16);
}
