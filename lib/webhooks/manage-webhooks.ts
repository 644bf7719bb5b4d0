import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { webhookEndpoints } from "@/db/schema";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import type { ZCreateWebhookRequest, ZUpdateWebhookRequest } from "@/lib/validation/webhooks";
import { getWebhookRow, type TWebhookScope } from "./get-webhook-row";
import { serializeWebhook } from "./serialize-webhook";
import { generateWebhookSecret } from "./sign-webhook";

// The endpoint CRUD: small, each one query; kept together because they share one shape.

export async function createWebhook(options: z.output<typeof ZCreateWebhookRequest> & { orgId: string; env: "live" | "test" }) {
  const db = await getDb();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      id: createId("wh"),
      orgId: options.orgId,
      env: options.env,
      url: options.url,
      events: options.events,
      enabled: options.enabled,
      description: options.description ?? null,
      secret: generateWebhookSecret(),
    })
    .returning();
  return { ...serializeWebhook(row), secret: row.secret };
}

export async function findWebhooks(options: { orgId: string; env: "live" | "test" }) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, options.orgId), eq(webhookEndpoints.env, options.env)))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  return { data: rows.map(serializeWebhook) };
}

export async function getWebhook(scope: TWebhookScope & { includeSecret?: boolean }) {
  const row = await getWebhookRow(scope);
  return scope.includeSecret ? { ...serializeWebhook(row), secret: row.secret } : serializeWebhook(row);
}

export async function updateWebhook(scope: TWebhookScope & { changes: z.output<typeof ZUpdateWebhookRequest> }) {
  await getWebhookRow(scope);
  const db = await getDb();
  const { url, events, description, enabled } = scope.changes;
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      ...(url !== undefined ? { url } : {}),
      ...(events !== undefined ? { events } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(enabled !== undefined ? { enabled } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(webhookEndpoints.id, scope.id))
    .returning();
  return serializeWebhook(row);
}

export async function deleteWebhook(scope: TWebhookScope) {
  await getWebhookRow(scope);
  const db = await getDb();
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, scope.id));
  return { id: scope.id, deleted: true };
}

/** A new secret takes effect for the next attempt of every delivery; the old one stops working at once. */
export async function rotateWebhookSecret(scope: TWebhookScope) {
  await getWebhookRow(scope);
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set({ secret: generateWebhookSecret(), updatedAt: sql`now()` })
    .where(eq(webhookEndpoints.id, scope.id))
    .returning();
  return { ...serializeWebhook(row), secret: row.secret };
}
