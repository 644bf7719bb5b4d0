import { expect, test } from "@playwright/test";
import { signUp } from "../fixtures/dashboard-user";

test("[api-keys] create a test key, use it, then revoke it", async ({ page, request }) => {
  const user = await signUp(page);
  const keyName = `Backend ${Date.now().toString(36)}`;

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/dashboard\/settings\/api-keys$/);
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Create key" }).click();
  const createDialog = page.getByRole("dialog", { name: "Create API key" });
  await expect(createDialog).toBeVisible();
  await createDialog.getByLabel("Name").fill(keyName);
  await createDialog.getByRole("radio", { name: "Test" }).check();
  await createDialog.getByRole("button", { name: "Create key" }).click();

  const copyDialog = page.getByRole("dialog", { name: "Copy your new API key" });
  const createdKey = copyDialog.getByTestId("created-api-key");
  await expect(createdKey).toHaveText(/^ds_test_[0-9A-Za-z]{40}$/);
  const key = (await createdKey.textContent())?.trim() ?? "";

  const me = await request.get("/api/v1/me", { headers: { "X-API-Key": key } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ organization_name: user.organizationName, environment: "test", key_name: keyName });

  await copyDialog.getByRole("button", { name: "Done" }).click();
  await expect(copyDialog).toBeHidden();

  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: keyName, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: `ds_test_…${key.slice(-4)}`, exact: true })).toBeVisible();
  await expect(row.getByText("Test", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Revoke" }).click();
  const revokeDialog = page.getByRole("dialog", { name: "Revoke API key?" });
  await expect(revokeDialog).toContainText(keyName);
  await revokeDialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(revokeDialog).toBeHidden();
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  const revoked = await request.get("/api/v1/me", { headers: { "X-API-Key": key } });
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toEqual({ detail: "Invalid or missing API key", code: "unauthorized" });
});

test("[api-keys] cancelling the create dialog discards the draft", async ({ page }) => {
  await signUp(page);
  await page.goto("/dashboard/settings/api-keys");
  await expect(page.getByText("No API keys yet")).toBeVisible();

  await page.getByRole("button", { name: "Create key" }).click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByLabel("Name")).toHaveAccessibleDescription("Give the key a name.");
  await dialog.getByLabel("Name").fill("Abandoned draft");
  await dialog.getByRole("radio", { name: "Live" }).check();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByLabel("Name")).toHaveValue("");
  await expect(dialog.getByLabel("Name")).not.toHaveAttribute("aria-invalid");
  await expect(dialog.getByRole("radio", { name: "Test" })).toBeChecked();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByText("No API keys yet")).toBeVisible();
});

test("[api-keys] a failed revoke shows its error once, and a retry succeeds", async ({ page }) => {
  await signUp(page);
  await page.goto("/dashboard/settings/api-keys");
  await page.getByRole("button", { name: "Create key" }).click();
  const createDialog = page.getByRole("dialog", { name: "Create API key" });
  await createDialog.getByLabel("Name").fill("Flaky network");
  await createDialog.getByRole("button", { name: "Create key" }).click();
  await page.getByRole("dialog", { name: "Copy your new API key" }).getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "Flaky network", exact: true }) });
  const revokeDialog = page.getByRole("dialog", { name: "Revoke API key?" });
  await page.route("**/api/v1/api-keys/*", (route) =>
    route.fulfill({ status: 503, json: { detail: "The service is unavailable.", code: "service_unavailable" } }),
  );
  await row.getByRole("button", { name: "Revoke" }).click();
  await revokeDialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(revokeDialog.getByRole("alert")).toHaveText("The service is unavailable.");
  await revokeDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(revokeDialog).toBeHidden();
  await page.unrouteAll();

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(revokeDialog).toBeVisible();
  await expect(revokeDialog.getByRole("alert")).toHaveCount(0);
  await revokeDialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(revokeDialog).toBeHidden();
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
});
