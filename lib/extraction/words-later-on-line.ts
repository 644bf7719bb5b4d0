// The words the reader put on the label's own line, after the label: on a skewed scan the best evidence of what stands
// beside it.

import { charWidth, isColumnGap } from "./box-geometry";
import type { TPageRows, TPlacedWord } from "./page-rows";

/**
 * The words after the label's last word on its OCR line, left to right. When that line jumps a column gap and words of
 * the label's row that the reader set on a line of their own touch the label, those lead: "Numero de facture:"
 * "#56094", the label's line run on to "31, boulevard Voltaire" across the page.
 */
export function wordsLaterOnLine(labelEnd: TPlacedWord, row: TPlacedWord[], page: TPageRows): TPlacedWord[] {
  const start = labelEnd.box.x1 - overlapTolerance(labelEnd);
  const later = page.words
    .filter((word) => word !== labelEnd && word.line === labelEnd.line && word.box.x0 > start && word.box.x1 > labelEnd.box.x1)
    .sort((a, b) => a.box.x0 - b.box.x0);
  if (later.length === 0 || !isColumnGap(labelEnd, later[0])) return later;
  const between = row.filter((word) => word.line !== labelEnd.line && word.box.x0 > start && word.box.x1 <= later[0].box.x0);
  return between.length > 0 && !isColumnGap(labelEnd, between[0]) ? [...between, ...later] : later;
}

/** A scan's word boxes can overlap by up to a character ("number:" ends past where "INV-5396" starts). */
export function overlapTolerance(labelEnd: TPlacedWord): number {
  return Math.max(0.002, charWidth(labelEnd));
}
