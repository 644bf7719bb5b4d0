// A narrow meta column wraps a date at its separator: "Date of issue: 2023-04-" over "09", "Fecha: 15/03/" over
// "2024" (or the label centred between the two, "10-04-" / "Fecha:" / "2024"), or a long meta row does, to the next line's start ("Vervaldatum: 29-08-" over "2025 Debiteurnummer: …");
// or a written-out date before its year: "27 de septiembre de" over "2025", "March 15," over "2024". Joined back into
// one word (on the upper line, its box spanning both where they are one above the other), the date reads whole.

import type { TWord } from "@/lib/layout/types";
import { charWidth, unionBoxes } from "./box-geometry";
import { parseDate } from "./parse-date";

// A date's start ending at the separator it was wrapped at, and the digits that end it; wrapped after its first part
// ("Zahlbar bis: 2023-" over "05-11"), the end is two parts.
const DATE_START = /^(?:\d{4}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2})[-/.]$/;
const MONTH_DAY = /^\d{1,2}[-/.]\d{1,2}$/;
const DATE_END = /^\d{1,4}$/;
const YEAR = /^(?:19|20)\d{2}$/;
// "14 de marzo de" has four words before its year.
const MAX_WRITTEN_WORDS = 4;
// Words further apart than this (in characters) stand in different cells.
const CELL_GAP = 2.5;

/** The rows with each wrapped date joined onto its first line; a row left empty by it is dropped. */
export function joinWrappedDates<T extends TWord>(rows: T[][]): T[][] {
  const joined = rows.map(joinStackedDate);
  for (let index = 0; index + 1 < joined.length; index++) {
    const next = joined[index + 1];
    joined[index] = joined[index].map((word, at, row) => {
      if (!DATE_START.test(word.text)) return word;
      // "10-04-" over "2024" with the label centred between them ("Fecha:") read as a row of its own.
      const lower = joined.slice(index + 1, index + 3).find((candidate) => candidate.some((below) => endsDate(word, below))) ?? next;
      const under = lower.find((below) => endsDate(word, below));
      // A row's wrap keeps the date's box where its start is: its end begins the next line, far left.
      const end = under ?? (at === row.length - 1 ? endsOnNextLine(row, next) : undefined);
      if (!end) return word;
      lower.splice(lower.indexOf(end), 1);
      return { ...word, text: word.text + end.text, box: under ? unionBoxes([word.box, end.box]) : word.box };
    });
    joined[index] = joinWrittenOnNextLine(joined[index], next);
    // The year may be read as a row of its own under a label set between the date's two lines.
    for (const below of joined.slice(index + 1, index + 3)) {
      const row = joinWrittenDate(joined[index], below);
      if (row === joined[index]) continue;
      joined[index] = row;
      break;
    }
  }
  return joined.filter((row) => row.length > 0);
}

/** `below` starts under `start` (within two characters), on the next line, and completes it to a date. */
function endsDate(start: TWord, below: TWord): boolean {
  return (DATE_END.test(below.text) || MONTH_DAY.test(below.text)) && isUnder(start, below) && parseDate(start.text + below.text) !== null;
}

/**
 * "… Vervaldatum: 29-08-" over "2025 Debiteurnummer: …": a meta row the page wrapped inside its last date, which
 * ends at the start of the next line (where the row starts).
 */
function endsOnNextLine<T extends TWord>(row: T[], next: T[]): T | undefined {
  const [start, end, first] = [row[row.length - 1], next[0], row[0]];
  if (!end || !(YEAR.test(end.text) || MONTH_DAY.test(end.text)) || parseDate(start.text + end.text) === null) return undefined;
  const aligned = Math.abs(end.box.x0 - first.box.x0) < 2 * charWidth(first);
  const close = end.box.y0 - start.box.y1 < start.box.y1 - start.box.y0;
  return aligned && close ? end : undefined;
}

/**
 * "… Fecha de vencimiento: 3" over "de mayode 2024 N. pedido: …": a meta row the page wrapped inside its last date
 * written out, which ends with the words that start the next line (where the row starts), up to a column gap.
 */
function joinWrittenOnNextLine<T extends TWord>(row: T[], next: T[]): T[] {
  const [first, last] = [row[0], row[row.length - 1]];
  if (!last || !next[0] || Math.abs(next[0].box.x0 - first.box.x0) >= 2 * charWidth(first)) return row;
  if (next[0].box.y0 - last.box.y1 >= last.box.y1 - last.box.y0) return row;
  const endWords = next.slice(0, Math.min(cellEnd(next, 0) + 1, MAX_WRITTEN_WORDS));
  for (let start = row.length - 1; start >= Math.max(0, row.length - MAX_WRITTEN_WORDS + 1); start--) {
    const head = row
      .slice(start)
      .map((word) => word.text)
      .join(" ");
    if (!/\d/.test(row[start].text) || parseDate(head) !== null) continue;
    // A year right under the date's start: its own cell wrapped it ("16. August" over "2024"), not the row.
    if (next.some((below) => YEAR.test(below.text) && isUnder(row[start], below))) continue;
    for (let count = endWords.length; count >= 1; count--) {
      const text = `${head} ${endWords
        .slice(0, count)
        .map((word) => word.text)
        .join(" ")}`;
      if (parseDate(text)?.format !== "text") continue;
      next.splice(0, count);
      return [...row.slice(0, start), { ...row[start], text, box: unionBoxes(row.slice(start).map((word) => word.box)) }];
    }
  }
  return row;
}

/**
 * "29 Nov" over "2023" beside a label centred on both ("Date of issue:"): the label's height made one row of the two
 * reader lines, whose words sorted left to right interleave ("29 2023 Nov"). The date's lines are joined first.
 */
function joinStackedDate<T extends TWord>(row: T[]): T[] {
  const lineOf = (word: T) => (word as T & { line?: number }).line;
  const lines = [...new Set(row.map(lineOf))];
  if (lines.length < 2 || lines.includes(undefined)) return [...row];
  for (const upper of lines) {
    for (const lower of lines) {
      if (upper === lower) continue;
      const [above, below] = [row.filter((word) => lineOf(word) === upper), row.filter((word) => lineOf(word) === lower)];
      const joined = joinWrittenDate(above, below);
      if (joined === above) continue;
      // `below` lost the year to the joined date.
      return [...joined, ...below, ...row.filter((word) => lineOf(word) !== upper && lineOf(word) !== lower)].sort(
        (a, b) => a.box.x0 - b.box.x0,
      );
    }
  }
  return [...row];
}

/**
 * A cell's last words that are a written-out date but for its year, which starts the next line under their first
 * word: joined into one word with the year (taken out of the next row). The row as it was when there is none.
 */
function joinWrittenDate<T extends TWord>(row: T[], next: T[]): T[] {
  for (let first = 0; first < row.length; first++) {
    const year = next.find((below) => YEAR.test(below.text) && isUnder(row[first], below));
    if (!year) continue;
    const last = cellEnd(row, first);
    if (last - first + 1 > MAX_WRITTEN_WORDS) continue;
    const words = row.slice(first, last + 1);
    const start = words.map((word) => word.text).join(" ");
    if (!/\p{L}/u.test(start) || parseDate(start) !== null || parseDate(`${start} ${year.text}`) === null) continue;
    next.splice(next.indexOf(year), 1);
    const date = { ...words[0], text: `${start} ${year.text}`, box: unionBoxes([...words, year].map((word) => word.box)) };
    // A table row's other cells may have wrapped their dates too ("21. August" … "16. August" over "2024" … "2024").
    return joinWrittenDate([...row.slice(0, first), date, ...row.slice(last + 1)], next);
  }
  return row;
}

/** The index of the last word of the cell `row[first]` starts: the words after it up to a column gap. */
function cellEnd(row: TWord[], first: number): number {
  let last = first;
  while (last + 1 < row.length && row[last + 1].box.x0 - row[last].box.x1 <= CELL_GAP * charWidth(row[last])) last++;
  return last;
}

/** `below` starts under `start` (within two characters), on the next line. */
function isUnder(start: TWord, below: TWord): boolean {
  const height = start.box.y1 - start.box.y0;
  return Math.abs(below.box.x0 - start.box.x0) < 2 * charWidth(start) && below.box.y0 - start.box.y1 < height;
}
