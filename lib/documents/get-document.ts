import "server-only";
import { asc, eq } from "drizzle-orm";
import { fieldValues } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TDocumentResponse } from "@/lib/validation/documents";
import { getDocumentRow } from "./get-document-row";
import { serializeDocumentSummary, serializeFieldValue } from "./serialize-document";

/** The contract's document: metadata plus extracted field values in schema order. */
export async function getDocument(options: { id: string; orgId: string; env: "live" | "test" }): Promise<TDocumentResponse> {
  const row = await getDocumentRow(options);
  const db = await getDb();
  const values = await db.select().from(fieldValues).where(eq(fieldValues.documentId, row.id)).orderBy(asc(fieldValues.position));
  return { ...serializeDocumentSummary(row), field_values: values.map(serializeFieldValue) };
}
