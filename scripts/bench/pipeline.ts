// Pipeline benchmark (issue #4, "Measure"): `npm run bench:pipeline`.
//
// Starts the production build on the embedded defaults (PGlite, local files, local engine, local OCR) with
// nothing mocked, and measures over real HTTP:
//   1. born-digital 1-page PDF: upload → `completed` latency (sequential uploads, status polled every 25 ms);
//   2. scanned 1-page JPEGs uploaded at once: pages/s from the first upload to the last completed, against the
//      configured OCR engine alone (OCR_ENGINE: PaddleOCR or the tesseract.js pool, same size, same images, same
//      preprocessing) with the server stopped;
//   3. the server process's RSS (sampled every 100 ms) while it processes those scans.
// Prints a table and writes a JSON result (plus the server's debug log) under the OS temp folder.
//
// Knobs (environment): BENCH_LATENCY_RUNS (30), BENCH_WARMUP (3), BENCH_SCANS (20), BENCH_OUT_DIR, BENCH_DATABASE_URL
// (a Postgres server to run on instead of PGlite).
//
// tests/support/api.ts and documents.ts import vitest, which refuses to load outside its runner (this script runs
// as CommonJS under tsx), so the few HTTP calls and the invoice PDF are written out here; the invoice has the same
// layout as makeInvoicePdf() in tests/support/documents.ts, with varied values.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { getConfig } from "@/lib/config";
import { getOcrEngine, type TStoppableOcrEngine } from "@/lib/layout/get-ocr-engine";
import { prepareImage } from "@/lib/layout/prepare-image";
import { makeScannedImage } from "@/tests/support/scans";
import { createScratchDatabase, startTestServer, type TTestServer } from "@/tests/support/test-server";

const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 30);
const ENGINE_LABEL = getConfig().OCR_ENGINE === "paddle" ? "PaddleOCR" : "tesseract.js";
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const SCANS = Number(process.env.BENCH_SCANS ?? 20);
const SCAN_WARMUP = 2;
const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const LATENCY_POLL_MS = 25;
const SCAN_POLL_MS = 250;
const RSS_SAMPLE_MS = 100;
// The server's defaults: PIPELINE_CONCURRENCY = available cores, OCR_WORKERS = PIPELINE_CONCURRENCY.
const POOL_SIZE = Number(process.env.OCR_WORKERS ?? process.env.PIPELINE_CONCURRENCY ?? os.availableParallelism());
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100);
const OUT_DIR = process.env.BENCH_OUT_DIR ?? path.join(os.tmpdir(), "docustack-bench");

const VENDORS = [
  "Acme Corp",
  "Globex Ltd",
  "Initech GmbH",
  "Umbrella Supplies",
  "Stark Industries",
  "Wayne Enterprises",
  "Hooli Inc",
  "Vandelay Imports",
  "Soylent Foods",
  "Cyberdyne Systems",
  "Tyrell Corp",
  "Wonka Industries",
];
const ITEMS = ["Consulting services", "Software licence", "Hosting (annual)", "Office furniture", "Training days", "Support plan"];

type TTarget = { baseUrl: string; dataDir: string };
type TSummary = { n: number; p50: number; p90: number; min: number; max: number; mean: number };
type TStepLine = { at: number; run: string; step: string };

// ---------------------------------------------------------------------------------------------- helpers

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Linear interpolation between closest ranks (numpy's default). */
function percentile(sorted: number[], p: number) {
  if (!sorted.length) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

function summarize(values: number[]): TSummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50), 1),
    p90: round(percentile(sorted, 90), 1),
    min: round(sorted[0] ?? Number.NaN, 1),
    max: round(sorted[sorted.length - 1] ?? Number.NaN, 1),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1), 1),
  };
}

function money(value: number) {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A 1-page invoice laid out like tests/support/documents.ts's makeInvoicePdf(), with values that vary by `index`. */
async function makeVariedInvoicePdf(index: number) {
  const invoiceNumber = `INV-${2024 + (index % 3)}-${String(1000 + index * 37).padStart(4, "0")}`;
  const vendor = VENDORS[index % VENDORS.length];
  const item = ITEMS[index % ITEMS.length];
  const amount = money(350 + ((index * 977.35) % 9000));
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  page.drawText("INVOICE", { x: 50, y: 780, size: 24, font: bold });
  page.drawText(`Invoice Number: ${invoiceNumber}`, { x: 50, y: 730, size: 12, font });
  page.drawText(`Vendor: ${vendor}`, { x: 50, y: 710, size: 12, font });
  page.drawText(`Date: 2024-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`, {
    x: 50,
    y: 690,
    size: 12,
    font,
  });
  page.drawText("Description                               Amount", { x: 50, y: 640, size: 11, font: bold });
  page.drawText(`${item.padEnd(42)}${amount}`, { x: 50, y: 620, size: 11, font });
  page.drawText(`Total: ${amount}`, { x: 50, y: 580, size: 14, font: bold });
  return { pdf: Buffer.from(await pdf.save()), invoiceNumber, vendor, amount };
}

async function request<T>(target: TTarget, pathname: string, init: RequestInit & { key?: string; json?: unknown } = {}) {
  const { key, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key) headers.set("X-API-Key", key);
  if (json !== undefined) headers.set("Content-Type", "application/json");
  const response = await fetch(`${target.baseUrl}${pathname}`, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${pathname} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

async function adminCommand<T>(target: TTarget, command: Record<string, unknown>) {
  const token = fs.readFileSync(path.join(target.dataDir, "admin.token"), "utf8").trim();
  return request<T>(target, "/api/internal/admin", { method: "POST", headers: { "X-Admin-Token": token }, json: command });
}

async function createOrgWithKeyAndSchema(target: TTarget, name: string) {
  const org = await adminCommand<{ organization_id: string }>(target, {
    command: "org.create",
    name,
    email: `${name}@example.test`,
    password: "correct-horse-9",
  });
  const key = await adminCommand<{ key: string }>(target, {
    command: "key.create",
    org: org.organization_id,
    env: "test",
    name: "bench",
    rateLimit: 100_000,
  });
  const schema = await request<{ id: string }>(target, "/api/v1/schemas", {
    key: key.key,
    method: "POST",
    json: {
      name: "Invoices",
      fields: [
        { key: "invoice_number", name: "Invoice Number", type: "text" },
        { key: "vendor_name", name: "Vendor Name", type: "text" },
        { key: "total_amount", name: "Total Amount", type: "number" },
      ],
    },
  });
  return { key: key.key, schemaId: schema.id };
}

async function upload(target: TTarget, key: string, schemaId: string, file: Buffer, filename: string, contentType: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(file)], { type: contentType }), filename);
  form.append("schema_id", schemaId);
  const body = await request<{ document_id: string }>(target, "/api/v1/documents/upload", { key, method: "POST", body: form });
  return body.document_id;
}

type TDocumentSummary = { id: string; status: string; completed_at: string | null; created_at: string; error: unknown };

async function listDocuments(target: TTarget, key: string) {
  const body = await request<{ data: TDocumentSummary[] }>(target, "/api/v1/documents?limit=100", { key });
  return body.data;
}

/** The next-server child of the launcher (scripts/start.mjs), whose memory is the server's. */
function serverPid(launcherPid: number) {
  const found = spawnSync("pgrep", ["-P", String(launcherPid)], { encoding: "utf8" });
  const pids = found.stdout.split(/\s+/).filter(Boolean).map(Number);
  if (pids.length !== 1) throw new Error(`expected one child of the launcher ${launcherPid}, found ${JSON.stringify(pids)}`);
  return pids[0];
}

/** VmRSS and VmHWM (peak since start) of a process, in MiB. */
function readMemory(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: round(kib("VmRSS") / 1024, 1), hwmMiB: round(kib("VmHWM") / 1024, 1) };
}

async function idleRss(pid: number, samples = 10) {
  const values: number[] = [];
  for (let index = 0; index < samples; index++) {
    values.push(readMemory(pid).rssMiB);
    await sleep(RSS_SAMPLE_MS);
  }
  return summarize(values).p50;
}

/** Whole-machine CPU time so far (/proc/stat), in seconds: busy and total, over all cores. */
function readMachineCpu() {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = fields[3] + (fields[4] ?? 0);
  return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS };
}

/** CPU seconds (user + system, all threads) a process has used so far. */
function readProcessCpu(pid: number) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/**
 * CPU seconds per thread group of a process: its main thread, libvips (sharp) workers, other threads with the
 * process's own name (worker_threads: tesseract.js, pdfjs… and libuv's pool), and V8's platform threads ("node").
 */
function readThreadCpu(pid: number) {
  const threads = new Map<string, { group: string; seconds: number }>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    } catch {
      continue; // The thread ended.
    }
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const group =
      Number(tid) === pid ? "main thread" : name.startsWith("next-server") || name === "node-main" ? "worker + libuv threads" : name;
    threads.set(tid, { group, seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS });
  }
  return threads;
}

/** CPU seconds per thread group between two readings; a thread that ended in between is missing (approximate). */
function threadCpuDelta(before: ReturnType<typeof readThreadCpu>, after: ReturnType<typeof readThreadCpu>) {
  const groups: Record<string, number> = {};
  for (const [tid, { group, seconds }] of after) groups[group] = (groups[group] ?? 0) + seconds - (before.get(tid)?.seconds ?? 0);
  return groups;
}

/** CPU use over an interval: the machine's busy cores, and how many of them `pid` accounts for. */
function cpuMeter(pid: number) {
  const machine = readMachineCpu();
  const own = readProcessCpu(pid);
  const start = performance.now();
  return () => {
    const seconds = (performance.now() - start) / 1000;
    const now = readMachineCpu();
    return {
      machineBusyCores: round((now.busy - machine.busy) / seconds, 2),
      processCores: round((readProcessCpu(pid) - own) / seconds, 2),
      processCpuSeconds: round(readProcessCpu(pid) - own, 2),
    };
  };
}

/** "<iso> debug step finished run=… step=… attempt=…" lines of the server's debug log. */
function parseStepLines(output: string): TStepLine[] {
  const lines: TStepLine[] = [];
  for (const match of output.matchAll(/^(\S+) debug step finished run=(\S+) step=(\S+) attempt=\d+/gm)) {
    lines.push({ at: Date.parse(match[1]), run: match[2], step: match[3] });
  }
  return lines;
}

/** process-document runs (they have a `load` step), in the order they loaded, each with its step finish times. */
function pipelineRuns(lines: TStepLine[]) {
  const byRun = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const steps = byRun.get(line.run) ?? new Map<string, number>();
    steps.set(line.step, line.at);
    byRun.set(line.run, steps);
  }
  return [...byRun.entries()]
    .filter(([, steps]) => steps.has("load"))
    .map(([run, steps]) => ({ run, steps }))
    .sort((a, b) => (a.steps.get("load") ?? 0) - (b.steps.get("load") ?? 0));
}

const STEP_ORDER = ["load", "layout-page-1", "extract", "index", "finish"];

/** Per-step wall durations of runs, each step measured from the previous step's finish (load: from `startedAt`). */
function stepDurations(runs: { steps: Map<string, number>; startedAt?: number }[]) {
  const durations: Record<string, number[]> = {};
  for (const run of runs) {
    let previous = run.startedAt;
    for (const step of STEP_ORDER) {
      const at = run.steps.get(step);
      if (at === undefined) break;
      if (previous !== undefined) durations[step] = [...(durations[step] ?? []), at - previous];
      previous = at;
    }
  }
  return Object.fromEntries(Object.entries(durations).map(([step, values]) => [step, summarize(values)]));
}

function printTable(title: string, rows: [string, string][]) {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  console.log("-".repeat(Math.min(100, width + 40)));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

const fmt = (summary: TSummary, unit = "ms") =>
  `p50 ${summary.p50} ${unit} · p90 ${summary.p90} · min ${summary.min} · max ${summary.max} · mean ${summary.mean} (n=${summary.n})`;

// ---------------------------------------------------------------------------------------------- phases

async function measureBornDigitalLatency(target: TTarget, server: TTestServer) {
  const { key, schemaId } = await createOrgWithKeyAndSchema(target, `bench-latency-${Date.now().toString(36)}`);
  const pdfs = await Promise.all(Array.from({ length: WARMUP + LATENCY_RUNS }, (_, index) => makeVariedInvoicePdf(100 + index)));
  const cpu = cpuMeter(serverPid(server.process.pid ?? Number.NaN));
  const samples: { documentId: string; sentAt: number; totalMs: number; uploadMs: number; polls: number; warmup: boolean }[] = [];
  for (const [index, { pdf }] of pdfs.entries()) {
    const sentAt = Date.now();
    const start = performance.now();
    const documentId = await upload(target, key, schemaId, pdf, `invoice-${index}.pdf`, "application/pdf");
    const uploadMs = performance.now() - start;
    let polls = 0;
    for (;;) {
      polls++;
      const status = await request<{ status: string; error?: unknown }>(target, `/api/v1/documents/${documentId}/status`, { key });
      if (status.status === "completed") break;
      if (status.status === "failed") throw new Error(`born-digital document ${documentId} failed: ${JSON.stringify(status.error)}`);
      if (performance.now() - start > 60_000) throw new Error(`born-digital document ${documentId} not completed after 60 s`);
      await sleep(LATENCY_POLL_MS);
    }
    samples.push({ documentId, sentAt, totalMs: performance.now() - start, uploadMs, polls, warmup: index < WARMUP });
  }
  const cpuUse = cpu();
  const measured = samples.filter((sample) => !sample.warmup);
  const documents = new Map((await listDocuments(target, key)).map((document) => [document.id, document]));
  const serverSide = measured.map((sample) => Date.parse(documents.get(sample.documentId)?.completed_at ?? "") - sample.sentAt);

  // The i-th process-document run of this phase is the i-th upload (they were sequential).
  const runs = pipelineRuns(parseStepLines(server.output())).slice(0, samples.length);
  const matched =
    runs.length === samples.length ? runs.slice(WARMUP).map((run, index) => ({ ...run, startedAt: measured[index].sentAt })) : [];
  const steps = stepDurations(matched);
  const afterFinish = matched.map(
    (run, index) => measured[index].sentAt + measured[index].totalMs - (run.steps.get("finish") ?? Number.NaN),
  );
  return {
    uploads: LATENCY_RUNS,
    warmup: WARMUP,
    pollMs: LATENCY_POLL_MS,
    latencyMs: summarize(measured.map((sample) => sample.totalMs)),
    uploadRequestMs: summarize(measured.map((sample) => sample.uploadMs)),
    completedAtMinusSentMs: summarize(serverSide.filter(Number.isFinite)),
    cpu: cpuUse,
    pollsPerDocument: summarize(measured.map((sample) => sample.polls)),
    stepsMs: steps,
    finishToPollSeenMs: summarize(afterFinish.filter(Number.isFinite)),
    samplesMs: measured.map((sample) => round(sample.totalMs, 1)),
  };
}

async function measureScans(target: TTarget, server: TTestServer, scans: TScan[], warmupScans: TScan[]) {
  const { key, schemaId } = await createOrgWithKeyAndSchema(target, `bench-scans-${Date.now().toString(36)}`);
  const pid = serverPid(server.process.pid ?? Number.NaN);
  const rssBeforeOcrMiB = await idleRss(pid);

  // Warm-up: starts the server's OCR workers (they start on first use), like the baseline's warm-up below.
  const warmIds = await Promise.all(
    warmupScans.map((scan, index) => upload(target, key, schemaId, scan.jpeg, `warm-${index}.jpg`, "image/jpeg")),
  );
  for (;;) {
    const documents = await listDocuments(target, key);
    if (warmIds.every((id) => documents.find((document) => document.id === id)?.status === "completed")) break;
    await sleep(SCAN_POLL_MS);
  }
  await sleep(2000);
  const rssIdleMiB = await idleRss(pid);
  const outputBefore = server.output().length;

  const rss: number[] = [];
  const sampler = setInterval(() => {
    try {
      rss.push(readMemory(pid).rssMiB);
    } catch {
      // The process went away; the run will fail on its own.
    }
  }, RSS_SAMPLE_MS);
  const cpu = cpuMeter(pid);
  const threadsBefore = readThreadCpu(pid);
  const sentAt = Date.now();
  const start = performance.now();
  let ids: string[] = [];
  let uploadsDoneMs = 0;
  let wallMs = 0;
  let cpuUse: ReturnType<ReturnType<typeof cpuMeter>> | undefined;
  let threadsAfter: ReturnType<typeof readThreadCpu> = new Map();
  const finishedAt = new Map<string, number>();
  try {
    ids = await Promise.all(scans.map((scan, index) => upload(target, key, schemaId, scan.jpeg, `scan-${index}.jpg`, "image/jpeg")));
    uploadsDoneMs = performance.now() - start;
    while (finishedAt.size < ids.length) {
      const documents = await listDocuments(target, key);
      const now = performance.now() - start;
      for (const document of documents) {
        if (!ids.includes(document.id) || finishedAt.has(document.id)) continue;
        if (document.status === "failed") throw new Error(`scan ${document.id} failed: ${JSON.stringify(document.error)}`);
        if (document.status === "completed") finishedAt.set(document.id, now);
      }
      if (now > 15 * 60_000) throw new Error("scans not completed after 15 minutes");
      if (finishedAt.size < ids.length) await sleep(SCAN_POLL_MS);
    }
    wallMs = performance.now() - start;
  } finally {
    clearInterval(sampler);
    try {
      cpuUse = cpu();
      threadsAfter = readThreadCpu(pid);
    } catch {
      // The server is gone: the error that ended the run is the one to report.
    }
  }
  const hwmMiB = readMemory(pid).hwmMiB;
  const documents = await listDocuments(target, key);
  const lastCompletedAt = Math.max(
    ...documents.filter((document) => ids.includes(document.id)).map((document) => Date.parse(document.completed_at ?? "")),
  );
  const serverWallMs = lastCompletedAt - sentAt;

  // Sanity: did the pipeline read the invoice numbers?
  let invoiceNumbersRight = 0;
  for (const [index, id] of ids.entries()) {
    const document = await request<{ field_values: { field_key: string; value: string | null }[] }>(target, `/api/v1/documents/${id}`, {
      key,
    });
    const value = document.field_values.find((field) => field.field_key === "invoice_number")?.value;
    if (value === scans[index].invoiceNumber) invoiceNumbersRight++;
  }

  const runs = pipelineRuns(parseStepLines(server.output().slice(outputBefore)));
  const steps = stepDurations(runs);
  const layoutTotal = runs.reduce((sum, run) => sum + ((run.steps.get("layout-page-1") ?? 0) - (run.steps.get("load") ?? 0)), 0);
  return {
    pages: ids.length,
    pollMs: SCAN_POLL_MS,
    uploadsDoneMs: round(uploadsDoneMs),
    wallMs: round(wallMs),
    pagesPerSecond: round(ids.length / (wallMs / 1000), 3),
    serverWallMs: round(serverWallMs),
    serverPagesPerSecond: round(ids.length / (serverWallMs / 1000), 3),
    invoiceNumbersRight,
    // Cores busy on the whole machine during the run, and how many of them were the server's.
    cpu: cpuUse,
    // Server CPU seconds per page by thread group (threads that started during the run count from zero, ended ones are missing).
    cpuSecondsPerPageByThread: Object.fromEntries(
      Object.entries(threadCpuDelta(threadsBefore, threadsAfter))
        .map(([group, seconds]) => [group, round(seconds / ids.length, 3)] as const)
        .filter(([, perPage]) => perPage >= 0.005)
        .sort((a, b) => b[1] - a[1]),
    ),
    stepsMs: steps,
    // Share of the lanes' time (PIPELINE_CONCURRENCY × wall) spent in layout (sharp + OCR) steps.
    layoutShareOfLanes: round(layoutTotal / (POOL_SIZE * serverWallMs), 3),
    rss: {
      sampleMs: RSS_SAMPLE_MS,
      samples: rss.length,
      beforeOcrMiB: rssBeforeOcrMiB,
      idleMiB: rssIdleMiB,
      peakMiB: Math.max(...rss),
      vmHwmMiB: hwmMiB,
    },
  };
}

type TScan = { jpeg: Buffer; invoiceNumber: string };

/** The reader the server uses (OCR_ENGINE), with as many workers or threads as its pool. */
function engine(): TStoppableOcrEngine {
  return getOcrEngine(getConfig().OCR_ENGINE, { workers: POOL_SIZE });
}

async function measureBaseline(scans: TScan[], warmupScans: TScan[]) {
  const prepareMs: number[] = [];
  const prepared: Buffer[] = [];
  for (const scan of scans) {
    const start = performance.now();
    prepared.push((await prepareImage(scan.jpeg, 1, { input: engine().input })).png);
    prepareMs.push(performance.now() - start);
  }
  const warmPrepared = await Promise.all(
    warmupScans.map(async (scan) => (await prepareImage(scan.jpeg, 1, { input: engine().input })).png),
  );
  let pool: TStoppableOcrEngine | undefined;
  try {
    pool = engine();
    const ocr = pool;
    await Promise.all(warmPrepared.map((png) => ocr.recognize(png)));

    // A: OCR only. All pages queued at once on the pool (POOL_SIZE workers), as prepared PNGs.
    let cpu = cpuMeter(process.pid);
    let start = performance.now();
    const results = await Promise.all(prepared.map((png) => ocr.recognize(png)));
    const ocrOnlyMs = performance.now() - start;
    const ocrOnlyCpu = cpu();
    const ocrRight = results.filter((result, index) => result.lines.some((line) => line.text.includes(scans[index].invoiceNumber))).length;

    // B: prepare + OCR from the JPEG, POOL_SIZE lanes (the server runs PIPELINE_CONCURRENCY documents at once).
    cpu = cpuMeter(process.pid);
    start = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: POOL_SIZE }, async () => {
        while (next < scans.length) {
          const index = next++;
          await ocr.recognize((await prepareImage(scans[index].jpeg, 1, { input: ocr.input })).png);
        }
      }),
    );
    const prepareAndOcrMs = performance.now() - start;
    const prepareAndOcrCpu = cpu();
    return {
      poolSize: POOL_SIZE,
      prepareImageMs: summarize(prepareMs),
      ocrOnly: {
        wallMs: round(ocrOnlyMs),
        pagesPerSecond: round(scans.length / (ocrOnlyMs / 1000), 3),
        invoiceNumberInText: ocrRight,
        cpu: ocrOnlyCpu,
      },
      prepareAndOcr: {
        wallMs: round(prepareAndOcrMs),
        pagesPerSecond: round(scans.length / (prepareAndOcrMs / 1000), 3),
        cpu: prepareAndOcrCpu,
      },
    };
  } finally {
    await pool?.terminate();
  }
}

// ---------------------------------------------------------------------------------------------- main

async function stopServer(server: TTestServer) {
  let child: number | undefined;
  try {
    child = serverPid(server.process.pid ?? Number.NaN);
  } catch {
    // Already gone.
  }
  await server.stop();
  // The launcher forwards SIGTERM; if the next-server it started is somehow still there, end it by its id.
  if (child !== undefined && fs.existsSync(`/proc/${child}`)) {
    await sleep(2000);
    if (fs.existsSync(`/proc/${child}`)) process.kill(child, "SIGKILL");
  }
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

async function main() {
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg().map((value) => round(value, 2));
  console.log(`Pipeline benchmark: ${LATENCY_RUNS} born-digital uploads (+${WARMUP} warm-up), ${SCANS} scans, OCR pool ${POOL_SIZE}`);
  console.log("Making the scanned images…");
  const scans: TScan[] = [];
  for (let index = 0; index < SCANS + SCAN_WARMUP; index++) {
    const invoice = await makeVariedInvoicePdf(index);
    scans.push({ jpeg: await makeScannedImage(invoice.pdf, "jpeg"), invoiceNumber: invoice.invoiceNumber });
  }
  const warmupScans = scans.splice(SCANS, SCAN_WARMUP);

  console.log("Starting the server (builds first if the build is stale)…");
  // BENCH_DATABASE_URL: a Postgres server to run on (a scratch database is made there) instead of embedded PGlite.
  const scratch = BENCH_DATABASE_URL ? await createScratchDatabase(BENCH_DATABASE_URL) : undefined;
  const server = await startTestServer({ databaseUrl: scratch?.url, env: { LOG_LEVEL: "debug" } });
  const onSignal = () => {
    void stopServer(server).finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const target = { baseUrl: server.baseUrl, dataDir: server.dataDir };
  let latency: Awaited<ReturnType<typeof measureBornDigitalLatency>>;
  let pipeline: Awaited<ReturnType<typeof measureScans>>;
  let rssAfterStartMiB: number;
  try {
    rssAfterStartMiB = readMemory(serverPid(server.process.pid ?? Number.NaN)).rssMiB;
    console.log("Born-digital latency…");
    latency = await measureBornDigitalLatency(target, server);
    console.log("Scanned pages, pipeline…");
    pipeline = await measureScans(target, server, scans, warmupScans);
  } finally {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const logPath = path.join(OUT_DIR, `pipeline-${startedAt.toISOString().replace(/[:.]/g, "-")}.server.log`);
    fs.writeFileSync(logPath, server.output());
    console.log(`Server log: ${logPath}`);
    await stopServer(server);
    await scratch?.drop();
  }
  console.log(`Scanned pages, ${ENGINE_LABEL} alone (server stopped)…`);
  const baseline = await measureBaseline(scans, warmupScans);

  const result = {
    date: startedAt.toISOString(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
      node: process.version,
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg().map((value) => round(value, 2)),
    },
    server: {
      database: scratch ? "postgres" : "pglite",
      engine: "local",
      pipelineConcurrency: POOL_SIZE,
      ocrWorkers: POOL_SIZE,
      logLevel: "debug",
      rssAfterStartMiB,
    },
    bornDigital: latency,
    scans: pipeline,
    baseline,
    ratio: {
      pipelineVsOcrOnly: round(pipeline.pagesPerSecond / baseline.ocrOnly.pagesPerSecond, 3),
      pipelineVsPrepareAndOcr: round(pipeline.pagesPerSecond / baseline.prepareAndOcr.pagesPerSecond, 3),
    },
  };

  printTable("1. Born-digital 1-page PDF, upload → completed (sequential)", [
    ["latency (poll every 25 ms)", fmt(latency.latencyMs)],
    ["  goal", `p50 < 1000 ms: ${latency.latencyMs.p50 < 1000 ? "met" : "NOT met"}`],
    ["upload request (→ 202)", fmt(latency.uploadRequestMs)],
    ["completed_at − upload sent", fmt(latency.completedAtMinusSentMs)],
    ...Object.entries(latency.stepsMs).map(([step, summary]): [string, string] => [
      step === "load" ? "  upload sent → load finished" : `  step ${step}`,
      fmt(summary),
    ]),
    ["  finish logged → poll saw it", fmt(latency.finishToPollSeenMs)],
    ["status polls per document", fmt(latency.pollsPerDocument, "")],
    ["CPU cores: machine busy / server", `${latency.cpu.machineBusyCores} / ${latency.cpu.processCores}`],
    ["server CPU per document", `${round((latency.cpu.processCpuSeconds * 1000) / (WARMUP + LATENCY_RUNS))} ms (incl. its status polls)`],
  ]);
  printTable(`2. Scanned 1-page JPEGs, ${pipeline.pages} uploaded at once`, [
    ["pipeline", `${pipeline.pagesPerSecond} pages/s (${pipeline.wallMs} ms, uploads answered after ${pipeline.uploadsDoneMs} ms)`],
    ["pipeline, by completed_at", `${pipeline.serverPagesPerSecond} pages/s (${pipeline.serverWallMs} ms)`],
    [
      `${ENGINE_LABEL} alone, prepared PNGs`,
      `${baseline.ocrOnly.pagesPerSecond} pages/s (${baseline.ocrOnly.wallMs} ms, pool of ${POOL_SIZE})`,
    ],
    [
      `${ENGINE_LABEL} + prepareImage`,
      `${baseline.prepareAndOcr.pagesPerSecond} pages/s (${baseline.prepareAndOcr.wallMs} ms, ${POOL_SIZE} lanes)`,
    ],
    [
      "CPU cores: machine busy / this process",
      `pipeline ${pipeline.cpu?.machineBusyCores} / ${pipeline.cpu?.processCores} · OCR only ${baseline.ocrOnly.cpu.machineBusyCores} / ${baseline.ocrOnly.cpu.processCores} · prepare + OCR ${baseline.prepareAndOcr.cpu.machineBusyCores} / ${baseline.prepareAndOcr.cpu.processCores}`,
    ],
    [
      "CPU seconds per page",
      `pipeline ${round((pipeline.cpu?.processCpuSeconds ?? Number.NaN) / pipeline.pages, 3)} (server, incl. upload and polls) · OCR only ${round(baseline.ocrOnly.cpu.processCpuSeconds / SCANS, 3)} · prepare + OCR ${round(baseline.prepareAndOcr.cpu.processCpuSeconds / SCANS, 3)}`,
    ],
    [
      "ratio pipeline / OCR only",
      `${result.ratio.pipelineVsOcrOnly}× (goal ≥ 0.85×: ${result.ratio.pipelineVsOcrOnly >= 0.85 ? "met" : "NOT met"})`,
    ],
    ["ratio pipeline / prepare + OCR", `${result.ratio.pipelineVsPrepareAndOcr}×`],
    ["prepareImage alone, per page", fmt(baseline.prepareImageMs)],
    [
      "server CPU s/page by thread",
      Object.entries(pipeline.cpuSecondsPerPageByThread)
        .map(([group, perPage]) => `${group} ${perPage}`)
        .join(" · "),
    ],
    ...Object.entries(pipeline.stepsMs).map(([step, summary]): [string, string] => [`  step ${step}`, fmt(summary)]),
    ["layout steps' share of the lanes", `${round(pipeline.layoutShareOfLanes * 100, 1)} %`],
    [
      "invoice_number extracted right",
      `${pipeline.invoiceNumbersRight}/${pipeline.pages} (OCR alone: ${baseline.ocrOnly.invoiceNumberInText} in text)`,
    ],
  ]);
  printTable("3. Server RSS (next-server process)", [
    ["after start", `${rssAfterStartMiB} MiB`],
    ["idle, before any OCR", `${pipeline.rss.beforeOcrMiB} MiB`],
    ["idle, OCR workers started", `${pipeline.rss.idleMiB} MiB`],
    ["peak during the scans", `${pipeline.rss.peakMiB} MiB (${pipeline.rss.samples} samples every ${RSS_SAMPLE_MS} ms)`],
    ["VmHWM at the end of the scans", `${pipeline.rss.vmHwmMiB} MiB (kernel's high-water mark since start)`],
  ]);

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const jsonPath = path.join(OUT_DIR, `pipeline-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nJSON: ${jsonPath}`);
  console.log(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
