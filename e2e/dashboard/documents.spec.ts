import { expect, type Page, test } from "@playwright/test";
import { signUp } from "../fixtures/dashboard-user";
import { INVOICE_VALUES, makeInvoicePdf } from "../fixtures/invoice-pdf";
import { createInvoiceSchemaInDashboard } from "../fixtures/schemas";
import { screenshotForReview } from "../fixtures/screenshots";

/** Documents → pick the file and schema → Upload; returns the new row in the list. */
async function uploadInvoice(page: Page, options: { fileName: string; schemaName: string; file: Buffer }) {
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Documents" }).click();
  await expect(page.getByRole("heading", { name: "Documents", level: 1 })).toBeVisible();
  await page.getByLabel("File").setInputFiles({ name: options.fileName, mimeType: "application/pdf", buffer: options.file });
  await page.getByLabel("Schema").selectOption({ label: options.schemaName });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Uploaded ${options.fileName}; processing has started.` })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: options.fileName, exact: true }) });
  await expect(row).toHaveCount(1);
  return row;
}

test("[documents] upload an invoice PDF, read its fields, then delete it", async ({ page }) => {
  await signUp(page);
  const schemaName = `Invoices ${Date.now().toString(36)}`;
  const schemaId = await createInvoiceSchemaInDashboard(page, schemaName);
  const file = await makeInvoicePdf();
  const fileName = `invoice-${Date.now().toString(36)}.pdf`;

  const row = await uploadInvoice(page, { fileName, schemaName, file });
  // The list polls every 2 s while a document is queued or processing.
  await expect(row.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  await screenshotForReview(page, "documents-list");

  await row.getByRole("link", { name: fileName }).click();
  await expect(page).toHaveURL(/\/dashboard\/documents\/[^/]+$/);
  const documentId = decodeURIComponent(page.url().split("/").pop() ?? "");
  await expect(page.getByRole("heading", { name: fileName, level: 1 })).toBeVisible();
  await expect(page.getByText(documentId)).toBeVisible();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: schemaId })).toHaveAttribute("href", `/dashboard/schemas/${schemaId}`);

  await expect(page.getByTestId("field-invoice_number")).toHaveText(INVOICE_VALUES.invoiceNumber);
  await expect(page.getByTestId("field-vendor_name")).toHaveText(INVOICE_VALUES.vendor);
  await expect(page.getByTestId("field-total_amount")).toHaveText(INVOICE_VALUES.total);
  // The page itself, with a box on each value: hovering a field's row (or clicking its "Page 1") highlights its box.
  const preview = page.getByRole("img", { name: `Page 1 of ${fileName}` });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1000);
  const box = page.getByTestId("value-box-invoice_number");
  await expect(box).toHaveAttribute("data-active", "false");
  await page
    .getByRole("row")
    .filter({ has: page.getByTestId("field-invoice_number") })
    .hover();
  await expect(box).toHaveAttribute("data-active", "true");
  await page
    .getByRole("row")
    .filter({ has: page.getByTestId("field-total_amount") })
    .getByRole("button", { name: "Page 1" })
    .click();
  await expect(page.getByTestId("value-box-total_amount")).toHaveAttribute("data-active", "true");
  await expect(box).toHaveAttribute("data-active", "false");
  // The box sits on the printed value: its centre is inside the image, in the top half where the number is printed.
  const [boxArea, imageArea] = [await box.boundingBox(), await preview.boundingBox()];
  expect(boxArea && imageArea && boxArea.y + boxArea.height / 2 < imageArea.y + imageArea.height / 2).toBe(true);
  await screenshotForReview(page, "document-page");

  const download = page.getByRole("link", { name: "Download original" });
  await expect(download).toHaveAttribute("href", `/api/v1/documents/${documentId}/file`);
  // The link works with the dashboard session and returns the bytes as uploaded.
  const original = await page.request.get(`/api/v1/documents/${documentId}/file`);
  expect(original.status()).toBe(200);
  expect(original.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.compare(await original.body(), file)).toBe(0);

  const confirmations: string[] = [];
  page.on("dialog", (dialog) => {
    confirmations.push(dialog.message());
    void dialog.accept();
  });
  // A failed delete says so and stays on the page; a retry then succeeds.
  await page.route(`**/api/v1/documents/${documentId}`, (route) =>
    route.request().method() === "DELETE"
      ? route.fulfill({ status: 503, json: { detail: "The service is unavailable.", code: "service_unavailable" } })
      : route.fallback(),
  );
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Couldn't delete the document" })).toHaveText(
    "Couldn't delete the document: The service is unavailable.",
  );
  await expect(page.getByRole("heading", { name: fileName, level: 1 })).toBeVisible();
  await page.unrouteAll();

  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/dashboard\/documents$/);
  expect(confirmations).toEqual(Array(2).fill(`Delete ${fileName}? Its file, text and fields are removed.`));
  await expect(page.getByText("No documents yet")).toBeVisible();
  await expect(page.getByRole("link", { name: fileName })).toHaveCount(0);
  expect((await page.request.get(`/api/v1/documents/${documentId}`)).status()).toBe(404);
});

test("[documents] a document uploaded in Test mode is not listed in Live mode", async ({ page }) => {
  await signUp(page);
  const schemaName = `Invoices ${Date.now().toString(36)}`;
  await createInvoiceSchemaInDashboard(page, schemaName);
  const fileName = `test-mode-${Date.now().toString(36)}.pdf`;

  const environment = page.getByRole("radiogroup", { name: "Environment" });
  await expect(environment.getByRole("radio", { name: "Test" })).toBeChecked();
  const row = await uploadInvoice(page, { fileName, schemaName, file: await makeInvoicePdf() });
  await expect(row.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });

  await environment.getByRole("radio", { name: "Live" }).click();
  await expect(environment.getByRole("radio", { name: "Live" })).toBeChecked();
  await expect(page.getByText("No documents yet")).toBeVisible();
  await expect(page.getByRole("link", { name: fileName })).toHaveCount(0);
  // Schemas serve both modes: the upload form still offers it.
  await expect(page.getByLabel("Schema")).toHaveValue(/^sch_/);

  await environment.getByRole("radio", { name: "Test" }).click();
  await expect(environment.getByRole("radio", { name: "Test" })).toBeChecked();
  await expect(row.getByText("Completed", { exact: true })).toBeVisible();
});
