// OCR recoverability: the share of ground-truth values present in the OCR text of each image of a dataset folder
// (a folder with truth.json, see shared/datasets/SOURCES.md). Runs the same path as the pipeline (readPageLayout).
//   npm run bench:ocr -- ../shared/datasets/sroie [--engine tesseract|paddle] [--limit N] [--extract] [--verbose]
// --extract also runs the offline extractor on the OCR'd page and reports its accuracy per field.
// Pages are read one at a time, so seconds per page are single-page latencies on a possibly busy machine.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TStoredField } from "@/db/schema";
import { extractFieldsOffline } from "@/lib/extraction/extract-fields-offline";
import { editDistance, squash } from "@/lib/extraction/normalize-text";
import { parseDate } from "@/lib/extraction/parse-date";
import { parseNumber } from "@/lib/extraction/parse-number";
import { getOcrEngine, type TOcrEngineName } from "@/lib/layout/get-ocr-engine";
import { readPageLayout } from "@/lib/layout/read-page-layout";
import { fieldKind, indexPageText, isRecoverable } from "./score-recoverability";

const SCORED_FIELDS = ["vendor_name", "vendor_address", "date", "total_amount", "net_amount", "tax_amount", "invoice_number"];
const IMAGE_TYPES = { ".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".tif": "tiff", ".tiff": "tiff" } as const;

type TTruth = Record<string, { fields: Record<string, string> }>;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      engine: { type: "string", default: "tesseract" },
      limit: { type: "string" },
      extract: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
    },
  });
  const folder = positionals[0];
  if (!folder) throw new Error("usage: ocr-recoverability <folder> [--engine tesseract|paddle] [--limit N]");
  const engineName = values.engine as TOcrEngineName;

  const truth = JSON.parse(await readFile(path.join(folder, "truth.json"), "utf8")) as TTruth;
  const files = Object.keys(truth)
    .filter((file) => path.extname(file).toLowerCase() in IMAGE_TYPES)
    .sort()
    .slice(0, values.limit ? Number(values.limit) : undefined);

  const ocr = getOcrEngine(engineName, { workers: 1 });
  const found: Record<string, { hit: number; total: number; extracted: number }> = {};
  const misses: string[] = [];
  let seconds = 0;
  let failed = 0;

  for (const file of files) {
    const bytes = await readFile(path.join(folder, file));
    const type = IMAGE_TYPES[path.extname(file).toLowerCase() as keyof typeof IMAGE_TYPES];
    const started = performance.now();
    const layout = await readPageLayout(bytes, type, 1, { ocr }).catch((error: unknown) => {
      failed++;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    seconds += (performance.now() - started) / 1000;
    const index = indexPageText(layout?.text ?? "");
    const fields = Object.entries(truth[file].fields).filter(([key]) => SCORED_FIELDS.includes(key));
    const extracted =
      values.extract && layout ? await extractFieldsOffline({ fields: fields.map(([key]) => schemaField(key)), pages: [layout] }) : [];
    for (const [key, expected] of fields) {
      found[key] ??= { hit: 0, total: 0, extracted: 0 };
      found[key].total++;
      if (isRecoverable(index, key, expected)) found[key].hit++;
      else misses.push(`${file} ${key}: ${JSON.stringify(expected)}`);
      const value = extracted.find((field) => field.key === key)?.normalizedValue;
      if (isExtractedCorrectly(key, value, expected)) found[key].extracted++;
    }
  }
  await ocr.terminate();

  const rows = Object.entries(found).map(([key, { hit, total, extracted }]) => ({
    field: key,
    recoverable: `${hit}/${total}`,
    share: round(hit / total),
    ...(values.extract ? { extracted: round(extracted / total) } : {}),
  }));
  const hits = Object.values(found).reduce((sum, { hit }) => sum + hit, 0);
  const total = Object.values(found).reduce((sum, entry) => sum + entry.total, 0);
  console.info(`${folder}: ${files.length} pages, engine ${engineName}, ${failed} failed`);
  console.table(rows);
  console.info(`overall ${hits}/${total} = ${round(hits / total)}; ${round(seconds / files.length)} s/page (sequential)`);
  if (values.verbose) console.info(misses.join("\n"));
}

function schemaField(key: string): TStoredField {
  const kind = fieldKind(key);
  const type = kind === "amount" ? "number" : kind;
  return { key, name: key.replace(/_/g, " "), type, required: key !== "vendor_address", aliases: [] };
}

/** Same comparison as the extractor's SROIE test: names one slip per 10 characters, dates and amounts by value. */
function isExtractedCorrectly(key: string, actual: unknown, expected: string): boolean {
  const kind = fieldKind(key);
  if (kind === "date") return actual === parseDate(expected)?.iso;
  if (kind === "amount") return actual === parseNumber(expected)?.value;
  if (typeof actual !== "string") return false;
  const [a, b] = [squash(actual), squash(expected)];
  return editDistance(a, b, 5) <= Math.floor(b.length / 10);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
