// Small geometry helpers on normalized boxes (0..1, origin top-left).

import type { TBox, TWord } from "@/lib/layout/types";

export { unionBoxes } from "@/lib/layout/union-boxes";

export function centerY(box: TBox): number {
  return (box.y0 + box.y1) / 2;
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
