import "server-only";
import { desc, eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { getDb } from "@/lib/db";
import { serializeApiKey } from "./serialize-api-key";

/** All of an organization's keys, both environments, newest first; revoked ones included and marked. */
export async function findApiKeys(options: { orgId: string }) {
  const db = await getDb();
  const rows = await db.select().from(apiKeys).where(eq(apiKeys.orgId, options.orgId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(serializeApiKey);
}
