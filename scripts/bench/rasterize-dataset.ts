// Makes a scanned copy of a dataset folder: every PDF's pages rendered at --dpi (default 200) into one multi-page
// TIFF, other files copied, truth.json rewritten to the new names. A born-digital set then measures the reader and
// the extractor on pages instead of on the PDF's text layer (and without its e-invoice attachment):
//   npx tsx --conditions=react-server scripts/bench/rasterize-dataset.ts ../shared/datasets/zugferd-corpus /tmp/zugferd-scanned
//   npm run bench:offline -- /tmp/zugferd-scanned

import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { loadPdfDocument } from "@/lib/layout/load-pdf-document";
import { renderPdfPage } from "@/lib/layout/render-pdf-page";

type TTruth = Record<string, { fields: Record<string, string | number> }>;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dpi: { type: "string", default: "200" } } });
  const [source, target] = positionals;
  if (!source || !target) throw new Error("usage: rasterize-dataset <dataset folder> <new folder> [--dpi 200]");
  fs.mkdirSync(target, { recursive: true });
  const truth = JSON.parse(fs.readFileSync(path.join(source, "truth.json"), "utf8")) as TTruth;
  const renamed: TTruth = {};
  for (const [file, entry] of Object.entries(truth)) {
    const bytes = fs.readFileSync(path.join(source, file));
    if (path.extname(file).toLowerCase() !== ".pdf") {
      fs.copyFileSync(path.join(source, file), path.join(target, file));
      renamed[file] = entry;
      continue;
    }
    const scanned = `${path.basename(file, path.extname(file))}.tiff`;
    fs.writeFileSync(path.join(target, scanned), await rasterize(bytes, Number(values.dpi)));
    renamed[scanned] = entry;
    console.info(`${file} → ${scanned}`);
  }
  fs.writeFileSync(path.join(target, "truth.json"), JSON.stringify(renamed, null, 1));
}

/** The PDF's pages as one grayscale multi-page TIFF (LZW), as a scanner would deliver them. */
async function rasterize(bytes: Buffer, dpi: number): Promise<Buffer> {
  const pdf = await loadPdfDocument(new Uint8Array(bytes));
  try {
    const pages: Buffer[] = [];
    for (let page = 1; page <= pdf.numPages; page++) pages.push((await renderPdfPage(pdf, page, { dpi })).png);
    // A multi-page image is one tall strip of equal pages for sharp: pad every page to the largest.
    const sizes = await Promise.all(pages.map((png) => sharp(png).metadata()));
    const width = Math.max(...sizes.map((size) => size.width ?? 0));
    const height = Math.max(...sizes.map((size) => size.height ?? 0));
    const padded = await Promise.all(
      pages.map((png, index) =>
        sharp(png)
          .extend({ right: width - (sizes[index].width ?? 0), bottom: height - (sizes[index].height ?? 0), background: "#ffffff" })
          .raw()
          .toBuffer(),
      ),
    );
    const channels = padded[0].length / (width * height);
    return await sharp(Buffer.concat(padded), {
      raw: { width, height: height * pages.length, channels: channels as 1 | 2 | 3 | 4, pageHeight: height },
    })
      .tiff({ compression: "lzw" })
      .toBuffer();
  } finally {
    await pdf.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
