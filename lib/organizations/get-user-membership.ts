import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberships, organizations, users } from "@/db/schema";
import { getDb } from "@/lib/db";

/** The signed-in user's organization (their first membership) and role. */
export async function getUserMembership(userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      userId: users.id,
      userName: users.name,
      email: users.email,
      role: memberships.role,
      orgId: organizations.id,
      orgName: organizations.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row;
}
