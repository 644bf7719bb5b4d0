// The cell under a label in a row of labels: "Net amount   VAT 20 %   Total   Balance due" over a row of four
// amounts. Both rows split into cells at gaps wider than a word space; each cell of the row below belongs to the
// label cell it overlaps most (or lies nearest to), and the label's value is what belongs to its cell. A label
// alone on its row has no such row of cells: the caller keeps everything below-right of it.

import { charWidth } from "./box-geometry";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { findAmounts } from "./pick-amount";

// Words further apart than this many character widths are in different cells. A word space is under one
// character; "3 615,84" in a proportional font spaces its digit groups by about one; table columns by several.
const CELL_GAP = 1.8;

type TSpan = { x0: number; x1: number };

/**
 * The words of `rowBelow` (sorted left to right) under the label cell that starts at `row[labelStart]`, or null
 * when the label's row is a single cell.
 */
export function wordsUnderLabelCell(
  page: TPageRows,
  rowIndex: number,
  labelStart: number,
  rowBelow: TPlacedWord[],
  labelEnd = labelStart,
): TPlacedWord[] | null {
  const row = page.rows[rowIndex];
  const headerCells = splitIntoCells(row);
  if (headerCells.length < 2) return underLabelsSetClose(row, row.slice(labelStart, labelEnd + 1), rowBelow);
  const labelCell = headerCells.findIndex((cell) => cell.includes(row[labelStart]));
  const headerSpans = headerCells.map(spanOf);
  const groups: TPlacedWord[][] = [];
  for (const cell of splitIntoCells(rowBelow)) {
    // A cell that reaches under two labels is two values the reader ran together ("18/03/18 15:17" under
    // "Date   Time"): its words are placed one by one.
    const reached = headerSpans.filter((span) => overlap(span, spanOf(cell)) > 0).length;
    const own =
      reached <= 1
        ? nearestHeader(headerSpans, spanOf(cell)) === labelCell
          ? cell
          : []
        : cell.filter((word) => nearestHeader(headerSpans, word.box) === labelCell);
    if (own.length > 0) groups.push(own);
  }
  return underOwnWords(groups, headerCells[labelCell], row.slice(labelStart, labelEnd + 1)).flat();
}

/**
 * "Montant HT TVA (20 %)" over "2 797,40   559,48": two labels the reader set too close to split, over two value
 * cells. The label keeps the value cells under its own words, not those under the other label's words.
 */
function underOwnWords(groups: TPlacedWord[][], headerCell: TPlacedWord[], labelWords: TPlacedWord[]): TPlacedWord[][] {
  if (groups.length < 2 || headerCell.every((word) => labelWords.includes(word))) return groups;
  const labelSpan = spanOf(labelWords);
  const others = headerCell.filter((word) => !labelWords.includes(word));
  return groups.filter((group) => overlap(spanOf(group), labelSpan) > 0 || !others.some((word) => overlap(spanOf(group), word.box) > 0));
}

/**
 * "Montant HT TVAa20% Total TTC" over "5 213,85   1 042,77   6 256,62": labels the reader set too close to split into
 * cells, over amounts that stand apart. Each label keeps the amounts under its own words; null when the row below is
 * no such row, or the label is the whole row.
 */
function underLabelsSetClose(row: TPlacedWord[], labelWords: TPlacedWord[], rowBelow: TPlacedWord[]): TPlacedWord[] | null {
  const valueCells = splitIntoCells(rowBelow);
  if (valueCells.length < 2 || labelWords.length === row.length || !rowBelow.every((word) => AMOUNT_WORD.test(word.text))) return null;
  return underOwnWords(valueCells, row, labelWords).flat();
}

// A word of a row of amounts: "€ 6.345,23", "1 152,15 EUR", "-581,00", "20 %".
// "5.945,44€": a sign after the amount too.
const AMOUNT_WORD = /^(?:[€$£]|[A-Z]{3}|[-+–]?[€$£]?\d[\d.,'’]*(?:%|[€$£])?)$/;

/**
 * Whether the row under a row of several label cells holds amounts only ("Totaal excl. btw   Btw 21% over 4.535,23"
 * over "€ 6.345,23   € 952,40"): then each label's value is the amount under it, never one inside its own cell.
 */
export function isRowOfAmountsBelow(page: TPageRows, rowIndex: number): boolean {
  const row = page.rows[rowIndex];
  const below = page.rows[rowIndex + 1];
  if (!below || splitIntoCells(row).length < 2) return false;
  const height = row[0].box.y1 - row[0].box.y0;
  if (below[0].box.y0 - Math.max(...row.map((word) => word.box.y1)) > 1.5 * height) return false;
  if (!below.every((word) => AMOUNT_WORD.test(word.text)) || !below.some((word) => /\d/.test(word.text))) return false;
  // "Total Payable 231.20" over "23120" (the cash handed over, its point lost): a row with its own amount over one
  // amount is a label and its value; a row of labels has an amount under each of its cells.
  const ownMoney = findAmounts(row).some((amount) => amount.parsed.decimals === 2);
  return !ownMoney || below.filter((word) => /\d/.test(word.text)).length >= 2;
}

/** The horizontal extent of the cell holding `row[index]`: "IVA al 22%" for "IVA", whose amount is right-aligned below. */
export function cellSpan(row: TPlacedWord[], index: number): TSpan {
  return spanOf(splitIntoCells(row).find((cell) => cell.includes(row[index])) ?? [row[index]]);
}

/** The header span a span overlaps most; with no overlap, the one whose edge is nearest. */
function nearestHeader(headers: TSpan[], span: TSpan): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [index, header] of headers.entries()) {
    const shared = overlap(header, span);
    const score = shared > 0 ? shared : -Math.max(header.x0 - span.x1, span.x0 - header.x1);
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}

function overlap(a: TSpan, b: TSpan): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
}

function spanOf(cell: TPlacedWord[]): TSpan {
  return { x0: cell[0].box.x0, x1: cell[cell.length - 1].box.x1 };
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
