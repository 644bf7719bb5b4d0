import { expect, test } from "@playwright/test";
import { createDashboardUser, fillSignUpForm, signUp } from "../fixtures/dashboard-user";

const INVALID_INPUTS = [
  { title: "malformed email", field: "Work email", change: { email: "not-an-email" }, message: "Enter a valid email address." },
  { title: "weak password", field: "Password", change: { password: "short1" }, message: "Use at least 10 characters." },
  {
    title: "password without digits or symbols",
    field: "Password",
    change: { password: "onlyletters" },
    message: "Mix letters with digits or symbols.",
  },
] as const;

for (const { title, field, change, message } of INVALID_INPUTS) {
  test(`[sign-up] rejects a ${title}`, async ({ page }) => {
    await page.goto("/signup");
    await fillSignUpForm(page, { ...createDashboardUser(), ...change });

    const input = page.getByLabel(field, { exact: true });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(message);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    await expect(page).toHaveURL(/\/signup$/);
  });
}

test("[sign-up] rejects an email that already has an account", async ({ page }) => {
  const user = await signUp(page);
  await page.context().clearCookies();

  await page.goto("/signup");
  await fillSignUpForm(page, { ...createDashboardUser(), email: user.email.toUpperCase() });

  const email = page.getByLabel("Work email");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("An account with this email already exists.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("An account with this email already exists.");
  await expect(page).toHaveURL(/\/signup$/);
});
