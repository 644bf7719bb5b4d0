import "server-only";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { ApiError } from "@/lib/api/errors";
import { generateApiKey, hashApiKey, partialApiKey } from "@/lib/auth/api-key-format";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import type { TCreateApiKeyRequest } from "@/lib/validation/api-keys";
import { serializeApiKey } from "./serialize-api-key";

export const MAX_ACTIVE_API_KEYS_PER_ORGANIZATION = 100;

/** Creates a key and returns its plaintext once; only the hash is stored. */
export async function createApiKey(options: TCreateApiKeyRequest & { orgId: string; createdByUserId?: string }) {
  const db = await getDb();
  const key = generateApiKey(options.env);
  const row = await db.transaction(async (tx) => {
    // Serialize creations per organization so the cap can't be raced past.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`api-keys:${options.orgId}`}))`);
    const [active] = await tx
      .select({ total: count() })
      .from(apiKeys)
      .where(and(eq(apiKeys.orgId, options.orgId), isNull(apiKeys.revokedAt)));
    if (Number(active?.total ?? 0) >= MAX_ACTIVE_API_KEYS_PER_ORGANIZATION) {
      throw new ApiError({
        code: "conflict",
        message: `An organization can have at most ${MAX_ACTIVE_API_KEYS_PER_ORGANIZATION} active API keys; revoke one first.`,
      });
    }
    const [inserted] = await tx
      .insert(apiKeys)
      .values({
        id: createId("key"),
        orgId: options.orgId,
        env: options.env,
        name: options.name,
        keyHash: hashApiKey(key),
        partialKey: partialApiKey(key),
        rateLimit: options.rateLimit ?? null,
        createdByUserId: options.createdByUserId ?? null,
      })
      .returning();
    return inserted;
  });
  return { ...serializeApiKey(row), key };
}
