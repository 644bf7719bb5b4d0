// The offline extractor on a dataset folder, in process (no server, no database): every page is read with the
// pipeline's own readPageLayout (PDF text layer, else tesseract.js), the layouts are cached on disk, and
// extractFieldsOffline runs on them with the same schema and scoring as `npm run bench:extraction`. Meant for the
// edit → measure loop on the extractor: after the first run the OCR is not repeated.
//   npm run bench:offline -- ../shared/datasets/sroie [--misses] [--unprinted] [--limit N] [--no-cache]
// The cache key is the file's bytes, the page and OCR_CACHE_TAG (default "default"): change the tag whenever the
// OCR or image preparation changes, or OCR_ENGINE (tesseract, paddle) picks another reader. E-invoice attachments are not read (this measures the page reader).

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TStoredField } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { createOfflineExtractor, extractFieldsOffline } from "@/lib/extraction/extract-fields-offline";
import { getOcrEngine } from "@/lib/layout/get-ocr-engine";
import { inspectDocument } from "@/lib/layout/inspect-document";
import { readPageLayout } from "@/lib/layout/read-page-layout";
import type { TDocumentType, TPageLayout } from "@/lib/layout/types";
import {
  buildBenchFields,
  comparisonFor,
  isMatch,
  isRecoverable,
  microScore,
  reliabilityTable,
  scoreFields,
  type TScoredField,
} from "./score-extraction";
import { indexPageText, isRecoverable as isPrintedVerbatim } from "./score-recoverability";

const TYPES: Record<string, TDocumentType> = {
  ".pdf": "pdf",
  ".jpg": "jpeg",
  ".jpeg": "jpeg",
  ".png": "png",
  ".tif": "tiff",
  ".tiff": "tiff",
};
type TTruth = Record<string, { fields: Record<string, string | number> }>;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: "string" },
      misses: { type: "boolean", default: false },
      unprinted: { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false },
      raw: { type: "boolean", default: false },
      json: { type: "string" },
    },
  });
  const folder = positionals[0];
  if (!folder) throw new Error("usage: offline-extraction <folder> [--misses] [--limit N] [--no-cache]");
  const truth = JSON.parse(fs.readFileSync(path.join(folder, "truth.json"), "utf8")) as TTruth;
  const files = Object.keys(truth)
    .filter((file) => path.extname(file).toLowerCase() in TYPES && fs.existsSync(path.join(folder, file)))
    .sort()
    .slice(0, values.limit ? Number(values.limit) : undefined);
  const { fields, types } = buildBenchFields(Object.fromEntries(files.map((file) => [file, truth[file]])));
  const storedFields: TStoredField[] = fields.map((field) => ({ ...field, required: false, aliases: [] }));
  const cacheDir = path.join(os.tmpdir(), "docustack-layout-cache", process.env.OCR_CACHE_TAG ?? "default");
  fs.mkdirSync(cacheDir, { recursive: true });

  // --raw: the extractor's scores before calibration, for scripts/bench/fit-calibration.ts.
  const extract = values.raw ? createOfflineExtractor((raw) => raw) : extractFieldsOffline;
  const scored: TScoredField[] = [];
  // The recoverability: the truth printed verbatim in the OCR text (bench:ocr's comparison).
  const verbatim = { found: 0, total: 0, byKey: new Map<string, number>() };
  let extractSeconds = 0;
  const unprinted: string[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(folder, file));
    const pages = await readLayouts(bytes, TYPES[path.extname(file).toLowerCase()], cacheDir, !values["no-cache"]).catch(
      (error: unknown) => {
        console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
        return [] as TPageLayout[];
      },
    );
    const started = performance.now();
    const extracted = await extract({ fields: storedFields, pages });
    extractSeconds += (performance.now() - started) / 1000;
    const pageText = pages.map((page) => page.text).join("\n");
    const pageIndex = indexPageText(pageText);
    for (const [key, raw] of Object.entries(truth[file].fields)) {
      const expected = String(raw);
      verbatim.total++;
      if (isPrintedVerbatim(pageIndex, key, expected)) {
        verbatim.found++;
        verbatim.byKey.set(key, (verbatim.byKey.get(key) ?? 0) + 1);
      } else if (values.unprinted) {
        unprinted.push(`  ${file} ${key}: truth ${JSON.stringify(expected)} | ${JSON.stringify(pageText.replace(/\n/g, " ⏎ "))}`);
      }
      const comparison = comparisonFor(key, types[key]);
      const got = extracted.find((field) => field.key === key);
      const value = got?.value ?? null;
      const normalized = got?.normalizedValue ?? null;
      const predicted = value !== null && value !== "";
      scored.push({
        file,
        key,
        truth: expected,
        value,
        normalized,
        confidence: got?.confidence ?? 0,
        predicted,
        correct: predicted && isMatch(comparison, { value, normalized }, expected),
        recoverable: isRecoverable(comparison, expected, pageText),
      });
    }
  }
  await ocrEngine().terminate();

  console.table(
    scoreFields(scored, types)
      .filter((row) => row.truths >= Math.min(3, files.length / 2))
      .map((row) => ({
        field: row.key,
        truths: row.truths,
        recoverable: row.recoverable,
        verbatim: verbatim.byKey.get(row.key) ?? 0,
        P: round(row.precision),
        R: round(row.recall),
        F1: round(row.f1),
      })),
  );
  const overall = microScore(scored);
  console.info(
    `${path.basename(folder)}: ${files.length} files; overall P ${round(overall.precision)} R ${round(overall.recall)} ` +
      `F1 ${round(overall.f1)}; recoverable ${overall.recoverable}/${overall.truths}; verbatim ${verbatim.found}/${verbatim.total}; extractor ${round(extractSeconds)} s in all`,
  );
  console.table(
    reliabilityTable(scored).map((row) => ({
      confidence: `${row.from.toFixed(2)}–${row.to.toFixed(2)}`,
      count: row.count,
      right: row.correct,
      accuracy: row.accuracy === null ? "–" : round(row.accuracy),
    })),
  );
  if (values.json) fs.writeFileSync(values.json, JSON.stringify({ dataset: path.basename(folder), raw: values.raw, scored }, null, 1));
  // --unprinted: truth values the reading does not contain verbatim, each with the page text, to see what the reader
  // made of them.
  for (const line of unprinted) console.info(line);
  if (values.misses) {
    for (const item of scored.filter((entry) => !entry.correct)) {
      console.info(
        `  ${item.file} ${item.key}: truth ${JSON.stringify(item.truth)} got ${JSON.stringify(item.value)}` +
          (item.value === null ? "" : ` at ${item.confidence.toFixed(2)}`) +
          `${item.recoverable ? "" : " (not recoverable)"}`,
      );
    }
  }
}

async function readLayouts(bytes: Buffer, type: TDocumentType, cacheDir: string, useCache: boolean): Promise<TPageLayout[]> {
  const cacheFile = path.join(cacheDir, `${createHash("sha256").update(bytes).digest("hex")}.json`);
  if (useCache && fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, "utf8")) as TPageLayout[];
  const { pageCount } = await inspectDocument(bytes, type, { maxPages: 100, maxImagePixels: 100_000_000 });
  const pages: TPageLayout[] = [];
  for (let page = 1; page <= pageCount; page++) pages.push(await readPageLayout(bytes, type, page, { ocr: ocrEngine() }));
  fs.writeFileSync(cacheFile, JSON.stringify(pages));
  return pages;
}

/** The reader the server would use (OCR_ENGINE), on one worker or thread. */
function ocrEngine() {
  return getOcrEngine(getConfig().OCR_ENGINE, { workers: 1 });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
