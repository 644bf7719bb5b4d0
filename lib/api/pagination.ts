import { ApiError } from "./errors";

/**
 * Opaque cursors over (created_at, id): stable under inserts, no COUNT per page.
 * Encoded as base64url JSON so clients treat them as tokens, not as values to build.
 */
export type TCursor = { createdAt: Date; id: string };

export function encodeCursor(cursor: TCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString("base64url");
}

export function decodeCursor(token: string): TCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    const date = new Date(createdAt);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("bad cursor");
    return { createdAt: date, id };
  } catch {
    throw new ApiError({ code: "bad_request", message: "starting_after is not a cursor returned by this API." });
  }
}

/** Given `limit + 1` rows, the page and where the next one starts. */
export function toPage<TRow extends { createdAt: Date; id: string }>(rows: TRow[], limit: number) {
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return { rows: page, hasMore, nextCursor: hasMore && last ? encodeCursor(last) : null };
}
