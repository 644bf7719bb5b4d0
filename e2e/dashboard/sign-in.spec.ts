import { expect, test } from "@playwright/test";
import { expectDashboard, signUp } from "../fixtures/dashboard-user";

test("[sign-in] sign out, then sign back in", async ({ page }) => {
  const user = await signUp(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectDashboard(page, user);
});

test("[sign-in] rejects a wrong password", async ({ page }) => {
  const user = await signUp(page);
  await page.context().clearCookies();

  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(`${user.password}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password don't match an account.");
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("[sign-in] refuses password sign-in for an email after ten wrong passwords, even the right one", async ({ page }) => {
  const user = await signUp(page);
  await page.context().clearCookies();
  await page.goto("/login");
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(password);
    await Promise.all([
      page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    return page.getByRole("main").getByRole("alert");
  };
  for (let failure = 1; failure <= 10; failure++) {
    await expect(await attempt(`${user.password}-wrong-${failure}`)).toHaveText("That email and password don't match an account.");
  }
  await expect(await attempt(user.password)).toHaveText("Too many failed sign-ins for this email. Try again in 15 minutes.");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});
