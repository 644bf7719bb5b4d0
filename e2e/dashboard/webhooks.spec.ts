import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signUp } from "../fixtures/dashboard-user";

// A real receiver on 127.0.0.1 (the suite's server runs with ALLOW_PRIVATE_URLS=1).
test("[webhooks] add an endpoint, see its secret, send a test event and read the delivery log", async ({ page, context }) => {
  const bodies: { body: string; signature: string }[] = [];
  const receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      bodies.push({ body, signature: String(request.headers["x-docustack-signature"]) });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signUp(page);
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByText("No endpoints yet")).toBeVisible();

    await page.getByRole("button", { name: "Add endpoint" }).click();
    await page.getByLabel("Endpoint URL").fill("ftp://example.com/nope");
    await page.getByRole("button", { name: "Add endpoint" }).last().click();
    await expect(page.getByText("Use an http:// or https:// URL.")).toBeVisible();
    await page.getByLabel("Endpoint URL").fill(url);
    await page.getByRole("button", { name: "Add endpoint" }).last().click();
    const secret = (await page.getByTestId("webhook-secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "Done" }).click();

    await expect(page.getByText(url)).toBeVisible();
    await page.getByRole("button", { name: "Show secret" }).click();
    await expect(page.getByText(secret)).toBeVisible();

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("succeeded")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("cell", { name: "webhook_test" })).toBeVisible();
    expect(bodies).toHaveLength(1);
    expect(bodies[0].signature).toBe(createHmac("sha256", secret).update(bodies[0].body).digest("hex"));

    await page.getByRole("button", { name: "Redeliver" }).click();
    await expect(page.getByText("succeeded")).toHaveCount(2, { timeout: 20_000 });
  } finally {
    receiver.close();
  }
});
