// A narrow meta column wraps a label cell over two lines, its value set right of it between them: "Te betalen" over
// "vóór", "15-12-2025" in the middle. Neither line is the label alone ("Te betalen" is the total's label in Dutch);
// read together they are ("te betalen voor", the due date's).

import { boxesOverlap, centerY, charWidth, isColumnGap, unionBoxes } from "./box-geometry";
import type { TFieldLabel } from "./field-labels";
import type { TLabelMatch } from "./find-label-matches";
import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";

// The cell's second line starts this close to its first (characters), at most this many rows down (the value's row
// between them), and no further below than this share of a line's height.
const ALIGN_CHARS = 1.5;
// Lines of one wrapped cell with its value set between them are closer than this, in line heights.
const TIGHT_WRAP = 0.5;
const MAX_ROWS_DOWN = 2;
const MAX_LINE_GAP = 1;

/** Matches of labels of two words or more that start on a cell's line and end on the cell's next line. */
export function findWrappedCellLabels(pages: TPageRows[], labels: TFieldLabel[]): TLabelMatch[] {
  const matches: TLabelMatch[] = [];
  const long = labels.filter((label) => label.tokens.length >= 2);
  for (const page of pages) {
    page.rows.forEach((row, rowIndex) => {
      for (let first = 0; first < row.length; first++) {
        if (first > 0 && !isColumnGap(row[first - 1], row[first])) continue;
        const upper = cellFrom(row, first);
        const below = nextLineOfCell(page, rowIndex, upper);
        if (!below) continue;
        const match = matchAcross(upper, below.words, long);
        if (match) {
          const words = [...upper, ...below.words.slice(0, match.lowerCount)];
          const last = below.words[match.lowerCount - 1];
          matches.push({
            page: page.page,
            row: below.row,
            box: unionBoxes(words.map((word) => word.box)),
            strength: match.strength,
            lastWord: page.rows[below.row].indexOf(last),
          });
        }
      }
    });
  }
  return matches;
}

/**
 * The wrapped cells' labels where no label was found on their lines, or where one found is only part of the wrapped
 * label, weaker: "Número de" over "factura:" is the invoice number's label, not "factura" (a document word) alone. The
 * label's first line gives way only to a wrapped label that ends with its colon ("Invoice" over "Number:  SI-7583")
 * or has a value beside it across a column gap, within the cell's height ("Invoice" over "no.   SI-5099"): in a row of
 * column headings ("Rechnungs-" over "Nr.") the value is under the heading, and beside its end is the next heading.
 */
export function withWrappedCellLabels(pages: TPageRows[], found: TLabelMatch[], wrapped: TLabelMatch[]): TLabelMatch[] {
  const overlaps = (a: TLabelMatch, b: TLabelMatch) => a.page === b.page && boxesOverlap(a.box, b.box);
  const endsLabel = (match: TLabelMatch) => {
    const row = pages.find((page) => page.page === match.page)?.rows[match.row];
    return row !== undefined && (row[match.lastWord]?.text.endsWith(":") || hasValueBeside(row, match));
  };
  const isPartOf = (part: TLabelMatch, match: TLabelMatch) =>
    overlaps(part, match) &&
    part.strength < match.strength &&
    ((part.row === match.row && part.lastWord === match.lastWord) || (part.row < match.row && endsLabel(match)));
  const kept = wrapped.filter((match) => found.every((other) => !overlaps(other, match) || isPartOf(other, match)));
  return [...found.filter((match) => !kept.some((other) => isPartOf(match, other))), ...kept];
}

/** The word after the wrapped label's end stands across a column gap, has a digit and is centred within the cell. */
function hasValueBeside(row: TPlacedWord[], match: TLabelMatch): boolean {
  const [end, next] = [row[match.lastWord], row[match.lastWord + 1]];
  if (!end || !next || !isColumnGap(end, next) || !/\d/.test(next.text)) return false;
  const middle = centerY(next.box);
  return middle > match.box.y0 && middle < match.box.y1;
}

/**
 * "Fecha de" over "vencimiento": the words that the label cell starting at row[first] wrapped onto the next line, or
 * []. Cells of words only: a cell with a value in it or in the cell beside it ("VAT (20%)  1,304.53", "Invoice No.
 * INV- 7557") is a line of its own, unless the next line is the label's end alone, with its colon.
 */
export function cellWordsWrappedBelow(page: TPageRows, rowIndex: number, first: number): TPlacedWord[] {
  const row = page.rows[rowIndex];
  if (first > 0 && !isColumnGap(row[first - 1], row[first])) return [];
  const cell = cellFrom(row, first);
  const beside = first + cell.length < row.length ? cellFrom(row, first + cell.length) : [];
  const hasDigit = (word: TPlacedWord) => /\d/.test(word.text);
  // "Totale" over "4931,60 €" over "imponibile": the cell's value may sit between its lines, which then wrap tight.
  const below = nextLineOfCell(page, rowIndex, cell, 2);
  const height = cell[0].box.y1 - cell[0].box.y0;
  const tight = below !== null && (below.row === rowIndex + 1 || below.words[0].box.y0 - cell[0].box.y1 < TIGHT_WRAP * height);
  if (!below || !tight || below.words.some(hasDigit) || cell.some(hasDigit)) return [];
  // "Fecha  20-04-2024" over "vencimiento:" alone: the value beside the cell's first line, its label ending on the next.
  const endsLabelAlone = below.words.at(-1)?.text.endsWith(":") && page.rows[below.row].length === below.words.length;
  return beside.some(hasDigit) && !endsLabelAlone ? [] : below.words;
}

/** The label that is the upper cell's words whole and the lower line's first words, and how many of those it takes. */
function matchAcross(upper: TPlacedWord[], lower: TPlacedWord[], labels: TFieldLabel[]): { strength: number; lowerCount: number } | null {
  const upperTokens = upper.flatMap((word) => tokenize(word.text));
  let best: { strength: number; lowerCount: number } | null = null;
  for (let count = 1; count <= lower.length; count++) {
    const tokens = [...upperTokens, ...lower.slice(0, count).flatMap((word) => tokenize(word.text))];
    const label = labels.find((candidate) => candidate.tokens.join(" ") === tokens.join(" "));
    if (label && (!best || label.strength >= best.strength)) best = { strength: label.strength, lowerCount: count };
  }
  return best;
}

/** The row's words from `first` to the next column gap. */
function cellFrom(row: TPlacedWord[], first: number): TPlacedWord[] {
  let last = first;
  while (last + 1 < row.length && !isColumnGap(row[last], row[last + 1])) last++;
  return row.slice(first, last + 1);
}

/** The cell's words on a line right below it, starting where it starts. */
function nextLineOfCell(
  page: TPageRows,
  rowIndex: number,
  cell: TPlacedWord[],
  rowsDown = MAX_ROWS_DOWN,
): { row: number; words: TPlacedWord[] } | null {
  const start = cell[0];
  const height = start.box.y1 - start.box.y0;
  for (let down = rowIndex + 1; down <= rowIndex + rowsDown && down < page.rows.length; down++) {
    const row = page.rows[down];
    const at = row.findIndex((word) => Math.abs(word.box.x0 - start.box.x0) < ALIGN_CHARS * charWidth(start));
    if (at < 0) continue;
    if (row[at].box.y0 - start.box.y1 > MAX_LINE_GAP * height) return null;
    return { row: down, words: cellFrom(row, at) };
  }
  return null;
}
