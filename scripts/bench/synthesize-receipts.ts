// Synthetic scanned receipts for measuring the extractor on receipts it was not tuned on: Malaysian shop receipts
// of the SROIE kind (company and registration number, wrapped address, GST lines, date and time in many formats,
// items, rounding, cash and change), each rendered by Chromium and screenshotted as a JPEG "scan" with its own
// width, font, ink, tilt, blur, grain, resolution and JPEG quality. truth.json holds SROIE's four fields.
//   npx tsx scripts/bench/synthesize-receipts.ts --out /tmp/synth-receipts --count 40 --seed 5 [--harsh]
//   npm run bench:offline -- /tmp/synth-receipts --misses
// Receipt N depends only on (seed, N); --harsh scans the same receipts worse (fainter, blurrier, coarser).

import fs from "node:fs";
import path from "node:path";
import { runSynthesizer } from "./run-synthesizer";
import { buildReceipt } from "./synthetic-receipts/receipt-model";
import { renderReceiptHtml } from "./synthetic-receipts/render-receipt";

runSynthesizer("synthesize-receipts", ["harsh", "html"], async ({ browser, out, name, seed, flags }) => {
  const receipt = buildReceipt(seed, flags.harsh);
  const file = `${name}.jpg`;
  const context = await browser.newContext({ viewport: { width: 600, height: 800 }, deviceScaleFactor: receipt.style.scale });
  const page = await context.newPage();
  const html = renderReceiptHtml(receipt);
  if (flags.html) fs.writeFileSync(path.join(out, `${name}.html`), html);
  await page.setContent(html, { waitUntil: "load" });
  await page.locator(".bed").screenshot({ path: path.join(out, file), type: "jpeg", quality: receipt.style.quality });
  await context.close();
  console.info(`${file} ${receipt.truth.vendor_name} | ${receipt.truth.date} | ${receipt.truth.total_amount}`);
  return { [file]: { fields: receipt.truth } };
});
