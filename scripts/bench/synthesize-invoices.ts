// Synthetic one-page business invoices for measuring the extractor on layouts it was not tuned on. Each invoice is
// built as self-contained HTML (inline CSS, system fonts only), printed to PDF by Chromium and, with --raster, also
// photographed as a ~190 dpi JPEG of the same page; truth.json holds the printed values in the bench format.
//   npx tsx scripts/bench/synthesize-invoices.ts --out /tmp/synth-invoices --count 40 --seed 7 [--raster]
//   npm run bench:offline -- /tmp/synth-invoices --misses
// Every choice (country, language, labels, date and number formats, layout, fonts) is drawn independently per
// invoice from a seeded PRNG, and invoice N depends only on (seed, N): a larger --count keeps the first ones.
// Truth rules: dates ISO, amounts "1234.56", currency as ISO code, text exactly as printed; a field that the page
// does not print is left out. total_amount is always net + tax, also when a payment line shows a smaller balance.

import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { DEBIAN_CHROMIUM } from "@/tests/debian-chromium";
import { buildInvoice, truthFor } from "./synthetic-invoices/invoice-model";
import { invoiceSeed } from "./synthetic-invoices/prng";
import { PAPER, renderHtml } from "./synthetic-invoices/render-html";
import type { TInvoice } from "./synthetic-invoices/types";

// ---------------------------------------------------------------------------------------------------------------
// Rendering with Chromium

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      count: { type: "string", default: "40" },
      seed: { type: "string", default: "1" },
      raster: { type: "boolean", default: false },
      html: { type: "boolean", default: false },
    },
  });
  if (!values.out) throw new Error("usage: synthesize-invoices --out <folder> [--count 40] [--seed 1] [--raster] [--html]");
  const out = values.out;
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(DEBIAN_CHROMIUM);
  const truth: Record<string, { fields: Record<string, string> }> = {};
  try {
    for (let index = 0; index < Number(values.count); index++) {
      const inv = buildInvoice(invoiceSeed(Number(values.seed), index));
      const name = String(index + 1).padStart(3, "0");
      const paper = PAPER[inv.country.paper];
      // deviceScaleFactor 2 on a 96-dpi CSS page: ~192 dpi, a typical office scan.
      const context = await browser.newContext({ viewport: { width: paper.width, height: paper.height }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const html = await fitOnePage(page, inv);
      if (values.html) fs.writeFileSync(path.join(out, `${name}.html`), html);
      await page.pdf({
        path: path.join(out, `${name}.pdf`),
        format: inv.country.paper,
        printBackground: true,
        margin: { top: "0", right: "0", bottom: "0", left: "0" },
      });
      const fields = truthFor(inv);
      truth[`${name}.pdf`] = { fields };
      if (values.raster) {
        await page.screenshot({ path: path.join(out, `${name}.jpg`), type: "jpeg", quality: 85 });
        truth[`${name}.jpg`] = { fields };
      }
      await context.close();
      console.info(`${name} ${inv.country.code} ${inv.currency} ${fields.invoice_number} ${fields.vendor_name}`);
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(out, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
}

/** Renders at the chosen font size and steps it down until the page no longer overflows, so every PDF is one page. */
async function fitOnePage(page: Page, inv: TInvoice): Promise<string> {
  let html = "";
  for (let size = inv.style.size; size >= 7; size--) {
    html = renderHtml(inv, size);
    await page.setContent(html, { waitUntil: "load" });
    const fits = await page.evaluate(() => {
      const sheet = document.querySelector(".page") as HTMLElement;
      return sheet.scrollHeight <= sheet.clientHeight + 1;
    });
    if (fits) return html;
  }
  return html;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
