import { expect, test } from "@playwright/test";
import { makeInvoicePdf } from "../../tests/support/invoice-pdf";
import { createTestApiKey } from "../fixtures/api-key";
import { signUp } from "../fixtures/dashboard-user";

test("[search] find an uploaded document by a word in it, then see it counted on Usage", async ({ page, request }) => {
  await signUp(page);
  const key = await createTestApiKey(page);
  const headers = { "X-API-Key": key };

  const schema = await request.post("/api/v1/schemas", {
    headers,
    data: { name: "Invoices", fields: [{ key: "vendor_name", name: "Vendor Name", type: "text" }] },
  });
  expect(schema.status()).toBe(201);
  const upload = await request.post("/api/v1/documents/upload", {
    headers,
    multipart: {
      file: { name: "zyxquorp-invoice.pdf", mimeType: "application/pdf", buffer: await makeInvoicePdf({ vendor: "Zyxquorp" }) },
      schema_id: (await schema.json()).id,
    },
  });
  expect(upload.status()).toBe(202);
  const { document_id: documentId } = await upload.json();
  await expect
    .poll(async () => (await (await request.get(`/api/v1/documents/${documentId}/status`, { headers })).json()).status, {
      timeout: 120_000,
    })
    .toBe("completed");

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  await expect(page.getByText("Search your documents")).toBeVisible();

  const box = page.getByRole("searchbox", { name: "Search documents" });
  await box.fill("nothingmatchesthisword");
  await box.press("Enter");
  await expect(page.getByText("No documents match “nothingmatchesthisword”")).toBeVisible();

  await box.fill("zyxquorp");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/search\?q=zyxquorp$/);
  const results = page.getByRole("list", { name: "Search results" });
  const result = results.getByRole("listitem").filter({ hasText: "zyxquorp-invoice.pdf" });
  await expect(result).toHaveCount(1);
  await expect(result.getByText("Completed", { exact: true })).toBeVisible();
  await expect(result.locator("mark")).toHaveText(["Zyxquorp"]);
  await expect(result.getByTestId("search-snippet")).toContainText("Vendor: Zyxquorp");

  // The search survives a reload (it is in the URL), and the result links to the document.
  await page.reload();
  await result.getByRole("link", { name: "zyxquorp-invoice.pdf" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/documents/${documentId}$`));

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Usage" }).click();
  await expect(page.getByRole("heading", { name: "Usage", level: 1 })).toBeVisible();
  await expect(page.getByText(/counts completed documents and their pages/)).toBeVisible();
  await expect(page.getByTestId("usage-total-documents")).toHaveText("1");
  await expect(page.getByTestId("usage-total-pages")).toHaveText("1");
  await expect(page.getByRole("img", { name: /Completed documents per day/ })).toBeVisible();
  const today = new Date().toISOString().slice(0, 10);
  const row = page.getByRole("row").filter({ hasText: today });
  await expect(row.getByRole("cell")).toHaveText([new RegExp(today), "1", "1"]);

  // Live mode has its own (empty) search results and usage.
  await page.getByRole("radiogroup", { name: "Environment" }).getByRole("radio", { name: "Live" }).click();
  await expect(page.getByText("Test mode:")).toBeHidden();
  await expect(page.getByTestId("usage-total-documents")).toHaveText("0");
  await page.goto("/dashboard/search?q=zyxquorp");
  await expect(page.getByText("No documents match “zyxquorp”")).toBeVisible();
});
