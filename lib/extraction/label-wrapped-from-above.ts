// "Total incl." over "VAT", the total's amount between them: a label cell wrapped after a word that can't end a
// label ("incl.", "excl.", "zzgl."). The lower line's "VAT" is the end of the total's label, not the tax's own. And
// the other way round: a label ending a wrapped meta row whose end starts the next line ("| Data" over "prestazione:").

import { charWidth, isColumnGap } from "./box-geometry";
import type { TConcept } from "./field-concepts";
import { cellWordsWrappedBelow } from "./find-wrapped-cell-labels";
import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";

// Words that ask for the next one: a label can't end on them.
const CONNECTORS = new Set("incl inc including inclusive excl exc excluding exclusive inkl exkl zzgl hors plus".split(" "));
// The wrapped line lies at most two rows up (the value may sit between them, centred on the cell) and this close.
const MAX_ROWS_UP = 2;
const MAX_GAP_LINES = 1.5;
const ALIGN_CHARS = 2;

/**
 * The label row[first..last] is part of a cell the page wrapped, and the cell's other part names one of the concept's
 * negatives: the line above ending with a connector ("Total incl." over "VAT"), the next line's start ("| Data" over
 * "prestazione:"), or the cell's next line ("Fecha de" over "vencimiento").
 */
export function wrappedPartNamesNegative(
  page: TPageRows,
  rowIndex: number,
  first: number,
  last: number,
  concept: TConcept | null,
  own: Set<string>,
): boolean {
  const row = page.rows[rowIndex];
  const startsCell = first === 0 || isColumnGap(row[first - 1], row[first]);
  const parts = [
    startsCell ? labelWrappedFromAbove(page.rows, rowIndex, first) : [],
    labelEndWrappedBelow(page.rows, rowIndex, last),
    cellWordsWrappedBelow(page, rowIndex, first),
  ];
  return parts.some((words) => namesNegative(words, concept, own));
}

/** Whether the words carry one of the concept's negatives. */
function namesNegative(words: TPlacedWord[], concept: TConcept | null, own: Set<string>): boolean {
  const tokens = words.flatMap((word) => tokenize(word.text)).filter((token) => !own.has(token));
  return tokens.some((token) => concept?.negatives?.includes(token) === true);
}

/**
 * The words of the label cell whose first line ends with a connector right above row[first], left-aligned with it,
 * or [] when row[first] starts no such cell's second line.
 */
export function labelWrappedFromAbove(rows: TPlacedWord[][], rowIndex: number, first: number): TPlacedWord[] {
  const start = rows[rowIndex][first];
  const lineHeight = start.box.y1 - start.box.y0;
  for (let up = rowIndex - 1; up >= Math.max(0, rowIndex - MAX_ROWS_UP); up--) {
    const cell = cellStartingAt(rows[up], start.box.x0, ALIGN_CHARS * charWidth(start));
    if (cell.length === 0) continue;
    if (start.box.y0 - cell[cell.length - 1].box.y1 > MAX_GAP_LINES * lineHeight) return [];
    const last = tokenize(cell[cell.length - 1].text).at(-1);
    return last && CONNECTORS.has(last) ? cell : [];
  }
  return [];
}

/** The row's words from the one starting within `tolerance` of x to the next column gap. */
function cellStartingAt(row: TPlacedWord[], x: number, tolerance: number): TPlacedWord[] {
  const from = row.findIndex((word) => Math.abs(word.box.x0 - x) <= tolerance);
  if (from < 0) return [];
  const cell = [row[from]];
  for (let i = from + 1; i < row.length; i++) {
    if (isColumnGap(row[i - 1], row[i])) break;
    cell.push(row[i]);
  }
  return cell;
}

/**
 * "… | Cod. cliente: C20462 | Data" over "prestazione: 30/10/2023": a label ending a line the page wrapped goes on at
 * the start of the next; that first word, when it ends with a colon, is the label's end, or [] when there is none.
 */
export function labelEndWrappedBelow(rows: TPlacedWord[][], rowIndex: number, last: number): TPlacedWord[] {
  const [row, next] = [rows[rowIndex], rows[rowIndex + 1]];
  if (!next || last !== row.length - 1 || !next[0].text.endsWith(":")) return [];
  const aligned = Math.abs(next[0].box.x0 - row[0].box.x0) < 2 * charWidth(row[0]);
  const close = next[0].box.y0 - row[last].box.y1 < row[last].box.y1 - row[last].box.y0;
  return aligned && close ? [next[0]] : [];
}
