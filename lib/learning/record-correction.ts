import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { extractionExamples, learnedAliases, type TStoredField } from "@/db/schema";
import type { TPageLayout } from "@/lib/layout/types";
import { findLabelForValue } from "./find-label-for-value";

/**
 * Learns from a person's correction: the corrected example is kept for the AI extractor, and the
 * label printed next to the value (when it is printed and isn't already one of the field's
 * labels) becomes a learned alias of the field for the schema's later documents.
 */
export async function recordCorrection(
  tx: Transaction,
  options: { schemaId: string; documentId: string; field: TStoredField; value: string | null; pages: TPageLayout[] },
) {
  const found = options.value ? findLabelForValue(options.pages, options.value) : undefined;
  await tx
    .insert(extractionExamples)
    .values({
      schemaId: options.schemaId,
      fieldKey: options.field.key,
      documentId: options.documentId,
      value: options.value,
      label: found?.label ?? null,
      context: found?.context ?? null,
    })
    .onConflictDoUpdate({
      target: [extractionExamples.documentId, extractionExamples.fieldKey],
      set: { value: options.value, label: found?.label ?? null, context: found?.context ?? null, createdAt: sql`now()` },
    });
  const label = found?.label;
  const known = [options.field.name, options.field.key.replaceAll("_", " "), ...options.field.aliases].map((text) => text.toLowerCase());
  if (!label || known.includes(label.toLowerCase())) return { learnedAlias: undefined, location: found };
  await tx
    .insert(learnedAliases)
    .values({ schemaId: options.schemaId, fieldKey: options.field.key, alias: label })
    .onConflictDoUpdate({
      target: [learnedAliases.schemaId, learnedAliases.fieldKey, learnedAliases.alias],
      set: { occurrences: sql`${learnedAliases.occurrences} + 1`, updatedAt: sql`now()` },
    });
  return { learnedAlias: label, location: found };
}
