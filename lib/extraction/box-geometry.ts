// Small geometry helpers on normalized boxes (0..1, origin top-left).

import type { TBox, TWord } from "@/lib/layout/types";

export { unionBoxes } from "@/lib/layout/union-boxes";

export function centerY(box: TBox): number {
  return (box.y0 + box.y1) / 2;
}

export function centerX(box: TBox): number {
  return (box.x0 + box.x1) / 2;
}

/** Shared height of two boxes as a share of the shorter one (0..1). */
export function verticalOverlap(a: TBox, b: TBox): number {
  const shared = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const shorter = Math.min(a.y1 - a.y0, b.y1 - b.y0);
  return shorter > 0 ? Math.max(0, shared) / shorter : 0;
}

/** Average character width of a word, a scale for "how far apart is far" that works for any page size. */
export function charWidth(word: TWord): number {
  return (word.box.x1 - word.box.x0) / Math.max(1, word.text.length);
}

/** The boxes share some of their area. */
export function boxesOverlap(a: TBox, b: TBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// Words further apart than this many character widths (the wider word's) stand in different columns or cells.
const COLUMN_GAP_CHARS = 2.5;

/** The words stand in different columns: further apart than a couple of characters. */
export function isColumnGap(left: TWord, right: TWord): boolean {
  return right.box.x0 - left.box.x1 > COLUMN_GAP_CHARS * Math.max(charWidth(left), charWidth(right));
}

/** The words up to the first column gap: "Bureautique Bonnet SAS" without the "Date de facturation: …" beside it. */
export function untilColumnGap<T extends TWord>(words: T[]): T[] {
  const end = words.findIndex((word, index) => index > 0 && isColumnGap(words[index - 1], word));
  return end < 0 ? words : words.slice(0, end);
}
