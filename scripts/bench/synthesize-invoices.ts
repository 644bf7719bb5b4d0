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
import type { Page } from "playwright-core";
import { runSynthesizer, type TTruthEntries } from "./run-synthesizer";
import { buildInvoice, truthFor } from "./synthetic-invoices/invoice-model";
import { PAPER, renderHtml } from "./synthetic-invoices/render-html";
import type { TInvoice } from "./synthetic-invoices/types";

runSynthesizer("synthesize-invoices", ["raster", "html"], async ({ browser, out, name, seed, flags }) => {
  const inv = buildInvoice(seed);
  const paper = PAPER[inv.country.paper];
  // deviceScaleFactor 2 on a 96-dpi CSS page: ~192 dpi, a typical office scan.
  const context = await browser.newContext({ viewport: { width: paper.width, height: paper.height }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const html = await fitOnePage(page, inv);
  if (flags.html) fs.writeFileSync(path.join(out, `${name}.html`), html);
  await page.pdf({
    path: path.join(out, `${name}.pdf`),
    format: inv.country.paper,
    printBackground: true,
    margin: { top: "0", right: "0", bottom: "0", left: "0" },
  });
  const fields = truthFor(inv);
  const truth: TTruthEntries = { [`${name}.pdf`]: { fields } };
  if (flags.raster) {
    await page.screenshot({ path: path.join(out, `${name}.jpg`), type: "jpeg", quality: 85 });
    truth[`${name}.jpg`] = { fields };
  }
  await context.close();
  console.info(`${name} ${inv.country.code} ${inv.currency} ${fields.invoice_number} ${fields.vendor_name}`);
  return truth;
});

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
