import "server-only";
import { createHash } from "node:crypto";
import { and, arrayContains, eq } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";

export type TNotificationTarget = {
  orgId: string;
  env: "live" | "test";
  event: string;
  payload: Record<string, unknown>;
  /** Identifies the notification: a retried fan-out makes the same delivery ids, so nothing is sent twice. */
  notificationId: string;
};

const derivedId = (prefix: string, ...parts: string[]) =>
  `${prefix}_${createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 24)}`;

/** One pending delivery per enabled endpoint of the organization and environment subscribed to the event. */
export async function createDeliveries(target: TNotificationTarget): Promise<string[]> {
  const db = await getDb();
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.orgId, target.orgId),
        eq(webhookEndpoints.env, target.env),
        eq(webhookEndpoints.enabled, true),
        arrayContains(webhookEndpoints.events, [target.event]),
      ),
    );
  if (!endpoints.length) return [];
  const rows = endpoints.map((endpoint) => ({
    id: derivedId("whd", target.notificationId, endpoint.id),
    endpointId: endpoint.id,
    event: target.event,
    messageId: derivedId("msg", target.notificationId, endpoint.id),
    payload: target.payload,
  }));
  await db.insert(webhookDeliveries).values(rows).onConflictDoNothing();
  return rows.map((row) => row.id);
}

/** Pending deliveries of one payload to the given endpoints (also used by "send test" and "redeliver"). */
export async function createDeliveriesFor(endpointIds: string[], event: string, payload: Record<string, unknown>, messageId?: string) {
  if (!endpointIds.length) return [];
  const db = await getDb();
  const rows = endpointIds.map((endpointId) => ({
    id: createId("whd"),
    endpointId,
    event,
    messageId: messageId ?? `msg_${createId()}`,
    payload,
  }));
  await db.insert(webhookDeliveries).values(rows);
  return rows.map((row) => row.id);
}
