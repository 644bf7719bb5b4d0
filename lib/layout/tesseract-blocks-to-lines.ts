import "server-only";
import type Tesseract from "tesseract.js";
import { repairDigitLetterConfusion } from "./repair-digit-letter-confusion";
import { sortLinesInReadingOrder } from "./sort-lines-in-reading-order";
import type { TBox, TLine, TWord } from "./types";

/**
 * Tesseract's blocks → paragraphs → lines → words, as lines of words with normalized boxes and 0..1 confidences, O and 0
 * repaired where the word says which was meant (repair-digit-letter-confusion.ts).
 */
export function tesseractBlocksToLines(blocks: Tesseract.Block[], width: number, height: number): TLine[] {
  const normalize = (bbox: Tesseract.Bbox): TBox => ({
    x0: clamp(bbox.x0 / width),
    y0: clamp(bbox.y0 / height),
    x1: clamp(bbox.x1 / width),
    y1: clamp(bbox.y1 / height),
  });
  const lines: TLine[] = [];
  for (const line of blocks.flatMap((block) => block.paragraphs).flatMap((paragraph) => paragraph.lines)) {
    const words: TWord[] = line.words
      .filter((word) => word.text.trim() !== "")
      .map((word) => ({
        text: repairDigitLetterConfusion(word.text.trim()),
        box: normalize(word.bbox),
        confidence: clamp(word.confidence / 100),
      }));
    if (words.length === 0) continue;
    lines.push({
      text: words.map((word) => word.text).join(" "),
      box: normalize(line.bbox),
      confidence: clamp(line.confidence / 100),
      words,
    });
  }
  // Tesseract lists whole blocks (columns) one after another; the layout contract is rows, top to bottom.
  return sortLinesInReadingOrder(lines);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
