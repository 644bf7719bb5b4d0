import "server-only";
import { eq } from "drizzle-orm";
import { learnedAliases } from "@/db/schema";
import { getDb } from "@/lib/db";

/** field key → labels learned from corrections on this schema's documents, most confirmed first. */
export async function findLearnedAliases(schemaId: string): Promise<Record<string, string[]>> {
  const db = await getDb();
  const rows = await db
    .select({ fieldKey: learnedAliases.fieldKey, alias: learnedAliases.alias, occurrences: learnedAliases.occurrences })
    .from(learnedAliases)
    .where(eq(learnedAliases.schemaId, schemaId));
  const byField: Record<string, string[]> = {};
  for (const row of rows.sort((a, b) => b.occurrences - a.occurrences)) {
    byField[row.fieldKey] ??= [];
    byField[row.fieldKey].push(row.alias);
  }
  return byField;
}
