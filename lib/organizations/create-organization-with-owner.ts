import "server-only";
import { memberships, organizations, users } from "@/db/schema";
import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";

export type TCreateOrganizationWithOwnerOptions = {
  userName: string;
  organizationName: string;
  email: string;
  /** Null for users who only sign in with GitHub or Google. */
  passwordHash: string | null;
};

/** Sign-up: the user, their organization and the owner membership, all or nothing. */
export async function createOrganizationWithOwner(options: TCreateOrganizationWithOwnerOptions) {
  const db = await getDb();
  const userId = createId("usr");
  const orgId = createId("org");
  try {
    await db.transaction(async (tx) => {
      await tx
        .insert(users)
        .values({ id: userId, name: options.userName, email: options.email.toLowerCase(), passwordHash: options.passwordHash });
      await tx.insert(organizations).values({ id: orgId, name: options.organizationName });
      await tx.insert(memberships).values({ id: createId("mem"), orgId, userId, role: "owner" });
    });
  } catch (error) {
    // The unique index on users.email settles concurrent sign-ups with one address.
    if (isUniqueViolation(error)) {
      throw new ApiError({
        code: "conflict",
        message: "An account with this email already exists.",
        errors: { email: ["An account with this email already exists."] },
      });
    }
    throw error;
  }
  return { userId, organizationId: orgId };
}
