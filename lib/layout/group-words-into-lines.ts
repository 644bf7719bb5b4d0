import "server-only";
import { sortLinesInReadingOrder } from "./sort-lines-in-reading-order";
import type { TBox, TLine, TWord } from "./types";

/** A piece of a text item, in page units, with what grouping needs to know about where it sits. */
export type TTextFragment = {
  text: string;
  box: TBox;
  /** y of the baseline, in page units (downwards). */
  baseline: number;
  fontHeight: number;
  /** True when no whitespace separates this fragment from the text item before or after it. */
  touchesPrevious: boolean;
  touchesNext: boolean;
};

// Baselines closer than this share a line: catches rounding and super/subscripts, yet stays well under any line spacing.
const SAME_LINE = 0.4;
// Items split mid-word (kerning, a font change) sit this close, in font heights; a real space is about 0.25.
const SAME_WORD_GAP = 0.12;

/** Groups text fragments into lines (same baseline) of words, in reading order. Confidence is 1: the text is the PDF's own. */
export function groupWordsIntoLines(fragments: TTextFragment[]): TLine[] {
  const byBaseline = [...fragments].sort((a, b) => a.baseline - b.baseline);
  const rows: TTextFragment[][] = [];
  for (const fragment of byBaseline) {
    const row = rows.at(-1);
    const last = row?.at(-1);
    if (row && last && fragment.baseline - last.baseline <= SAME_LINE * Math.max(fragment.fontHeight, last.fontHeight)) {
      row.push(fragment);
    } else {
      rows.push([fragment]);
    }
  }
  return sortLinesInReadingOrder(rows.map(toLine));
}

function toLine(row: TTextFragment[]): TLine {
  const words: TWord[] = [];
  let previous: TTextFragment | undefined;
  for (const fragment of [...row].sort((a, b) => a.box.x0 - b.box.x0)) {
    const word = words.at(-1);
    if (word && previous && continuesWord(previous, fragment)) {
      word.text += fragment.text;
      word.box = union(word.box, fragment.box);
    } else {
      words.push({ text: fragment.text, box: fragment.box, confidence: 1 });
    }
    previous = fragment;
  }
  return { text: words.map((word) => word.text).join(" "), box: words.map((word) => word.box).reduce(union), confidence: 1, words };
}

function continuesWord(previous: TTextFragment, next: TTextFragment): boolean {
  const gap = next.box.x0 - previous.box.x1;
  return previous.touchesNext && next.touchesPrevious && Math.abs(gap) <= SAME_WORD_GAP * Math.max(previous.fontHeight, next.fontHeight);
}

function union(a: TBox, b: TBox): TBox {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}
