import "server-only";
import { and, eq } from "drizzle-orm";
import { documents, fieldValues, schemaVersions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { applyEmbeddedInvoice } from "@/lib/einvoice/apply-embedded-invoice";
import { extractDocumentFields } from "@/lib/extraction/extract-document-fields";
import { findLearnedAliases } from "@/lib/learning/find-learned-aliases";
import { loadPageLayouts } from "./load-page-layouts";
import { updateDocumentProgress } from "./update-document-progress";

/** Step "extract": the schema version's fields → values with confidence, page and box (offline, plus AI when configured). */
export async function extractDocument(documentId: string): Promise<{ fieldsExtracted: number }> {
  const db = await getDb();
  const [document] = await db
    .select({ schemaId: documents.schemaId, schemaVersion: documents.schemaVersion })
    .from(documents)
    .where(eq(documents.id, documentId))
    .limit(1);
  if (!document) return { fieldsExtracted: 0 };
  const [version] = await db
    .select({ fields: schemaVersions.fields })
    .from(schemaVersions)
    .where(and(eq(schemaVersions.schemaId, document.schemaId), eq(schemaVersions.version, document.schemaVersion)))
    .limit(1);
  // Labels learned from people's corrections count as the fields' own aliases.
  const learned = await findLearnedAliases(document.schemaId);
  const fields = (version?.fields ?? []).map((field) => ({ ...field, aliases: [...field.aliases, ...(learned[field.key] ?? [])] }));
  const pages = await loadPageLayouts(documentId);
  const extracted = await extractDocumentFields({ documentId, schemaId: document.schemaId, fields, pages });
  const names = new Map(fields.map((field) => [field.key, field.name]));
  await applyEmbeddedInvoice(extracted, { documentId, fields });
  const rows = extracted.map((field, position) => ({
    documentId,
    position,
    fieldKey: field.key,
    fieldName: names.get(field.key) ?? field.key,
    value: field.value,
    normalizedValue: field.normalizedValue === null ? null : { value: field.normalizedValue },
    confidence: field.confidence,
    wasInferred: field.wasInferred,
    source: field.source ?? "layout",
    page: field.page,
    bbox: field.bbox,
  }));
  const fieldsExtracted = extracted.filter((field) => field.value !== null && field.value !== "").length;
  await db.transaction(async (tx) => {
    await tx.delete(fieldValues).where(eq(fieldValues.documentId, documentId));
    if (rows.length) await tx.insert(fieldValues).values(rows);
  });
  await updateDocumentProgress(documentId, 90, { fieldsExtracted });
  return { fieldsExtracted };
}
