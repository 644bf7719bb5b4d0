import { describe, expect, it } from "vitest";
import { runSuiteOnFreshDatabase } from "@/tests/support/test-database";

// Against a real database (PGlite, or a scratch Postgres database when DATABASE_URL is set).
runSuiteOnFreshDatabase();

describe("sign-in throttle", () => {
  it("locks an email after ten failures in the window, whatever its case, and a success starts the count again", async () => {
    const { clearSignInFailures, isSignInLocked, recordSignInFailure, SIGN_IN_MAX_FAILURES } = await import("./sign-in-throttle");
    for (let failure = 1; failure < SIGN_IN_MAX_FAILURES; failure++) await recordSignInFailure("Ada@Example.com");
    expect(await isSignInLocked("ada@example.com")).toBe(false);
    await recordSignInFailure("ada@example.com");
    expect(await isSignInLocked("ADA@example.com")).toBe(true);
    expect(await isSignInLocked("someone-else@example.com")).toBe(false);
    await clearSignInFailures("ada@example.com");
    expect(await isSignInLocked("ada@example.com")).toBe(false);
  });

  it("counts only failures inside the window, and forgets older ones", async () => {
    const { getDb } = await import("@/lib/db");
    const { signInFailures } = await import("@/db/schema");
    const { isSignInLocked, recordSignInFailure, SIGN_IN_MAX_FAILURES } = await import("./sign-in-throttle");
    const db = await getDb();
    const old = new Date(Date.now() - 16 * 60_000);
    await db.insert(signInFailures).values(Array.from({ length: SIGN_IN_MAX_FAILURES }, () => ({ email: "bob@example.com", at: old })));
    expect(await isSignInLocked("bob@example.com")).toBe(false);
    await recordSignInFailure("bob@example.com");
    const rows = await db.select().from(signInFailures);
    expect(rows.filter((row) => row.email === "bob@example.com")).toHaveLength(1);
  });
});
