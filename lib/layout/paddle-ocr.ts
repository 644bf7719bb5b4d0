import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { nodeModulePath } from "./node-module-path";
import type { TOcrEngine, TOcrResult } from "./ocr-pool";
import { sortLinesInReadingOrder } from "./sort-lines-in-reading-order";
import { DocumentError, type TBox, type TLine, type TWord } from "./types";

/** PaddleOCR (PP-OCRv4 detection + recognition through onnxruntime on the CPU), one page at a time. */
export type TPaddleOcr = TOcrEngine & { terminate(): Promise<void> };

type TPoints = number[][];
type TSegmentImage = { box: TPoints };
type TPaddleModels = {
  detect(image: Buffer): Promise<TSegmentImage[]>;
  recognize(segment: TSegmentImage): Promise<{ text: string; mean: number; box?: TPoints }[]>;
};
type TSegment = { text: string; confidence: number; box: TBox };

// @gutenye/ocr-node converts pixels through plain JavaScript arrays: reading a page takes about 0.4 GB of heap per
// megapixel (a 35-megapixel scan took 10 GB). Larger pages are read shrunk to this many pixels: A4 at ≈ 250 dpi,
// and every SROIE receipt but one (a 35 MP scan whose text is large) as it is.
const MAX_PIXELS = 6_000_000;
// Paddle's detector reads the image padded to multiples of 32 px; its boxes are in that padded image.
const BASE_SIZE = 32;
const PADDLE_KEY = Symbol.for("docustack.paddleOcr");
const globals = globalThis as typeof globalThis & { [PADDLE_KEY]?: TPaddleOcr };

/**
 * The process-wide PaddleOCR reader, created on first use (the models load once, ≈ 1 s). Pages are read one
 * after another: onnxruntime already uses the cores it is given, and each page holds a lot of memory.
 */
export function getPaddleOcr(options: { threads?: number; timeoutMs?: number } = {}): TPaddleOcr {
  globals[PADDLE_KEY] ??= createPaddleOcr(options);
  return globals[PADDLE_KEY];
}

function createPaddleOcr({ threads = 1, timeoutMs = 120_000 }: { threads?: number; timeoutMs?: number }): TPaddleOcr {
  let paddle: Promise<TPaddleModels> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const engine: TPaddleOcr = {
    input: "colour",
    recognize(image) {
      paddle ??= loadPaddle(threads);
      const job = queue.then(() => readPage(paddle!, image, timeoutMs));
      queue = job.catch(() => {});
      return job;
    },
    async terminate() {
      if (globals[PADDLE_KEY] === engine) delete globals[PADDLE_KEY];
      await queue;
    },
  };
  return engine;
}

async function loadPaddle(threads: number): Promise<TPaddleModels> {
  // Loaded on first use only, so a server reading with tesseract never loads onnxruntime (≈ 300 MB). Importing
  // the package registers its Node backend (sharp, onnxruntime-node) with @gutenye/ocr-common, whose models we then
  // run ourselves: the package's own detect() merges a row's text segments into one line and loses where each was.
  await import("@gutenye/ocr-node");
  const modelsFile = path.join(nodeModulePath("@gutenye", "ocr-common", "build", "models"), "index.js");
  const models = await import(/* webpackIgnore: true */ pathToFileURL(modelsFile).href);
  const onnxOptions = { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: "sequential" };
  const detection = await models.Detection.create({ onnxOptions });
  const recognition = await models.Recognition.create({ onnxOptions });
  return {
    detect: (image) => detection.run(image),
    recognize: (segment) => recognition.run([segment]),
  };
}

async function readPage(paddle: Promise<TPaddleModels>, image: Buffer, timeoutMs: number): Promise<TOcrResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const page = await fitForPaddle(image);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${timeoutMs} ms`)), timeoutMs);
    });
    const segments = await Promise.race([readSegments(await paddle, page), timeout]);
    return { width: page.width, height: page.height, lines: sortLinesInReadingOrder(groupIntoRows(segments).map(lineOf)) };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError("ocr_failed", `OCR failed (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    clearTimeout(timer);
  }
}

/** Text segments (runs of words without a wide gap), each read on its own so each keeps its box. */
async function readSegments(paddle: TPaddleModels, page: { png: Buffer; width: number; height: number }): Promise<TSegment[]> {
  const toBox = boxMapper(page.width, page.height);
  const segments: TSegment[] = [];
  for (const image of await paddle.detect(page.png)) {
    const [read] = await paddle.recognize(image);
    // The model reads Chinese and English: its fullwidth punctuation ("（1248446-V）") becomes plain ASCII. It also
    // drops the space after a label's colon ("Vendor:Acme Corp"); a colon between a letter and a word gets it back
    // (times such as 12:45 and URLs keep theirs).
    const text = read?.text
      .normalize("NFKC")
      .replace(/(\p{L}):(?=[\p{L}\p{N}])/gu, "$1: ")
      .trim();
    if (text && read.box) segments.push({ text, confidence: read.mean, box: toBox(read.box) });
  }
  return segments;
}

/** Segments whose vertical centres are within half the average segment height share a row (as the package does). */
function groupIntoRows(segments: TSegment[]): TSegment[][] {
  if (segments.length === 0) return [];
  const averageHeight = segments.reduce((sum, segment) => sum + (segment.box.y1 - segment.box.y0), 0) / segments.length;
  const middle = (box: TBox) => (box.y0 + box.y1) / 2;
  const rows: TSegment[][] = [];
  for (const segment of [...segments].sort((a, b) => a.box.y0 - b.box.y0)) {
    const row = rows.find((candidate) => Math.abs(middle(candidate[0].box) - middle(segment.box)) < averageHeight / 2);
    if (row) row.push(segment);
    else rows.push([segment]);
  }
  return rows;
}

async function fitForPaddle(image: Buffer): Promise<{ png: Buffer; width: number; height: number }> {
  try {
    const { width = 0, height = 0 } = await sharp(image, { failOn: "error" }).metadata();
    const shrink = Math.min(1, Math.sqrt(MAX_PIXELS / Math.max(1, width * height)));
    const page = sharp(image, { failOn: "error" }).flatten({ background: "#ffffff" });
    if (shrink < 1) page.resize(Math.max(1, Math.round(width * shrink)), Math.max(1, Math.round(height * shrink)), { kernel: "lanczos3" });
    const { data, info } = await page.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentError("ocr_failed", `The page image can't be decoded for OCR (${reason}).`);
  }
}

/** Paddle's corner points (in the detector's padded, resized image) → a box normalized to the page. */
function boxMapper(width: number, height: number): (points: TPoints) => TBox {
  const inputWidth = Math.max(Math.ceil(width / BASE_SIZE) * BASE_SIZE, BASE_SIZE);
  const inputHeight = Math.max(Math.ceil(height / BASE_SIZE) * BASE_SIZE, BASE_SIZE);
  const scale = Math.min(inputWidth / width, inputHeight / height);
  const padX = (inputWidth - width * scale) / 2;
  const padY = (inputHeight - height * scale) / 2;
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return (points) => {
    const xs = points.map(([x]) => clamp((x - padX) / scale / width));
    const ys = points.map(([, y]) => clamp((y - padY) / scale / height));
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  };
}

/** A row of segments as a line. Paddle reads segments, not words: each word gets its characters' share of its segment's box. */
function lineOf(segments: TSegment[]): TLine {
  const ordered = [...segments].sort((a, b) => a.box.x0 - b.box.x0);
  const words = ordered.flatMap(wordsOf);
  const characters = ordered.reduce((sum, segment) => sum + segment.text.length, 0);
  return {
    text: words.map((word) => word.text).join(" "),
    box: unionBoxes(ordered.map((segment) => segment.box)),
    confidence: ordered.reduce((sum, segment) => sum + segment.confidence * segment.text.length, 0) / Math.max(1, characters),
    words,
  };
}

function wordsOf({ text, confidence, box }: TSegment): TWord[] {
  const unit = (box.x1 - box.x0) / text.length;
  const words: TWord[] = [];
  let offset = 0;
  for (const part of text.split(" ")) {
    if (part) {
      const x0 = box.x0 + offset * unit;
      words.push({ text: part, confidence, box: { x0, y0: box.y0, x1: x0 + part.length * unit, y1: box.y1 } });
    }
    offset += part.length + 1;
  }
  return words;
}

function unionBoxes(boxes: TBox[]): TBox {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}
