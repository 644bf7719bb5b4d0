import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";

// next-auth's sign-in, sign-out, session and OAuth callback endpoints
const handler = (request: Request, context: unknown) => NextAuth(getAuthOptions())(request, context);

export { handler as GET, handler as POST };
