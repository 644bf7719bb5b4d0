import "server-only";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { documents, fieldValues, schemaVersions } from "@/db/schema";
import { ApiError, notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { normalizeFieldValue } from "@/lib/extraction/normalize-field-value";
import { recordCorrection } from "@/lib/learning/record-correction";
import { loadPageLayouts } from "@/lib/pipeline/steps/load-page-layouts";
import { getDocumentRow } from "./get-document-row";
import { serializeFieldValue } from "./serialize-document";

type TCorrectOptions = { documentId: string; orgId: string; env: "live" | "test"; fieldKey: string; value: string | null };

/**
 * A person's correction of one field: stored as `manually_edited` with full confidence, and
 * learned from (the printed label becomes an alias for the schema's later documents).
 */
export async function correctFieldValue(options: TCorrectOptions) {
  const document = await getDocumentRow({ id: options.documentId, orgId: options.orgId, env: options.env });
  if (document.status !== "completed") {
    throw new ApiError({ code: "conflict", message: `The document is ${document.status}; fields can be corrected once it is completed.` });
  }
  const db = await getDb();
  const [version] = await db
    .select({ fields: schemaVersions.fields })
    .from(schemaVersions)
    .where(and(eq(schemaVersions.schemaId, document.schemaId), eq(schemaVersions.version, document.schemaVersion)));
  const field = version?.fields.find((candidate) => candidate.key === options.fieldKey);
  if (!field) throw notFound("Field");
  const normalized = options.value === null ? null : normalizeFieldValue(field, options.value);
  if (normalized === undefined) {
    throw new ApiError({
      code: "unprocessable_entity",
      message: `"${options.value}" is not a valid ${field.type} for ${field.name}.`,
      errors: { value: [`Expected a ${field.type}.`] },
    });
  }
  const pages = await loadPageLayouts(document.id);
  const updated = await db.transaction(async (tx) => {
    const learned = await recordCorrection(tx, {
      schemaId: document.schemaId,
      documentId: document.id,
      field,
      value: options.value,
      pages,
    });
    const changes = {
      value: options.value,
      normalizedValue: normalized === null ? null : { value: normalized },
      confidence: 1,
      wasInferred: options.value !== null && !learned.location,
      manuallyEdited: true,
      source: "manual" as const,
      page: learned.location?.page ?? null,
      bbox: learned.location?.bbox ?? null,
    };
    const [row] = await tx
      .update(fieldValues)
      .set(changes)
      .where(and(eq(fieldValues.documentId, document.id), eq(fieldValues.fieldKey, field.key)))
      .returning();
    await tx
      .update(documents)
      .set({ fieldsExtracted: await countFilled(tx, document.id) })
      .where(eq(documents.id, document.id));
    return { row, learnedAlias: learned.learnedAlias };
  });
  if (!updated.row) throw notFound("Field value");
  return { ...serializeFieldValue(updated.row), learned_alias: updated.learnedAlias ?? null };
}

async function countFilled(tx: Transaction, documentId: string) {
  const rows = await tx.select({ value: fieldValues.value }).from(fieldValues).where(eq(fieldValues.documentId, documentId));
  return rows.filter((row) => row.value !== null && row.value !== "").length;
}
