import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getConfig } from "@/lib/config";
import { createOrganizationWithOwner } from "@/lib/organizations/create-organization-with-owner";
import { getUserByEmail } from "@/lib/organizations/get-user-by-email";
import { ZSignInRequest } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { SIGN_IN_LOCKED } from "./sign-in-errors";
import { clearSignInFailures, isSignInLocked, recordSignInFailure } from "./sign-in-throttle";

function buildProviders(): NextAuthOptions["providers"] {
  const config = getConfig();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = ZSignInRequest.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // Checked before the password, so a locked email can't be probed further (its right password is refused too).
        if (await isSignInLocked(email)) throw new Error(SIGN_IN_LOCKED);
        const user = await getUserByEmail(email);
        if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
          await recordSignInFailure(email);
          return null;
        }
        await clearSignInFailures(email);
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ];
  if (config.authProviders.github) {
    providers.push(GitHubProvider({ clientId: config.GITHUB_ID as string, clientSecret: config.GITHUB_SECRET as string }));
  }
  if (config.authProviders.google) {
    providers.push(GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID as string, clientSecret: config.GOOGLE_CLIENT_SECRET as string }));
  }
  return providers;
}

/** A first sign-in through GitHub or Google creates the user and their organization, as sign-up does. */
async function resolveUserId(email: string, name: string | null | undefined): Promise<string> {
  const existing = await getUserByEmail(email);
  if (existing) return existing.id;
  const displayName = name?.trim() || email.split("@")[0];
  const created = await createOrganizationWithOwner({
    userName: displayName,
    organizationName: `${displayName}'s organization`,
    email,
    passwordHash: null,
  });
  return created.userId;
}

export function getAuthOptions(): NextAuthOptions {
  return {
    providers: buildProviders(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account) {
          token.userId = account.provider === "credentials" ? user.id : await resolveUserId(user.email as string, user.name);
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.userId === "string") session.user.id = token.userId;
        return session;
      },
    },
  };
}
