/** The readers for scanned pages; `OCR_ENGINE` picks one. */
export const OCR_ENGINE_NAMES = ["tesseract", "paddle"] as const;
export type TOcrEngineName = (typeof OCR_ENGINE_NAMES)[number];
