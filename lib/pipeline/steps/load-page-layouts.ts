import "server-only";
import { asc, eq } from "drizzle-orm";
import { documentPages } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TLine, TPageLayout, TPageRotation } from "@/lib/layout/types";

/** documentPages.layout: the lines, and how far the page was turned to read them (absent on older rows). */
export type TStoredLayout = { lines: TLine[]; rotation?: TPageRotation; skew?: number };

export async function loadPageLayouts(documentId: string): Promise<TPageLayout[]> {
  const db = await getDb();
  const rows = await db.select().from(documentPages).where(eq(documentPages.documentId, documentId)).orderBy(asc(documentPages.page));
  return rows.map((row) => ({
    page: row.page,
    width: row.width,
    height: row.height,
    source: row.source,
    text: row.text,
    lines: (row.layout as TStoredLayout).lines,
    rotation: (row.layout as TStoredLayout).rotation ?? 0,
    skew: (row.layout as TStoredLayout).skew ?? 0,
  }));
}
