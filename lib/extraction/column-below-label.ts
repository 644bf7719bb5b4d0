// The cell under a label in a row of labels: "Net amount   VAT 20 %   Total   Balance due" over a row of four
// amounts. The label's cell is the label and the words that follow it at word spacing ("VAT 20 %"); its column runs
// halfway to the cells beside it; of the row below, the cells whose centre falls in that column are its value.
// A label with nothing else on its row keeps everything below-right of it, as before.

import { charWidth } from "./box-geometry";
import type { TPageRows, TPlacedWord } from "./page-rows";

// Words further apart than this many character widths are in different cells. A word space is under one
// character; "3 615,84" in a proportional font spaces its digit groups by about one; table columns by several.
const CELL_GAP = 1.8;

export type TColumn = { left: number; right: number };

/** The column under the label that ends at `row[lastWord]`, or null when nothing else shares its row. */
export function columnBelowLabel(page: TPageRows, rowIndex: number, labelStart: number, lastWord: number): TColumn | null {
  const row = page.rows[rowIndex];
  let end = lastWord;
  while (end + 1 < row.length && !isCellGap(row[end], row[end + 1])) end++;
  const next = row[end + 1];
  const previous = labelStart > 0 ? row[labelStart - 1] : undefined;
  if (!next && !previous) return null;
  return {
    left: previous ? (previous.box.x1 + row[labelStart].box.x0) / 2 : 0,
    right: next ? (row[end].box.x1 + next.box.x0) / 2 : 1,
  };
}

/** The cells of a row of words (already sorted left to right) whose centre lies in the column. */
export function wordsInColumn(words: TPlacedWord[], column: TColumn): TPlacedWord[] {
  return splitIntoCells(words)
    .filter((cell) => {
      const center = (cell[0].box.x0 + cell[cell.length - 1].box.x1) / 2;
      return center >= column.left && center <= column.right;
    })
    .flat();
}

function splitIntoCells(words: TPlacedWord[]): TPlacedWord[][] {
  const cells: TPlacedWord[][] = [];
  for (const [index, word] of words.entries()) {
    if (index === 0 || isCellGap(words[index - 1], word)) cells.push([word]);
    else cells[cells.length - 1].push(word);
  }
  return cells;
}

function isCellGap(left: TPlacedWord, right: TPlacedWord): boolean {
  return right.box.x0 - left.box.x1 > CELL_GAP * Math.max(charWidth(left), charWidth(right));
}
