import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { idempotencyKeys } from "@/db/schema";
import { ApiError } from "@/lib/api/errors";
import { getDb } from "@/lib/db";

const IDEMPOTENCY_WINDOW_HOURS = 24;
/** Marks a claimed key whose first request is still being processed. */
const IN_PROGRESS = 0;

type TScope = { orgId: string; env: "live" | "test"; key: string };
export type TIdempotentReplay = { statusCode: number; response: unknown };

export function parseIdempotencyKey(header: string | null): string | undefined {
  if (header === null) return undefined;
  const key = header.trim();
  if (!key || key.length > 255) {
    throw new ApiError({ code: "bad_request", message: "Idempotency-Key must be 1 to 255 characters." });
  }
  return key;
}

/**
 * Claims a key for a request with `requestHash`. Returns the stored response when the same key and
 * body were seen within 24 h; throws 409 for the same key with another body, or while the first is in flight.
 */
export async function claimIdempotencyKey(scope: TScope, requestHash: string): Promise<TIdempotentReplay | undefined> {
  const db = await getDb();
  const where = and(eq(idempotencyKeys.orgId, scope.orgId), eq(idempotencyKeys.env, scope.env), eq(idempotencyKeys.key, scope.key));
  await db
    .delete(idempotencyKeys)
    .where(and(where, lt(idempotencyKeys.createdAt, sql`now() - ${`${IDEMPOTENCY_WINDOW_HOURS} hours`}::interval`)));
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({ ...scope, requestHash, statusCode: IN_PROGRESS, response: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed) return undefined;
  const [existing] = await db.select().from(idempotencyKeys).where(where).limit(1);
  if (!existing) return claimIdempotencyKey(scope, requestHash);
  if (existing.requestHash !== requestHash) {
    throw new ApiError({ code: "conflict", message: "This Idempotency-Key was already used with a different request body." });
  }
  if (existing.statusCode === IN_PROGRESS) {
    throw new ApiError({ code: "conflict", message: "A request with this Idempotency-Key is still being processed; retry shortly." });
  }
  return { statusCode: existing.statusCode, response: existing.response };
}

export async function completeIdempotencyKey(scope: TScope, statusCode: number, response: unknown) {
  const db = await getDb();
  await db
    .update(idempotencyKeys)
    .set({ statusCode, response })
    .where(and(eq(idempotencyKeys.orgId, scope.orgId), eq(idempotencyKeys.env, scope.env), eq(idempotencyKeys.key, scope.key)));
}

/** The first request failed: free the key so a retry can run. */
export async function releaseIdempotencyKey(scope: TScope) {
  const db = await getDb();
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.orgId, scope.orgId),
        eq(idempotencyKeys.env, scope.env),
        eq(idempotencyKeys.key, scope.key),
        eq(idempotencyKeys.statusCode, IN_PROGRESS),
      ),
    );
}
