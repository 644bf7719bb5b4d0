import "server-only";
import { eq } from "drizzle-orm";
import { organizations } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { getDb } from "@/lib/db";

export async function getOrganization(options: { id: string }) {
  const db = await getDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.id, options.id)).limit(1);
  if (!org) throw notFound("Organization");
  return org;
}
