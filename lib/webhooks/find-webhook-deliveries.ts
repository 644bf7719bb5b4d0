import "server-only";
import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { getDb } from "@/lib/db";
import { getWebhookRow, type TWebhookScope } from "./get-webhook-row";
import { serializeDelivery } from "./serialize-webhook";

export async function findWebhookDeliveries(scope: TWebhookScope & { limit: number; startingAfter?: string }) {
  await getWebhookRow(scope);
  const conditions: (SQL | undefined)[] = [eq(webhookDeliveries.endpointId, scope.id)];
  if (scope.startingAfter) {
    const cursor = decodeCursor(scope.startingAfter);
    conditions.push(
      or(
        lt(webhookDeliveries.createdAt, cursor.createdAt),
        and(eq(webhookDeliveries.createdAt, cursor.createdAt), lt(webhookDeliveries.id, cursor.id)),
      ),
    );
  }
  const db = await getDb();
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(scope.limit + 1);
  const page = toPage(rows, scope.limit);
  return { data: page.rows.map(serializeDelivery), has_more: page.hasMore, next_cursor: page.nextCursor };
}
