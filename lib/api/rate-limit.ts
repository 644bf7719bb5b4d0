import "server-only";
import { and, count, eq, lte, min, sql } from "drizzle-orm";
import { rateLimitEvents } from "@/db/schema";
import { getDb } from "@/lib/db";

export type TRateLimitResult = {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** Unix time (seconds) when the oldest request in the window leaves it and frees a slot. */
  resetAt: number;
  /** Whole seconds until a request can succeed; 0 when allowed. */
  retryAfterSeconds: number;
};

/**
 * Sliding-window log: one row per accepted request, counted over the last `windowSeconds`.
 * The state lives in the database so every server instance shares it; an advisory lock per key
 * serializes concurrent requests of one key so the count can't be raced past the limit.
 */
export async function consumeRateLimit(options: { keyId: string; limit: number; windowSeconds: number }): Promise<TRateLimitResult> {
  const { keyId, limit, windowSeconds } = options;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rate-limit:${keyId}`}))`);
    const now = Date.now();
    const windowStart = new Date(now - windowSeconds * 1000);
    await tx.delete(rateLimitEvents).where(and(eq(rateLimitEvents.keyId, keyId), lte(rateLimitEvents.at, windowStart)));
    const [window] = await tx
      .select({ used: count(), oldest: min(rateLimitEvents.at) })
      .from(rateLimitEvents)
      .where(eq(rateLimitEvents.keyId, keyId));
    const used = Number(window?.used ?? 0);
    const oldest = window?.oldest ? new Date(window.oldest).getTime() : now;
    const resetMs = oldest + windowSeconds * 1000;
    if (used >= limit) {
      return {
        isAllowed: false,
        limit,
        remaining: 0,
        resetAt: Math.ceil(resetMs / 1000),
        retryAfterSeconds: Math.max(1, Math.ceil((resetMs - now) / 1000)),
      };
    }
    await tx.insert(rateLimitEvents).values({ keyId, at: new Date(now) });
    return { isAllowed: true, limit, remaining: limit - used - 1, resetAt: Math.ceil(resetMs / 1000), retryAfterSeconds: 0 };
  });
}

export function rateLimitHeaders(result: TRateLimitResult): Headers {
  const headers = new Headers({
    "X-RateLimit-Limit": String(result.limit),
    "X-RateLimit-Remaining": String(result.remaining),
    "X-RateLimit-Reset": String(result.resetAt),
  });
  if (!result.isAllowed) headers.set("Retry-After", String(result.retryAfterSeconds));
  return headers;
}
