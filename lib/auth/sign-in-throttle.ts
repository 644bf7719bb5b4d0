import "server-only";
import { and, count, eq, gt, lte } from "drizzle-orm";
import { signInFailures } from "@/db/schema";
import { getDb } from "@/lib/db";
import { SIGN_IN_WINDOW_MINUTES } from "./sign-in-errors";

// Ten wrong passwords for one email in fifteen minutes stop password sign-in for that email until the oldest
// failure is fifteen minutes old. By email, not by address: behind a proxy every user shares one address, and a
// guesser changes addresses freely. (Someone who knows an email can lock its owner out for fifteen minutes; OAuth
// sign-in and API keys are unaffected.)
export const SIGN_IN_MAX_FAILURES = 10;

const windowStart = () => new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);

export async function isSignInLocked(email: string): Promise<boolean> {
  const db = await getDb();
  const [recent] = await db
    .select({ failures: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, email.toLowerCase()), gt(signInFailures.at, windowStart())));
  return Number(recent?.failures ?? 0) >= SIGN_IN_MAX_FAILURES;
}

/** Records a failure, and forgets this email's failures that have left the window. */
export async function recordSignInFailure(email: string): Promise<void> {
  const db = await getDb();
  const normalized = email.toLowerCase();
  await db.delete(signInFailures).where(and(eq(signInFailures.email, normalized), lte(signInFailures.at, windowStart())));
  await db.insert(signInFailures).values({ email: normalized });
}

/** A successful sign-in starts the count again. */
export async function clearSignInFailures(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(signInFailures).where(eq(signInFailures.email, email.toLowerCase()));
}
