import "server-only";
import sharp from "sharp";
import type { TOcrEngine, TOcrResult } from "./ocr-pool";
import type { TPageRotation } from "./types";

export type TUprightReading = TOcrResult & { rotation: TPageRotation };

// What tells an upright reading from one of a page on its side or upside down is how many real words it has:
// words of three or more letters or digits that the reader is fairly sure of. On the SROIE receipts they are
// 23–95% of all words read upright (the worst scan: 23%) and 0–6% turned. Only a reading below this share (or, with
// PaddleOCR, below REAL_WORDS_PER_REGION) is tried the other three ways round, so upright pages cost one OCR pass.
const UPRIGHT_REAL_WORD_SHARE = 0.15;
// PaddleOCR drops what it reads unsure, so an upside-down page gives it a few confident scraps rather than noise:
// it finds the page's text regions (35 on a receipt) but reads real words in few of them (7). Upright, a region
// reads as one real word or more.
const REAL_WORDS_PER_REGION = 0.5;
const REAL_WORD_CONFIDENCE = 0.6;
const REAL_WORD_LENGTH = 3;
// Another orientation must read clearly more real words than the page as given, or the page stays as given.
const TURN_MARGIN = 1.5;
const TURNS: Exclude<TPageRotation, 0>[] = [90, 180, 270];

/**
 * OCR of a page image, turned upright when it was scanned sideways or upside down (no EXIF to say so). The
 * reading's boxes are relative to the turned image; `rotation` says how far it was turned, clockwise.
 */
export async function recognizeUpright(ocr: TOcrEngine, png: Buffer): Promise<TUprightReading> {
  const asGiven = { ...(await ocr.recognize(png)), rotation: 0 as const };
  if (looksUpright(asGiven)) return asGiven;
  const real = realWords(asGiven);
  let best: TUprightReading = asGiven;
  for (const rotation of TURNS) {
    const turned = await sharp(png).rotate(rotation).png({ compressionLevel: 1 }).toBuffer();
    const reading = { ...(await ocr.recognize(turned)), rotation };
    if (realWords(reading) > realWords(best)) best = reading;
  }
  return realWords(best) >= TURN_MARGIN * Math.max(1, real) ? best : asGiven;
}

/** Enough real words for the words read, and (when the reader says how many text regions it found) for the regions. */
function looksUpright(reading: TOcrResult): boolean {
  const words = reading.lines.flatMap((line) => line.words).length;
  const real = realWords(reading);
  if (words === 0 || real < UPRIGHT_REAL_WORD_SHARE * words) return false;
  return reading.regions === undefined || real >= REAL_WORDS_PER_REGION * reading.regions;
}

/**
 * Confident words of three or more letters or digits, wider than they are tall: PaddleOCR also reads a sideways
 * page's text, but in segments (and so words) taller than they are wide, which is no reading order.
 */
function realWords({ lines, width, height }: TOcrResult): number {
  return lines
    .flatMap((line) => line.words)
    .filter((word) => (word.box.x1 - word.box.x0) * width >= (word.box.y1 - word.box.y0) * height)
    .filter((word) => word.confidence >= REAL_WORD_CONFIDENCE && word.text.replace(/[^\p{L}\p{N}]/gu, "").length >= REAL_WORD_LENGTH)
    .length;
}
