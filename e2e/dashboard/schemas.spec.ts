import { expect, test } from "@playwright/test";
import { createTestApiKey } from "../fixtures/api-key";
import { signUp } from "../fixtures/dashboard-user";
import { createInvoiceSchemaInDashboard, INVOICE_TEMPLATE_FIELDS } from "../fixtures/schemas";
import { screenshotForReview } from "../fixtures/screenshots";

test("[schemas] build a schema from the Invoice template, copy its ID, and read it back with an API key", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page);
  const schemaName = `Supplier invoices ${Date.now().toString(36)}`;

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Schemas" }).click();
  await expect(page.getByRole("heading", { name: "Schemas", level: 1 })).toBeVisible();
  await expect(page.getByText("No schemas yet")).toBeVisible();
  await page.getByRole("link", { name: "New schema" }).click();
  await expect(page).toHaveURL(/\/dashboard\/schemas\/new$/);
  await expect(page.getByRole("heading", { name: "New schema", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Invoice", exact: true }).click();
  await expect(page.getByLabel("Schema name")).toHaveValue("Invoice");
  await expect(page.getByRole("heading", { name: `Fields (${INVOICE_TEMPLATE_FIELDS.length})` })).toBeVisible();
  for (const [index, field] of INVOICE_TEMPLATE_FIELDS.entries()) {
    await expect(page.getByLabel(`Field ${index + 1} name`)).toHaveValue(field.name);
    await expect(page.getByLabel(`Field ${index + 1} key`)).toHaveValue(field.key);
  }
  await expect(page.getByLabel("Field 1 aliases")).toHaveValue(/Invoice #/);
  await screenshotForReview(page, "schema-builder-invoice-template");

  await page.getByLabel("Schema name").fill(schemaName);

  // A new field: the key follows the name until it is edited.
  await page.getByRole("button", { name: "+ Add field" }).click();
  const added = INVOICE_TEMPLATE_FIELDS.length + 1;
  await expect(page.getByLabel(`Field ${added} name`)).toHaveValue("");
  await page.getByLabel(`Field ${added} name`).fill("PO Reference");
  await expect(page.getByLabel(`Field ${added} key`)).toHaveValue("po_reference");

  // Move it above "Currency", then drop "Due Date" (field 4).
  await expect(page.getByRole("button", { name: `Move field ${added} down` })).toBeDisabled();
  await page.getByRole("button", { name: `Move field ${added} up` }).click();
  await expect(page.getByLabel(`Field ${added - 1} key`)).toHaveValue("po_reference");
  await expect(page.getByLabel(`Field ${added} key`)).toHaveValue("currency");
  await expect(page.getByLabel("Field 4 name")).toHaveValue("Due Date");
  await page.getByRole("button", { name: "Remove field 4" }).click();
  await expect(page.getByLabel("Field 4 name")).toHaveValue("Net Amount");
  await expect(page.getByRole("heading", { name: `Fields (${INVOICE_TEMPLATE_FIELDS.length})` })).toBeVisible();

  const expectedKeys = [
    "invoice_number",
    "vendor_name",
    "invoice_date",
    "net_amount",
    "tax_amount",
    "total_amount",
    "po_reference",
    "currency",
  ];
  await page.getByRole("button", { name: "Create schema" }).click();

  await expect(page).toHaveURL(/\/dashboard\/schemas\/sch_[^/]+$/);
  await expect(page.getByRole("heading", { name: schemaName, level: 1 })).toBeVisible();
  const schemaIdElement = page.getByTestId("schema-id");
  await expect(schemaIdElement).toHaveText(/^sch_/);
  const schemaId = (await schemaIdElement.textContent())?.trim() ?? "";
  expect(page.url()).toContain(`/dashboard/schemas/${schemaId}`);
  await expect(page.getByText("Version 1 ·")).toBeVisible();
  // The field table lists the fields in their saved order.
  const keyCells = page.getByRole("row").locator("td:first-child");
  await expect(keyCells).toHaveText(expectedKeys);
  await screenshotForReview(page, "schema-page");

  await page.getByRole("button", { name: /^Copy ID/ }).click();
  await expect(page.getByRole("button", { name: "Copy ID: copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(schemaId);

  const key = await createTestApiKey(page);
  const response = await request.get(`/api/v1/schemas/${schemaId}`, { headers: { "X-API-Key": key } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ id: schemaId, name: schemaName, version: 1, archived: false });
  expect(body.fields.map((field: { key: string }) => field.key)).toEqual(expectedKeys);
  expect(body.fields[6]).toMatchObject({ key: "po_reference", name: "PO Reference", type: "text", required: false, aliases: [] });
  expect(body.fields[0]).toMatchObject({ key: "invoice_number", name: "Invoice Number", required: true });
});

test("[schemas] the builder shows each validation error under the field it belongs to", async ({ page }) => {
  await signUp(page);
  await page.goto("/dashboard/schemas/new");
  await page.getByLabel("Schema name").fill("Tickets");

  await page.getByLabel("Field 1 name").fill("Reference");
  await page.getByRole("button", { name: "+ Add field" }).click();
  await page.getByLabel("Field 2 name").fill("Reference");
  await expect(page.getByLabel("Field 2 key")).toHaveValue("reference");
  await page.getByRole("button", { name: "+ Add field" }).click();
  await page.getByLabel("Field 3 name").fill("Status");
  await page.getByLabel("Field 3 type").selectOption("enum");
  await expect(page.getByLabel("Field 3 options")).toHaveValue("");

  await page.getByRole("button", { name: "Create schema" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/schemas\/new$/);
  await expect(page.getByLabel("Field 1 key")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByLabel("Field 2 key")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Field 2 key")).toBeFocused();
  await expect(page.getByLabel("Field 2 key")).toHaveAccessibleDescription(/Duplicate key "reference"/);
  await expect(page.getByRole("listitem", { name: "Field 2" })).toContainText('Duplicate key "reference"');
  await expect(page.getByLabel("Field 3 options")).toHaveAccessibleDescription("Enum fields need at least one option.");
  await screenshotForReview(page, "schema-builder-errors");

  // Errors belong to their field, not to a position: removing field 1 leaves them on the same rows.
  await page.getByRole("button", { name: "Remove field 1" }).click();
  await expect(page.getByLabel("Field 1 key")).toHaveValue("reference");
  await expect(page.getByLabel("Field 1 key")).toHaveAccessibleDescription(/Duplicate key/);
  await expect(page.getByLabel("Field 2 key")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByLabel("Field 2 options")).toHaveAccessibleDescription("Enum fields need at least one option.");

  await page.getByLabel("Field 2 options").fill("open, closed");
  await page.getByRole("button", { name: "Create schema" }).click();
  await expect(page).toHaveURL(/\/dashboard\/schemas\/sch_[^/]+$/);
  await expect(page.getByRole("heading", { name: "Tickets", level: 1 })).toBeVisible();
  await expect(page.getByRole("row").locator("td:first-child")).toHaveText(["reference", "status"]);
  await expect(page.getByText("open · closed")).toBeVisible();
});

test("[schemas] editing saves version 2, and an archived schema says so", async ({ page }) => {
  await signUp(page);
  const schemaName = `Invoices ${Date.now().toString(36)}`;
  const schemaId = await createInvoiceSchemaInDashboard(page, schemaName);
  await expect(page.getByText("Version 1 ·")).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/schemas/${schemaId}/edit$`));
  await expect(page.getByRole("heading", { name: `Edit ${schemaName}`, level: 1 })).toBeVisible();
  await expect(page.getByText("Changing fields saves version 2")).toBeVisible();
  await expect(page.getByRole("button", { name: "Invoice", exact: true })).toHaveCount(0);

  // Renaming a saved field keeps its key: API clients read values by key.
  await page.getByLabel("Field 8 name").fill("Currency Code");
  await expect(page.getByLabel("Field 8 key")).toHaveValue("currency");
  await page.getByLabel("Field 8 aliases").fill("Currency, CCY");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`/dashboard/schemas/${schemaId}$`));
  await expect(page.getByText("Version 2 ·")).toBeVisible();
  const currencyRow = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "currency", exact: true }) });
  await expect(currencyRow).toContainText("Currency Code");
  await expect(currencyRow).toContainText("Currency, CCY");
  const versions = page.getByRole("listitem").filter({ hasText: /^v\d/ });
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText("v2");
  await expect(versions.first()).toContainText("current");
  await expect(versions.last()).toContainText("v1");

  await page.getByRole("button", { name: "Archive", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Archive schema?" });
  await expect(dialog).toContainText(schemaName);
  await dialog.getByRole("button", { name: "Archive schema" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Archived/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toHaveCount(0);

  // The list hides archived schemas unless asked.
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Schemas" }).click();
  await expect(page.getByText("No schemas yet")).toBeVisible();
  await page.getByLabel("Show archived").check();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: schemaName }) });
  await expect(row).toContainText("Archived");
  await expect(row).toContainText("v2");
});
