import "server-only";
import type { TOcrEngineName } from "./ocr-engine-names";
import { getOcrPool, type TOcrEngine } from "./ocr-pool";
import { getPaddleOcr } from "./paddle-ocr";

export type { TOcrEngineName } from "./ocr-engine-names";

export type TStoppableOcrEngine = TOcrEngine & { terminate(): Promise<void> };

/**
 * The process-wide reader for scanned pages: tesseract.js (a pool of `workers` workers) or PaddleOCR (one page at a
 * time, onnxruntime on `workers` threads).
 */
export function getOcrEngine(name: TOcrEngineName, options: { workers: number }): TStoppableOcrEngine {
  return name === "paddle" ? getPaddleOcr({ threads: options.workers }) : getOcrPool({ size: options.workers });
}
