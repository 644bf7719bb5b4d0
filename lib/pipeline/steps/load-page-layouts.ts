import "server-only";
import { asc, eq } from "drizzle-orm";
import { documentPages } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TLine, TPageLayout } from "@/lib/layout/types";

export async function loadPageLayouts(documentId: string): Promise<TPageLayout[]> {
  const db = await getDb();
  const rows = await db.select().from(documentPages).where(eq(documentPages.documentId, documentId)).orderBy(asc(documentPages.page));
  return rows.map((row) => ({
    page: row.page,
    width: row.width,
    height: row.height,
    source: row.source,
    text: row.text,
    lines: (row.layout as { lines: TLine[] }).lines,
  }));
}
