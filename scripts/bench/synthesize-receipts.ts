// Synthetic scanned receipts for measuring the extractor on receipts it was not tuned on: Malaysian shop receipts
// of the SROIE kind (company and registration number, wrapped address, GST lines, date and time in many formats,
// items, rounding, cash and change), each rendered by Chromium and screenshotted as a JPEG "scan" with its own
// width, font, ink, tilt, blur, grain, resolution and JPEG quality. truth.json holds SROIE's four fields.
//   npx tsx scripts/bench/synthesize-receipts.ts --out /tmp/synth-receipts --count 40 --seed 5 [--harsh]
//   npm run bench:offline -- /tmp/synth-receipts --misses
// Receipt N depends only on (seed, N); --harsh scans the same receipts worse (fainter, blurrier, coarser).

import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { DEBIAN_CHROMIUM } from "@/tests/debian-chromium";
import { invoiceSeed } from "./synthetic-invoices/prng";
import { buildReceipt } from "./synthetic-receipts/receipt-model";
import { renderReceiptHtml } from "./synthetic-receipts/render-receipt";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      count: { type: "string", default: "40" },
      seed: { type: "string", default: "1" },
      html: { type: "boolean", default: false },
      harsh: { type: "boolean", default: false },
    },
  });
  if (!values.out) throw new Error("usage: synthesize-receipts --out <folder> [--count 40] [--seed 1] [--harsh] [--html]");
  const out = values.out;
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(DEBIAN_CHROMIUM);
  const truth: Record<string, { fields: Record<string, string> }> = {};
  try {
    for (let index = 0; index < Number(values.count); index++) {
      const receipt = buildReceipt(invoiceSeed(Number(values.seed), index), values.harsh);
      const name = `${String(index + 1).padStart(3, "0")}.jpg`;
      const context = await browser.newContext({ viewport: { width: 600, height: 800 }, deviceScaleFactor: receipt.style.scale });
      const page = await context.newPage();
      const html = renderReceiptHtml(receipt);
      if (values.html) fs.writeFileSync(path.join(out, name.replace(".jpg", ".html")), html);
      await page.setContent(html, { waitUntil: "load" });
      await page.locator(".bed").screenshot({ path: path.join(out, name), type: "jpeg", quality: receipt.style.quality });
      await context.close();
      truth[name] = { fields: receipt.truth };
      console.info(`${name} ${receipt.truth.vendor_name} | ${receipt.truth.date} | ${receipt.truth.total_amount}`);
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(out, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
