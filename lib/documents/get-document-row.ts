import "server-only";
import { and, eq } from "drizzle-orm";
import { documents } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";

/** A document of the organization in the given environment; 404 for anything else. */
export async function getDocumentRow(options: { id: string; orgId: string; env: "live" | "test" }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, options.id), eq(documents.orgId, options.orgId), eq(documents.env, options.env)))
    .limit(1);
  if (!row) throw notFound("Document");
  return row;
}
