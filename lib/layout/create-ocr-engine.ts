import "server-only";
import { getOcrPool, type TOcrEngine } from "./ocr-pool";

export const OCR_ENGINE_NAMES = ["tesseract", "paddle", "both"] as const;
export type TOcrEngineName = (typeof OCR_ENGINE_NAMES)[number];

export type TStoppableOcrEngine = TOcrEngine & { terminate(): Promise<void> };

export async function createOcrEngine(name: TOcrEngineName, options: { workers: number }): Promise<TStoppableOcrEngine> {
  if (name !== "tesseract") throw new Error(`unknown OCR engine ${name}`);
  return getOcrPool({ size: options.workers });
}
