import { expect, test } from "@playwright/test";
import { signUp } from "../fixtures/dashboard-user";

test("[environment] switching to Live hides the Test mode banner and survives a reload", async ({ page }) => {
  await signUp(page);
  const environment = page.getByRole("radiogroup", { name: "Environment" });
  const banner = page.getByText("Test mode:");

  await expect(environment.getByRole("radio", { name: "Test" })).toBeChecked();
  await expect(banner).toBeVisible();

  await environment.getByRole("radio", { name: "Live" }).click();
  await expect(environment.getByRole("radio", { name: "Live" })).toBeChecked();
  await expect(banner).toBeHidden();

  await page.reload();
  await expect(environment.getByRole("radio", { name: "Live" })).toBeChecked();
  await expect(environment.getByRole("radio", { name: "Test" })).not.toBeChecked();
  await expect(banner).toBeHidden();
});
