// Extraction benchmark: runs a dataset folder through a real production server and scores what the
// API returns against the folder's truth.json.
//
//   npm run bench:extraction -- <folder> [--ignore-attachments] [--limit N] [--concurrency N] [--json out.json] [--verbose]
//
// <folder> holds documents (pdf, jpg, jpeg, png, tif, tiff) and truth.json ({"<file>": {"fields": {key: value}}}).
// The server is started like the integration suite's (embedded defaults, its own data folder, built first
// if the build is stale). The schema's fields are the union of the truth keys. Only keys present in a
// file's truth are scored for that file. See score-extraction.ts for how values are compared.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startTestServer, type TTestServer } from "../../tests/support/test-server";
import { call, createBenchOrg, HttpError, type TTarget, uploadFile, waitForDocument } from "./bench-client";
import {
  accuracyAtOrAbove,
  buildBenchFields,
  comparisonFor,
  isMatch,
  isRecoverable,
  MATCH_RULES,
  microScore,
  reliabilityTable,
  scoreFields,
  type TFieldType,
  type TReliabilityRow,
  type TScoredField,
} from "./score-extraction";

const DOCUMENT_EXTENSIONS = /\.(pdf|jpe?g|png|tiff?)$/i;
const DOCUMENT_TIMEOUT_MS = 15 * 60_000;

type TOptions = {
  folder: string;
  ignoreAttachments: boolean;
  limit?: number;
  concurrency: number;
  json?: string;
  verbose: boolean;
};

type TTruth = Record<string, { fields: Record<string, string | number> }>;

type TApiField = { field_key: string; value: string | null; normalized_value: unknown; confidence: number; source: string };
type TApiDocument = {
  status: string;
  page_count: number | null;
  created_at: string;
  completed_at: string | null;
  error: { code: string; message: string } | null;
  field_values: TApiField[];
};
type TApiPages = { pages: { page: number; source: string; text: string }[] };

type TDocumentResult = {
  file: string;
  documentId: string;
  status: string;
  error: string | null;
  pages: number;
  pageSources: string[];
  /** created_at → completed_at, as the server recorded it. */
  pipelineSeconds: number | null;
  /** Upload → result fetched, as this script saw it. */
  clientSeconds: number;
  /** The pages' text as GET /pages returned it (what recoverability is measured on). */
  text: string;
};

function parseArgs(argv: string[]): TOptions {
  const options: TOptions = { folder: "", ignoreAttachments: false, concurrency: 2, verbose: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const next = () => {
      const value = argv[++index];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === "--ignore-attachments") options.ignoreAttachments = true;
    else if (arg === "--verbose") options.verbose = true;
    else if (arg === "--limit") options.limit = Number.parseInt(next(), 10);
    else if (arg === "--concurrency") options.concurrency = Number.parseInt(next(), 10);
    else if (arg === "--json") options.json = next();
    else if (arg.startsWith("--")) throw new Error(`Unknown option ${arg}`);
    else options.folder = arg;
  }
  if ((options.limit !== undefined && !(options.limit >= 0)) || !(options.concurrency >= 1)) {
    throw new Error("--limit and --concurrency take a number.");
  }
  if (!options.folder) {
    throw new Error(
      "Usage: npm run bench:extraction -- <folder> [--ignore-attachments] [--limit N] [--concurrency N] [--json out.json] [--verbose]",
    );
  }
  return options;
}

/** Runs `worker` over `items`, at most `limit` at a time, keeping the input order in the result. */
async function mapBounded<T, R>(items: T[], limit: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}

const fmt = (value: number | null, digits = 3) => (value === null || Number.isNaN(value) ? "–" : value.toFixed(digits));
const pct = (part: number, whole: number) => (whole === 0 ? "–" : `${part}/${whole} (${((100 * part) / whole).toFixed(0)}%)`);

function table(header: string[], rows: (string | number)[][]): string {
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}

function reliabilityMarkdown(rows: TReliabilityRow[]): string {
  return table(
    ["confidence", "count", "correct", "accuracy", "mean confidence"],
    rows.map((row) => [`${row.from.toFixed(2)}–${row.to.toFixed(2)}`, row.count, row.correct, fmt(row.accuracy), fmt(row.meanConfidence)]),
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const folder = path.resolve(options.folder);
  const truth = JSON.parse(fs.readFileSync(path.join(folder, "truth.json"), "utf8")) as TTruth;
  let files = Object.keys(truth)
    .filter((file) => DOCUMENT_EXTENSIONS.test(file) && fs.existsSync(path.join(folder, file)))
    .sort();
  const missing = Object.keys(truth).filter((file) => !fs.existsSync(path.join(folder, file)));
  if (missing.length) console.warn(`Not in the folder, skipped: ${missing.join(", ")}`);
  if (options.limit !== undefined) files = files.slice(0, options.limit);
  const scopedTruth = Object.fromEntries(files.map((file) => [file, truth[file]]));
  const { fields, types } = buildBenchFields(scopedTruth);

  const serverStart = Date.now();
  const env: Record<string, string> = { LOG_LEVEL: "warn" };
  if (options.ignoreAttachments) env.EXTRACTION_READ_EMBEDDED_INVOICE = "0";
  let server: TTestServer | undefined;
  try {
    server = await startTestServer({ env });
    const serverSeconds = (Date.now() - serverStart) / 1000;
    const target: TTarget = { baseUrl: server.baseUrl, dataDir: server.dataDir };
    const { key } = await createBenchOrg(target);
    const schema = await call<{ id: string }>(target, key, "/api/v1/schemas", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: `Benchmark ${path.basename(folder)}`, fields }),
    });

    console.log(
      `Benchmark ${path.basename(folder)}: ${files.length} files, ${fields.length} fields, concurrency ${options.concurrency}` +
        `${options.ignoreAttachments ? ", EXTRACTION_READ_EMBEDDED_INVOICE=0" : ""} (server up in ${serverSeconds.toFixed(1)} s)`,
    );
    const runStart = Date.now();
    const scored: TScoredField[] = [];
    const documents = await mapBounded(files, options.concurrency, async (file): Promise<TDocumentResult> => {
      const started = Date.now();
      let documentId: string;
      try {
        ({ document_id: documentId } = await uploadFile(target, key, path.join(folder, file), schema.id));
      } catch (error) {
        // A refused upload (4xx: the service won't take this file) scores as a document with no predictions.
        if (!(error instanceof HttpError && error.status >= 400 && error.status < 500)) throw error;
        const message = error.message;
        console.log(`  ${file}: upload refused, ${message}`);
        scored.push(...scoreDocument(file, truth[file].fields, types, [], ""));
        return {
          file,
          documentId: "",
          status: "rejected",
          error: message,
          pages: 0,
          pageSources: [],
          pipelineSeconds: null,
          clientSeconds: 0,
          text: "",
        };
      }
      await waitForDocument(target, key, documentId, DOCUMENT_TIMEOUT_MS);
      const document = await call<TApiDocument>(target, key, `/api/v1/documents/${documentId}`);
      const pages =
        document.status === "completed" ? await call<TApiPages>(target, key, `/api/v1/documents/${documentId}/pages`) : { pages: [] };
      const clientSeconds = (Date.now() - started) / 1000;
      const pageText = pages.pages.map((page) => page.text).join("\n");
      scored.push(...scoreDocument(file, truth[file].fields, types, document.field_values, pageText));
      const pipelineSeconds = document.completed_at
        ? (new Date(document.completed_at).getTime() - new Date(document.created_at).getTime()) / 1000
        : null;
      const result: TDocumentResult = {
        file,
        documentId,
        status: document.status,
        error: document.error ? `${document.error.code}: ${document.error.message}` : null,
        pages: document.page_count ?? pages.pages.length,
        pageSources: pages.pages.map((page) => page.source),
        pipelineSeconds,
        clientSeconds,
        text: pageText,
      };
      console.log(
        `  ${file}: ${result.status}, ${result.pages} page(s) [${[...new Set(result.pageSources)].join(",")}], ` +
          `pipeline ${fmt(pipelineSeconds, 1)} s${result.error ? `, ${result.error}` : ""}`,
      );
      return result;
    });
    const wallSeconds = (Date.now() - runStart) / 1000;
    report({ options, folder, fields: types, scored, documents, wallSeconds, serverSeconds });
  } catch (error) {
    if (server) console.error(`Server output (last 4000 characters):\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    if (server) {
      await server.stop();
      fs.rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
}

function scoreDocument(
  file: string,
  truthFields: Record<string, string | number>,
  types: Record<string, TFieldType>,
  fieldValues: TApiField[],
  pageText: string,
): TScoredField[] {
  return Object.entries(truthFields).map(([fieldKey, rawTruth]) => {
    const expected = String(rawTruth);
    const comparison = comparisonFor(fieldKey, types[fieldKey]);
    const got = fieldValues.find((item) => item.field_key === fieldKey);
    const value = got?.value ?? null;
    const normalized = got?.normalized_value ?? null;
    const predicted = value !== null && value !== "";
    return {
      file,
      key: fieldKey,
      truth: expected,
      value,
      normalized,
      confidence: got?.confidence ?? 0,
      source: got?.source ?? null,
      predicted,
      correct: predicted && isMatch(comparison, { value, normalized }, expected),
      recoverable: isRecoverable(comparison, expected, pageText),
    };
  });
}

function report(run: {
  options: TOptions;
  folder: string;
  fields: Record<string, TFieldType>;
  scored: TScoredField[];
  documents: TDocumentResult[];
  wallSeconds: number;
  serverSeconds: number;
}) {
  const { options, scored, documents, wallSeconds } = run;
  scored.sort((a, b) => a.file.localeCompare(b.file) || a.key.localeCompare(b.key));
  const perField = scoreFields(scored, run.fields);
  const micro = microScore(scored);
  // Template-specific keys that occur once (invoice2data's `mandate_id`) weigh as much as totals in `micro`,
  // so also score the keys present in at least half of the files.
  const frequentKeys = perField.filter((row) => row.truths >= documents.length / 2).map((row) => row.key);
  const frequent = microScore(scored.filter((item) => frequentKeys.includes(item.key)));
  const reliability = reliabilityTable(scored);
  const pages = documents.reduce((sum, document) => sum + document.pages, 0);
  const pipelineTimes = documents.map((document) => document.pipelineSeconds).filter((value): value is number => value !== null);
  const pipelineTotal = pipelineTimes.reduce((sum, value) => sum + value, 0);
  const sorted = [...pipelineTimes].sort((a, b) => a - b);
  const timing = {
    documents: documents.length,
    failed: documents.filter((document) => document.status !== "completed").length,
    pages,
    wallSeconds,
    wallSecondsPerPage: pages ? wallSeconds / pages : null,
    pipelineSecondsPerPage: pages ? pipelineTotal / pages : null,
    pipelineSecondsMedianPerDocument: sorted.length ? sorted[Math.floor(sorted.length / 2)] : null,
    concurrency: options.concurrency,
    serverStartSeconds: run.serverSeconds,
  };
  const high = accuracyAtOrAbove(scored, 0.9);

  console.log(`\n## ${path.basename(run.folder)}${options.ignoreAttachments ? " (--ignore-attachments)" : ""}\n`);
  console.log("Matching rules:");
  for (const rule of MATCH_RULES) console.log(`- ${rule}`);
  console.log(`\n${documents.length} documents, ${pages} pages, ${micro.truths} truth values scored.\n`);
  console.log(
    table(
      ["field", "type", "match", "truths", "predicted", "correct", "P", "R", "F1", "recoverable"],
      perField.map((row) => [
        row.key,
        row.type,
        row.comparison,
        row.truths,
        row.predictions,
        row.correct,
        fmt(row.precision),
        fmt(row.recall),
        fmt(row.f1),
        pct(row.recoverable, row.truths),
      ]),
    ),
  );
  console.log(
    `\nOverall (micro over all scored values): P ${fmt(micro.precision)}  R ${fmt(micro.recall)}  F1 ${fmt(micro.f1)}  ` +
      `recoverable ${pct(micro.recoverable, micro.truths)}`,
  );
  console.log(
    `Frequent fields (in ≥ 50% of files: ${frequentKeys.join(", ")}): P ${fmt(frequent.precision)}  R ${fmt(frequent.recall)}  ` +
      `F1 ${fmt(frequent.f1)}  recoverable ${pct(frequent.recoverable, frequent.truths)}`,
  );
  console.log(
    `Time: ${wallSeconds.toFixed(1)} s wall for ${pages} pages = ${fmt(timing.wallSecondsPerPage, 2)} s/page at concurrency ${options.concurrency}; ` +
      `pipeline (created_at→completed_at) ${fmt(timing.pipelineSecondsPerPage, 2)} s/page, median ${fmt(timing.pipelineSecondsMedianPerDocument, 2)} s/document` +
      `${timing.failed ? `; ${timing.failed} document(s) refused at upload or failed` : ""}`,
  );
  console.log(`\nReliability (non-null predictions by confidence):\n\n${reliabilityMarkdown(reliability)}`);
  console.log(`\nConfidence ≥ 0.90: ${high.correct}/${high.count} correct (${fmt(high.accuracy)}).`);

  if (options.verbose) {
    console.log("\nMisses (file key: got value (confidence) → want truth; [not in page text] when the truth isn't recoverable):");
    for (const item of scored.filter((entry) => !entry.correct)) {
      const got = item.predicted ? `${JSON.stringify(item.normalized ?? item.value)} (${item.confidence})` : "null";
      console.log(`  ${item.file} ${item.key}: ${got} → ${JSON.stringify(item.truth)}${item.recoverable ? "" : " [not in page text]"}`);
    }
  }

  if (options.json) {
    const output = {
      dataset: path.basename(run.folder),
      folder: run.folder,
      ignoreAttachments: options.ignoreAttachments,
      date: new Date().toISOString(),
      machine: { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() },
      matchRules: MATCH_RULES,
      timing,
      micro,
      frequent: { keys: frequentKeys, ...frequent },
      fields: perField,
      reliability,
      confidenceAtLeast90: high,
      documents,
      scored,
    };
    fs.mkdirSync(path.dirname(path.resolve(options.json)), { recursive: true });
    fs.writeFileSync(options.json, `${JSON.stringify(output, null, 2)}\n`);
    console.log(`\nWrote ${options.json}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
