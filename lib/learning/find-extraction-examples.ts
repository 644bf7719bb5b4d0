import "server-only";
import { and, asc, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { extractionExamples } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TExtractionExample } from "@/lib/extraction/ai/build-prompt";

/** The schema's latest corrected values, at most `perField` per field, newest first: few-shot examples for the AI extractor. */
export async function findExtractionExamples(schemaId: string, perField = 5): Promise<TExtractionExample[]> {
  const db = await getDb();
  const ranked = db
    .select({
      fieldKey: extractionExamples.fieldKey,
      value: extractionExamples.value,
      label: extractionExamples.label,
      context: extractionExamples.context,
      createdAt: extractionExamples.createdAt,
      rank: sql<number>`row_number() over (partition by ${extractionExamples.fieldKey} order by ${extractionExamples.createdAt} desc)`.as(
        "rank",
      ),
    })
    .from(extractionExamples)
    .where(and(eq(extractionExamples.schemaId, schemaId), isNotNull(extractionExamples.value)))
    .as("ranked");
  return db
    .select({ fieldKey: ranked.fieldKey, value: ranked.value, label: ranked.label, context: ranked.context })
    .from(ranked)
    .where(lte(ranked.rank, perField))
    .orderBy(asc(ranked.fieldKey), desc(ranked.createdAt));
}
