import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { serializeApiKey } from "./serialize-api-key";

/** Revokes a key of the organization; revoking twice keeps the first revocation time. */
export async function revokeApiKey(options: { id: string; orgId?: string }) {
  const db = await getDb();
  const scope = options.orgId ? and(eq(apiKeys.id, options.id), eq(apiKeys.orgId, options.orgId)) : eq(apiKeys.id, options.id);
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(scope)
    .returning();
  if (!row) throw notFound("API key");
  return serializeApiKey(row);
}
