import { describe, expect, it } from "vitest";
import { adminCommand, uniqueName } from "../support/api";

describe("sign-up", () => {
  it("creates one account when two sign-ups race with one email", async () => {
    const email = `${uniqueName("race")}@Example.test`;
    const attempts = await Promise.allSettled(
      [email, email.toLowerCase()].map((address, index) =>
        adminCommand({ command: "org.create", name: `Race ${index}`, email: address, password: "correct-horse-9" }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    const failure = attempts.find((attempt) => attempt.status === "rejected") as PromiseRejectedResult;
    expect(String(failure.reason)).toMatch(/already exists/);
  });
});
