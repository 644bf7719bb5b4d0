import "server-only";
import { and, asc, between, eq } from "drizzle-orm";
import { usageDaily } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TUsageQuery, TUsageResponse } from "@/lib/validation/usage";
import { listDays } from "./usage-days";
import { resolveUsagePeriod } from "./usage-period";

/**
 * Metered usage of one organization and environment (completed documents and their pages, by the
 * UTC day they completed), with every day of the period listed, zero where nothing was metered.
 */
export async function getUsage(options: TUsageQuery & { orgId: string; env: "live" | "test" }): Promise<TUsageResponse> {
  const { from, to } = resolveUsagePeriod(options);
  const db = await getDb();
  const rows = await db
    .select({ day: usageDaily.day, documents: usageDaily.documents, pages: usageDaily.pages })
    .from(usageDaily)
    .where(and(eq(usageDaily.orgId, options.orgId), eq(usageDaily.env, options.env), between(usageDaily.day, from, to)))
    .orderBy(asc(usageDaily.day));
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const days = listDays(from, to).map((day) => ({ day, documents: byDay.get(day)?.documents ?? 0, pages: byDay.get(day)?.pages ?? 0 }));
  return {
    environment: options.env,
    from,
    to,
    totals: {
      documents: days.reduce((sum, day) => sum + day.documents, 0),
      pages: days.reduce((sum, day) => sum + day.pages, 0),
    },
    days,
  };
}
