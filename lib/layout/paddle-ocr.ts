import "server-only";
import sharp from "sharp";
import type { TOcrEngine, TOcrResult } from "./ocr-pool";
import { createPaddleWorker, type TPaddleWorker } from "./paddle-worker-client";
import { repairDigitLetterConfusion } from "./repair-digit-letter-confusion";
import { repairEszett } from "./repair-eszett";
import { sortLinesInReadingOrder } from "./sort-lines-in-reading-order";
import { measureSkew, straightenBoxes } from "./straighten-segments";
import { DocumentError, type TBox, type TLine, type TWord } from "./types";
import { unionBoxes } from "./union-boxes";

/** PaddleOCR (PP-OCRv4 detection + recognition through onnxruntime on the CPU), one page at a time. */
export type TPaddleOcr = TOcrEngine & { terminate(): Promise<void> };

type TPoints = number[][];
type TSegment = { text: string; confidence: number; box: TBox };

// Larger pages are read shrunk to this many pixels (A4 at ≈ 160 dpi; all but two SROIE dev receipts as they are).
// Paddle reads worse at high resolution: the dev receipts scanned 2.5× larger (3-6 MP) scored F1 0.940 read at up to
// 6 MP against 0.978 at their own size; shrunk to 2.5 MP they score 0.969, to 1.5 MP 0.972 (but the originals 0.966).
// It also saves memory: @gutenye/ocr-node converts pixels through plain JavaScript arrays, about 0.4 GB of heap per
// megapixel while a page is read (a 35-megapixel scan took 10 GB unshrunk).
const MAX_PIXELS = 2_500_000;
// Paddle's detector reads the image padded to multiples of 32 px; its boxes are in that padded image.
const BASE_SIZE = 32;
const PADDLE_KEY = Symbol.for("docustack.paddleOcr");
const globals = globalThis as typeof globalThis & { [PADDLE_KEY]?: TPaddleOcr };

/**
 * The process-wide PaddleOCR reader, created on first use (its worker thread loads the models once, ≈ 1 s). Pages
 * are read one after another: onnxruntime already uses the cores it is given, and each page holds a lot of memory.
 */
export function getPaddleOcr(options: { threads?: number; timeoutMs?: number } = {}): TPaddleOcr {
  globals[PADDLE_KEY] ??= createPaddleOcr(options);
  return globals[PADDLE_KEY];
}

function createPaddleOcr({ threads = 1, timeoutMs = 120_000 }: { threads?: number; timeoutMs?: number }): TPaddleOcr {
  // Started on first use only, so a server reading with tesseract never loads onnxruntime (≈ 300 MB).
  let worker: TPaddleWorker | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const engine: TPaddleOcr = {
    input: "colour",
    recognize(image) {
      worker ??= createPaddleWorker(threads);
      const reader = worker;
      const job = queue.then(() => readPage(reader, image, timeoutMs));
      queue = job.catch(() => {});
      return job;
    },
    async terminate() {
      if (globals[PADDLE_KEY] === engine) delete globals[PADDLE_KEY];
      await queue;
      await worker?.terminate();
    },
  };
  return engine;
}

async function readPage(worker: TPaddleWorker, image: Buffer, timeoutMs: number): Promise<TOcrResult> {
  try {
    const page = await fitForPaddle(image);
    const toBox = boxMapper(page.width, page.height);
    const reading = await worker.read(page.png, timeoutMs);
    const skew = measureSkew(reading.segments.map((segment) => segment.box));
    const level = straightenBoxes(
      reading.segments.map((segment) => segment.box),
      skew,
      detectorCenter(page.width, page.height),
    );
    const segments = reading.segments.flatMap((segment, index) => {
      const text = repairText(segment.text);
      return text ? [{ text, confidence: segment.mean, box: toBox(level[index]) }] : [];
    });
    const lines = sortLinesInReadingOrder(groupIntoRows(segments).map(lineOf));
    const skewDegrees = Math.round(((skew * 180) / Math.PI) * 100) / 100;
    return { width: page.width, height: page.height, lines, regions: reading.regions, ...(skewDegrees ? { skew: skewDegrees } : {}) };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError("ocr_failed", `OCR failed (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * The model reads Chinese and English: its fullwidth punctuation ("（1248446-V）") becomes plain ASCII. It also
 * drops the space after a label's colon ("Vendor:Acme Corp"); a colon between a letter and a word gets it back
 * (times such as 12:45 and URLs keep theirs). O and 0 are read for each other: see repair-digit-letter-confusion.ts;
 * "ß" is read as "B": see repair-eszett.ts.
 */
function repairText(text: string): string {
  const repaired = text
    .normalize("NFKC")
    .replace(/(\p{L}):(?=[\p{L}\p{N}])/gu, "$1: ")
    .trim();
  return repairEszett(repairDigitLetterConfusion(repaired));
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

/** The page's centre in the detector's padded image (see boxMapper). */
function detectorCenter(width: number, height: number): [number, number] {
  const inputWidth = Math.max(Math.ceil(width / BASE_SIZE) * BASE_SIZE, BASE_SIZE);
  const inputHeight = Math.max(Math.ceil(height / BASE_SIZE) * BASE_SIZE, BASE_SIZE);
  return [inputWidth / 2, inputHeight / 2];
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
