import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { apiKeys, organizations } from "@/db/schema";
import { hashApiKey, parseApiKeyEnvironment } from "@/lib/auth/api-key-format";
import { getDb } from "@/lib/db";

export type TAuthenticatedKey = {
  id: string;
  name: string;
  env: "live" | "test";
  rateLimit: number | null;
  org: { id: string; name: string };
};

/** Finds the active key for a presented secret; undefined for malformed, unknown, revoked or expired keys. */
export async function getApiKeyByKey(presented: string | null): Promise<TAuthenticatedKey | undefined> {
  if (!presented || !parseApiKeyEnvironment(presented)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      env: apiKeys.env,
      rateLimit: apiKeys.rateLimit,
      revokedAt: apiKeys.revokedAt,
      expiresAt: apiKeys.expiresAt,
      orgId: organizations.id,
      orgName: organizations.name,
    })
    .from(apiKeys)
    .innerJoin(organizations, eq(organizations.id, apiKeys.orgId))
    .where(eq(apiKeys.keyHash, hashApiKey(presented)))
    .limit(1);
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= new Date())) return undefined;

  // Written at most once a minute per key, so busy keys don't turn every read into a write.
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));

  return { id: row.id, name: row.name, env: row.env, rateLimit: row.rateLimit, org: { id: row.orgId, name: row.orgName } };
}
