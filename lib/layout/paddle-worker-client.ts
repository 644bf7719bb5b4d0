import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { nodeModulePath } from "./node-module-path";

/** A text segment as PaddleOCR reads it: corner points in the detector's input image, confidence 0..1. */
export type TPaddleSegment = { text: string; mean: number; box: number[][] };

/** The segments read, and how many text regions the detector found (some read as nothing). */
export type TPaddleReading = { segments: TPaddleSegment[]; regions: number };

export type TPaddleWorker = {
  /** One page (PNG bytes) → its segments. Rejects on a page Paddle can't read, a crash or a timeout. */
  read(png: Buffer, timeoutMs: number): Promise<TPaddleReading>;
  terminate(): Promise<void>;
};

type TReply = { id: number; segments?: TPaddleSegment[]; regions?: number; error?: string } | { ready: true };

/**
 * PaddleOCR in a worker thread (lib/layout/paddle-worker.mjs, started by path like tesseract.js's worker, so the
 * standalone build lists it in outputFileTracingIncludes). A crashed or timed-out worker is terminated (which
 * also stops its inference) and the next page starts a fresh one.
 */
export function createPaddleWorker(threads: number): TPaddleWorker {
  let current: { worker: Worker; ready: Promise<void> } | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (reading: TPaddleReading) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  const discard = async () => {
    const stopping = current;
    current = undefined;
    await stopping?.worker.terminate().catch(() => {});
  };
  const start = () => {
    // Started as a one-line script that imports the file: Turbopack bundles `new Worker(file)` entries itself and
    // can't follow a computed path, but leaves `eval` workers alone.
    const file = pathToFileURL(path.join(process.cwd(), "lib", "layout", "paddle-worker.mjs")).href;
    const worker = new Worker(`import(${JSON.stringify(file)});`, { eval: true, workerData: { threads, nodeModules: nodeModulePath() } });
    const ready = new Promise<void>((resolve, reject) => {
      worker.on("message", (reply: TReply) => {
        if ("ready" in reply) return resolve();
        const job = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.error !== undefined) job?.reject(new Error(reply.error));
        else job?.resolve({ segments: reply.segments ?? [], regions: reply.regions ?? 0 });
      });
      const died = (error: Error) => {
        if (current?.worker === worker) current = undefined;
        reject(error);
        failAll(error);
      };
      worker.on("error", (error) => died(new Error(`the OCR worker crashed: ${error.message}`)));
      worker.on("exit", (code) => died(new Error(`the OCR worker exited with code ${code}`)));
    });
    ready.catch(() => {});
    return { worker, ready };
  };

  return {
    async read(png, timeoutMs) {
      current ??= start();
      const { worker, ready } = current;
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new Error(`no result after ${timeoutMs} ms`));
        }, timeoutMs);
      });
      const id = nextId++;
      try {
        await Promise.race([ready, timeout]);
        const result = new Promise<TPaddleReading>((resolve, reject) => pending.set(id, { resolve, reject }));
        // A copy the worker can own: a Buffer may share its memory with other Buffers.
        const bytes = new Uint8Array(png);
        worker.postMessage({ id, png: bytes }, [bytes.buffer]);
        return await Promise.race([result, timeout]);
      } catch (error) {
        pending.delete(id);
        // A timed-out page may still be running: only a fresh worker is safe for the next one.
        if (timedOut && current?.worker === worker) await discard();
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    terminate: discard,
  };
}
