// Tesseract variants (BENCHMARKS.md, "OCR: what was tried"): OCRs a folder of images with one image preparation and
// tesseract setting and writes the layouts into the bench:offline cache under the tag, so
// `OCR_CACHE_TAG=<tag> npm run bench:offline -- <folder>` scores the extractor on that reading.
//   npx tsx --conditions=react-server scripts/bench/ocr-variants.ts <folder> --tag t [--psm 6] [--model 4.0.0_best_int]
//     [--oem 1] [--upscale long1500|short1500|fixed2] [--threshold 150] [--sharpen]
//     [--params '{"preserve_interword_spaces":"1"}'] [--rotate-auto] [--limit N]
// The defaults reproduce what the pipeline does with OCR_ENGINE=tesseract (grayscale, contrast stretched, doubled
// below 1500 px, PSM 6).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import Tesseract from "tesseract.js";
import { nodeModulePath } from "@/lib/layout/node-module-path";
import { tesseractBlocksToLines } from "@/lib/layout/tesseract-blocks-to-lines";
import type { TPageLayout } from "@/lib/layout/types";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      tag: { type: "string" },
      psm: { type: "string", default: "6" },
      model: { type: "string", default: "4.0.0_best_int" },
      oem: { type: "string", default: "1" },
      upscale: { type: "string", default: "long1500" },
      threshold: { type: "string" },
      sharpen: { type: "boolean", default: false },
      normalise: { type: "boolean", default: true },
      params: { type: "string", default: "{}" },
      limit: { type: "string" },
      "rotate-auto": { type: "boolean", default: false },
    },
  });
  const folder = positionals[0];
  const tag = values.tag ?? "variant";
  const cacheDir = path.join(os.tmpdir(), "docustack-layout-cache", tag);
  fs.mkdirSync(cacheDir, { recursive: true });
  const truth = JSON.parse(fs.readFileSync(path.join(folder, "truth.json"), "utf8")) as Record<string, unknown>;
  const files = Object.keys(truth)
    .filter((file) => /\.(jpe?g|png|tiff?)$/i.test(file))
    .sort()
    .slice(0, values.limit ? Number(values.limit) : undefined);
  const worker = await Tesseract.createWorker("eng", Number(values.oem), {
    langPath: nodeModulePath("@tesseract.js-data", "eng", values.model),
    gzip: true,
    cacheMethod: "none",
  });
  await worker.setParameters({ user_defined_dpi: "300", tessedit_pageseg_mode: values.psm as Tesseract.PSM, ...JSON.parse(values.params) });
  let seconds = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(folder, file));
    const started = performance.now();
    const meta = await sharp(bytes).metadata();
    const w = meta.autoOrient.width;
    const h = meta.autoOrient.height;
    const factor = upscaleFactor(values.upscale, w, h);
    let image = sharp(bytes).autoOrient().flatten({ background: "#ffffff" });
    if (factor !== 1) image = image.resize(Math.round(w * factor), Math.round(h * factor), { kernel: "lanczos3" });
    image = image.grayscale();
    if (values.normalise) image = image.normalise();
    if (values.sharpen) image = image.sharpen();
    if (values.threshold) image = image.threshold(Number(values.threshold));
    const { data, info } = await image.toColourspace("b-w").png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    const result = await worker.recognize(data, { rotateAuto: values["rotate-auto"] }, { blocks: true });
    const lines = tesseractBlocksToLines(result.data.blocks ?? [], info.width, info.height);
    seconds += (performance.now() - started) / 1000;
    const layout: TPageLayout = { page: 1, width: w, height: h, source: "ocr", lines, text: lines.map((line) => line.text).join("\n") };
    fs.writeFileSync(path.join(cacheDir, `${createHash("sha256").update(bytes).digest("hex")}.json`), JSON.stringify([layout]));
  }
  await worker.terminate();
  console.info(`${tag}: ${files.length} images, ${(seconds / files.length).toFixed(2)} s/page`);
}

function upscaleFactor(rule: string, w: number, h: number): number {
  const [, kind, value] = /^(long|short|fixed)([\d.]+)$/.exec(rule) ?? [];
  if (kind === "fixed") return Number(value);
  if (kind === "long") return Math.max(w, h) < Number(value) ? 2 : 1;
  if (kind === "short") return Math.min(w, h) < Number(value) ? Math.min(3, Number(value) / Math.min(w, h)) : 1;
  throw new Error(`bad --upscale ${rule}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
