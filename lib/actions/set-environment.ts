"use server";

import { cookies } from "next/headers";
import { ENVIRONMENT_COOKIE, parseEnvironmentCookie } from "@/lib/auth/environment-cookie";

/** The header's Test/Live switch. */
export async function setEnvironment(value: string) {
  const cookieStore = await cookies();
  cookieStore.set(ENVIRONMENT_COOKIE, parseEnvironmentCookie(value), {
    path: "/",
    sameSite: "lax",
    httpOnly: false,
    maxAge: 365 * 24 * 3600,
  });
}
