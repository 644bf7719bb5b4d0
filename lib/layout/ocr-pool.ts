import "server-only";
import sharp from "sharp";
import Tesseract from "tesseract.js";
import { nodeModulePath } from "./node-module-path";
import { tesseractBlocksToLines } from "./tesseract-blocks-to-lines";
import { DocumentError, type TLine } from "./types";

/** `regions`: how many text regions the reader detected, read or not (PaddleOCR says; tesseract doesn't). */
/** `skew`: degrees the engine found the lines sloping and levelled the boxes by (PaddleOCR; see straighten-segments.ts). */
export type TOcrResult = { width: number; height: number; lines: TLine[]; regions?: number; skew?: number };

/**
 * What the layout step needs from an OCR engine; tests can pass a fake. `input` says which image reads best:
 * tesseract wants a grayscale, contrast-stretched page with small text enlarged (the default); PaddleOCR's
 * networks were trained on photos and read the colour image as it is.
 */
export type TOcrEngine = { recognize(image: Buffer): Promise<TOcrResult>; input?: "grayscale" | "colour" };

export type TOcrPool = TOcrEngine & {
  readonly size: number;
  /** Stops every worker and forgets the pool; the next `getOcrPool()` starts a new one. */
  terminate(): Promise<void>;
};

export type TOcrPoolOptions = {
  /** Number of tesseract workers, each one thread and ≈ 200 MB while reading a page. Default 1; at most one per core. */
  size?: number;
  /** A page taking longer than this fails with `ocr_failed` and its worker is replaced. Default 120 s. */
  timeoutMs?: number;
  /** Workers are replaced after this many pages: WebAssembly memory only ever grows. Default 100. */
  maxPagesPerWorker?: number;
};

type TSlot = { worker?: Promise<TGuardedWorker>; busy: boolean };
type TGuardedWorker = { tesseract: Tesseract.Worker; died: Promise<never>; alive: boolean; pages: number };
type TPoolState = { terminated: boolean; timeoutMs: number; maxPagesPerWorker: number };
type TJob = { png: Buffer; width: number; height: number; resolve: (result: TOcrResult) => void; reject: (error: unknown) => void };

const POOL_KEY = Symbol.for("docustack.ocrPool");
const globals = globalThis as typeof globalThis & { [POOL_KEY]?: TOcrPool };

/**
 * The process-wide pool of tesseract.js workers, created on first use. Kept on globalThis so every Next.js
 * bundle (route handlers, the Inngest route) shares one pool. Options only count on the call that creates it.
 */
export function getOcrPool(options: TOcrPoolOptions = {}): TOcrPool {
  globals[POOL_KEY] ??= createOcrPool(options);
  return globals[POOL_KEY];
}

function createOcrPool({ size = 1, timeoutMs = 120_000, maxPagesPerWorker = 100 }: TOcrPoolOptions): TOcrPool {
  const slots: TSlot[] = Array.from({ length: Math.max(1, size) }, () => ({ busy: false }));
  const queue: TJob[] = [];
  const state: TPoolState = { terminated: false, timeoutMs, maxPagesPerWorker };

  const pump = () => {
    for (const slot of slots) {
      const job = slot.busy ? undefined : queue.shift();
      if (!job) continue;
      slot.busy = true;
      runJob(slot, job, state)
        .then(job.resolve, job.reject)
        .finally(() => {
          slot.busy = false;
          pump();
        });
    }
  };

  const pool: TOcrPool = {
    size: slots.length,
    async recognize(image) {
      if (state.terminated) throw new DocumentError("ocr_failed", "The OCR pool has been shut down.");
      const decoded = await decodeForOcr(image);
      return new Promise<TOcrResult>((resolve, reject) => {
        queue.push({ ...decoded, resolve, reject });
        pump();
      });
    },
    async terminate() {
      state.terminated = true;
      if (globals[POOL_KEY] === pool) delete globals[POOL_KEY];
      for (const job of queue.splice(0)) job.reject(new DocumentError("ocr_failed", "The OCR pool was shut down."));
      await Promise.all(slots.map((slot) => discardWorker(slot)));
    },
  };
  return pool;
}

async function runJob(slot: TSlot, job: TJob, state: TPoolState): Promise<TOcrResult> {
  const { timeoutMs, maxPagesPerWorker } = state;
  let timer: NodeJS.Timeout | undefined;
  try {
    // A worker whose thread ended while idle is replaced before it gets a page.
    if (slot.worker && !(await slot.worker.then((guarded) => guarded.alive).catch(() => false))) await discardWorker(slot);
    // A worker started after terminate() would keep the process alive for good.
    if (state.terminated) throw new Error("the OCR pool was shut down");
    slot.worker ??= startWorker();
    const worker = await slot.worker;
    worker.pages++;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${timeoutMs} ms`)), timeoutMs);
    });
    const result = await Promise.race([worker.tesseract.recognize(job.png, {}, { blocks: true }), worker.died, timeout]);
    if (worker.pages >= maxPagesPerWorker) void discardWorker(slot);
    return { width: job.width, height: job.height, lines: tesseractBlocksToLines(result.data.blocks ?? [], job.width, job.height) };
  } catch (error) {
    // Whatever went wrong, the worker may be in a bad state: the next page gets a fresh one.
    void discardWorker(slot);
    throw new DocumentError("ocr_failed", `OCR failed (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    clearTimeout(timer);
  }
}

async function startWorker(): Promise<TGuardedWorker> {
  const tesseract = await Tesseract.createWorker("eng", Tesseract.OEM.LSTM_ONLY, {
    langPath: nodeModulePath("@tesseract.js-data", "eng", "4.0.0_best_int"),
    gzip: true,
    cacheMethod: "none",
    // Without a handler tesseract.js rethrows a failed job inside its message listener, where nothing can catch
    // it and Node exits. The job's own promise is rejected either way.
    errorHandler: () => {},
  });
  // The thread itself: an unhandled 'error' event on a Worker would also take the process down.
  // tesseract.js exposes its worker_threads Worker (undeclared in its types).
  const thread = (tesseract as unknown as { worker: NodeJS.EventEmitter }).worker;
  const guarded = { tesseract, alive: true, pages: 0 } as TGuardedWorker;
  guarded.died = new Promise<never>((_, reject) => {
    thread.on("error", (error: Error) => {
      guarded.alive = false;
      reject(new Error(`the OCR worker crashed: ${error.message}`));
    });
    thread.on("exit", (code: number) => {
      guarded.alive = false;
      reject(new Error(`the OCR worker exited with code ${code}`));
    });
  });
  guarded.died.catch(() => {});
  try {
    // Our PNGs carry no meaningful resolution (tesseract read 25 dpi from sharp's and fell back to 70); every page
    // is rendered or scaled for roughly 300 dpi.
    await tesseract.setParameters({ user_defined_dpi: "300" });
  } catch (error) {
    await tesseract.terminate().catch(() => {});
    throw error;
  }
  return guarded;
}

async function discardWorker(slot: TSlot): Promise<void> {
  const worker = slot.worker;
  slot.worker = undefined;
  await worker?.then((guarded) => guarded.tesseract.terminate()).catch(() => {});
}

/** Tesseract's own image decoders have crashed the process on files sharp reads fine: it only ever sees sharp's PNG. */
async function decodeForOcr(image: Buffer): Promise<{ png: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await sharp(image, { failOn: "error" })
      .flatten({ background: "#ffffff" })
      .grayscale()
      .toColourspace("b-w")
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch (error) {
    throw new DocumentError(
      "ocr_failed",
      `The page image can't be decoded for OCR (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
