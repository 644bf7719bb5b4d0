import "server-only";
import { eq } from "drizzle-orm";
import { documents } from "@/db/schema";
import { getDb } from "@/lib/db";
import { loadPageLayouts } from "./load-page-layouts";
import { updateDocumentProgress } from "./update-document-progress";

/** Step "index": the full text (pages joined) goes into the document's full-text search vector. */
export async function indexDocument(documentId: string): Promise<{ characters: number }> {
  const pages = await loadPageLayouts(documentId);
  const fullText = pages.map((page) => page.text).join("\n\f\n");
  const db = await getDb();
  await db.update(documents).set({ fullText }).where(eq(documents.id, documentId));
  await updateDocumentProgress(documentId, 95);
  return { characters: fullText.length };
}
