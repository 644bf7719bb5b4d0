// A totals table printed across the page: a row of amounts under a header whose cells wrap over several lines
// ("Total" / "HT" over "4 452,15", "Montant TVA 20 % sur" / "3 929,65" over "785,93", "Net à" / "payer" over "0,00").
// No label of it reads whole on one row, so the row-wise label matcher can't pair them. Each column is read here as
// one "label  amount" line of a small page of its own, which the ordinary matcher and value reader then read.

import type { TBox, TLine, TWord } from "@/lib/layout/types";
import { charWidth, unionBoxes } from "./box-geometry";
import type { TConcept } from "./field-concepts";
import type { TFieldLabel } from "./field-labels";
import { findLabelMatches } from "./find-label-matches";
import { findValueNearLabel } from "./find-value-near-label";
import { splitAtGaps } from "./find-vendor-block";
import { buildPageRows, joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { parseCurrency } from "./parse-currency";
import { findAmounts } from "./pick-amount";
import type { TValuePick, TValueSpec } from "./pick-value";
import { rateOfLabel } from "./sum-tax-by-rate";

export type THeaderTable = {
  /** The table's columns read as one line each ("Total HT … 4 452,15"): line i of this page is column i. */
  columns: TPageRows;
  /** Column i's amount as printed on the page. */
  values: Array<{ words: TPlacedWord[]; box: TBox }>;
  /** The rows of the real page the header spans: labels matched there are read through the columns instead. */
  headerRows: Set<number>;
};

// A table's header wraps over at most this many lines, and its rows lie closer than this (in line heights).
const MAX_HEADER_ROWS = 4;
const MAX_ROW_GAP = 1;
// A header's cells may stand a little further over the amounts, padded from them.
const HEADER_GAP = 1.5;
const MIN_COLUMNS = 3;
// Where each column's line is set on the page of columns (page widths): the label first, the amount far right.
const LABEL_X = 0.05;
const VALUE_X = 0.8;
const CHAR_WIDTH = 0.01;
const FIRST_LINE_Y = 0.05;
const LINE_PITCH = 0.03;
const LINE_HEIGHT = 0.02;

/** The page's totals tables printed across under a wrapped header, each with its columns as lines. */
export function findHeaderTables(page: TPageRows): THeaderTable[] {
  const tables: THeaderTable[] = [];
  for (let first = 0; first < page.rows.length; first++) {
    if (!isAmountsOnly(page.rows[first])) continue;
    let last = first;
    while (last + 1 < page.rows.length && isAmountsOnly(page.rows[last + 1]) && isClose(page.rows[last], page.rows[last + 1])) last++;
    const table = readTable(page, first, last);
    if (table) tables.push(table);
    first = last;
  }
  return tables;
}

export type TTableCandidate = TValuePick & { page: number; y: number; x: number; rank: number; rate: string | null; related: boolean };

/** The field's labels among the tables' columns, each with its column's amount as printed on the page. */
export function readHeaderTables(
  tables: THeaderTable[],
  labels: TFieldLabel[],
  concept: TConcept | null,
  own: Set<string>,
  spec: TValueSpec,
): TTableCandidate[] {
  return tables.flatMap((table) =>
    findLabelMatches([table.columns], labels, concept, own).flatMap((match) => {
      const pick = findValueNearLabel(match, table.columns, spec);
      const value = pick && table.values[pick.words[0].row];
      if (!pick || !value) return [];
      const rate = rateOfLabel(table.columns.rows[match.row], match);
      const rank = match.strength * pick.validity;
      return [
        {
          ...pick,
          words: value.words,
          page: table.columns.page,
          y: value.box.y0,
          x: value.box.x0,
          rank,
          rate,
          related: match.related === true,
        },
      ];
    }),
  );
}

function readTable(page: TPageRows, first: number, last: number): THeaderTable | null {
  const amounts = page.rows
    .slice(first, last + 1)
    .flatMap((row) => findAmounts(row))
    .filter((found) => found.parsed.decimals === 2);
  if (amounts.length < MIN_COLUMNS) return null;
  // The amount's own words: a currency code read with it may be the next column's ("EUR 675,75 EUR 57,92").
  const columns = amounts.map((found) => {
    const words = found.words.filter((word) => /\d/.test(word.text));
    return { words, box: unionBoxes(words.map((word) => word.box)) };
  });
  // Two amounts one above the other are one column read twice: no table.
  if (columns.some((column, index) => columns.slice(index + 1).some((other) => overlap(column.box, other.box) > 0))) return null;
  const headerRows: number[] = [];
  for (let row = first - 1; row >= 0 && headerRows.length < MAX_HEADER_ROWS; row--) {
    const next = page.rows[headerRows.at(-1) ?? first];
    const gap = headerRows.length === 0 ? HEADER_GAP : MAX_ROW_GAP;
    if (!isClose(page.rows[row], next, gap) || !page.rows[row].some((word) => /\p{L}{2}/u.test(word.text))) break;
    headerRows.push(row);
  }
  if (headerRows.length < 2) return null;
  const labels = columns.map(() => [] as TPlacedWord[]);
  for (const row of headerRows.reverse()) {
    for (const cell of splitAtGaps(page.rows[row])) {
      const cellBox = unionBoxes(cell.map((word) => word.box));
      const shares = columns.map((column) => overlap(cellBox, column.box));
      const best = shares.indexOf(Math.max(...shares));
      // "HT" right-aligned over "4077,35 €" ends where the sign does, past the digits: touching is enough.
      if (shares[best] > -charWidth(cell[0]) / 2) labels[best].push(...cell);
    }
  }
  // Every column needs its label, or the header is not the amounts' (a line item's description over them).
  if (labels.some((label) => label.length === 0)) return null;
  const lines = columns.map((column, index) => {
    // The base an amount is computed on ("TVA 20 % sur 3 929,65") is part of the label, not a second value.
    const label = labels[index].filter((word) => !findAmounts([word]).some((found) => found.parsed.decimals === 2));
    return columnLine(label, column.words, FIRST_LINE_Y + index * LINE_PITCH);
  });
  const text = lines.map((line) => line.text).join("\n");
  const columnPage = buildPageRows({ page: page.page, width: 1, height: 1, source: "ocr", lines, text });
  return { columns: columnPage, values: columns, headerRows: new Set(headerRows) };
}

/** A column as one line: its label's words from the left margin, its amount far right; the words' readings as they were. */
function columnLine(label: TPlacedWord[], value: TPlacedWord[], y0: number): TLine {
  const place = (words: TPlacedWord[], x0: number): TWord[] => {
    let x = x0;
    return words.map((word) => {
      const box = { x0: x, y0, x1: x + word.text.length * CHAR_WIDTH, y1: y0 + LINE_HEIGHT };
      x = box.x1 + CHAR_WIDTH;
      return { text: word.text, confidence: word.confidence, box };
    });
  };
  const words = [...place(label, LABEL_X), ...place(value, VALUE_X)];
  return {
    text: joinWords(words),
    box: unionBoxes(words.map((word) => word.box)),
    confidence: Math.min(...words.map((word) => word.confidence)),
    words,
  };
}

/** A row of amounts alone: every word an amount's part, a currency or a sign ("EUR 675,75 EUR -167,00", "€ €"). */
function isAmountsOnly(row: TPlacedWord[]): boolean {
  return row.every((word) => /^[-+]?[\d.,'’]+$/.test(word.text) || parseCurrency(word.text) !== null || /^[-–]$/.test(word.text));
}

/** The second row starts less than `gap` line heights (its tallest word's) under the first. */
function isClose(upper: TPlacedWord[], lower: TPlacedWord[], gap = MAX_ROW_GAP): boolean {
  const bottom = Math.max(...upper.map((word) => word.box.y1));
  const height = Math.max(...upper.map((word) => word.box.y1 - word.box.y0));
  return Math.min(...lower.map((word) => word.box.y0)) - bottom < gap * height;
}

function overlap(a: TBox, b: TBox): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}
