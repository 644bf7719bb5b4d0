import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { getUserMembership } from "@/lib/organizations/get-user-membership";
import { getAuthOptions } from "./auth-options";
import { ENVIRONMENT_COOKIE, parseEnvironmentCookie } from "./environment-cookie";

export type TSessionContext = {
  user: { id: string; name: string; email: string };
  org: { id: string; name: string };
  role: "owner" | "admin" | "member";
  env: "live" | "test";
};

/** The signed-in dashboard user with their organization and the selected Test/Live mode. */
export async function getSessionContext(): Promise<TSessionContext | undefined> {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return undefined;
  const membership = await getUserMembership(userId);
  if (!membership) return undefined;
  const cookieStore = await cookies();
  return {
    user: { id: membership.userId, name: membership.userName, email: membership.email },
    org: { id: membership.orgId, name: membership.orgName },
    role: membership.role,
    env: parseEnvironmentCookie(cookieStore.get(ENVIRONMENT_COOKIE)?.value),
  };
}
