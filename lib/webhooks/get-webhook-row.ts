import "server-only";
import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";

export type TWebhookScope = { id: string; orgId: string; env: "live" | "test" };

/** An endpoint of the organization in this environment; 404 otherwise. */
export async function getWebhookRow(scope: TWebhookScope) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, scope.id), eq(webhookEndpoints.orgId, scope.orgId), eq(webhookEndpoints.env, scope.env)))
    .limit(1);
  if (!row) throw notFound("Webhook");
  return row;
}
