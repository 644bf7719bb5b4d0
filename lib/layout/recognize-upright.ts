import "server-only";
import sharp from "sharp";
import type { TOcrEngine, TOcrResult } from "./ocr-pool";
import type { TLine, TPageRotation } from "./types";

export type TUprightReading = TOcrResult & { rotation: TPageRotation };

// What tells an upright reading from one of a page on its side or upside down is how many real words it has:
// words of three or more letters or digits that the reader is fairly sure of. On the SROIE receipts they are
// 23–95% of all words read upright (the worst scan: 23%) and 0–6% turned. Only a reading below this share is
// tried the other three ways round, so upright pages cost one OCR pass.
const UPRIGHT_REAL_WORD_SHARE = 0.15;
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
  const words = asGiven.lines.flatMap((line) => line.words);
  if (words.length === 0 || realWords(asGiven.lines) >= UPRIGHT_REAL_WORD_SHARE * words.length) return asGiven;
  let best: TUprightReading = asGiven;
  for (const rotation of TURNS) {
    const turned = await sharp(png).rotate(rotation).png({ compressionLevel: 1 }).toBuffer();
    const reading = { ...(await ocr.recognize(turned)), rotation };
    if (realWords(reading.lines) > realWords(best.lines)) best = reading;
  }
  return realWords(best.lines) >= TURN_MARGIN * Math.max(1, realWords(asGiven.lines)) ? best : asGiven;
}

function realWords(lines: TLine[]): number {
  return lines
    .flatMap((line) => line.words)
    .filter((word) => word.confidence >= REAL_WORD_CONFIDENCE && word.text.replace(/[^\p{L}\p{N}]/gu, "").length >= REAL_WORD_LENGTH)
    .length;
}
