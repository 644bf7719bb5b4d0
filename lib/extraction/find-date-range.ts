// A billing or service period printed as a range: "du 1er au 31 Juillet 2015", "01/03/2023 - 31/03/2023",
// "from 1 July to 31 July 2015", "vom 01.07. bis 31.07.2015". Fields naming a period's start or end read its ends.
// The first end often leaves out what the second states (its month, its year): it borrows them.

import { foldText } from "./normalize-text";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";

export type TRangeEnd = { iso: string; words: TPlacedWord[] };
export type TDateRange = { start: TRangeEnd; end: TRangeEnd; page: number; labelled: boolean };

const CONNECTORS = new Set(["to", "till", "until", "through", "thru", "au", "a", "bis", "al", "hasta", "-", "–", "—"]);
// Words that say the row holds a period: "Période du … au …", "Billing period", "Leistungszeitraum", "from … to …".
const PERIOD_WORDS =
  /^(?:period|periode|periodo|zeitraum|leistungszeitraum|abrechnungszeitraum|billing|service|from|du|vom|von|del|desde|between)$/;
const MAX_DATE_WORDS = 4;
// Longer than a year is a contract term or two unrelated dates, not a billing period.
const MAX_RANGE_DAYS = 400;
const DAY_ONLY = /^(\d{1,2})(?:er|st|nd|rd|th)?\.?$/;
const GLUED_RANGE = /^(.+?)\s*[-–—]\s*(.+)$/;

/** Every range on the pages, in reading order. */
export function findDateRanges(pages: TPageRows[]): TDateRange[] {
  const ranges: TDateRange[] = [];
  for (const page of pages) {
    for (const row of page.rows) {
      const found = rangeInRow(row);
      if (found) ranges.push({ ...found, page: page.page });
    }
  }
  return ranges;
}

function rangeInRow(row: TPlacedWord[]): Omit<TDateRange, "page"> | null {
  const labelled = (before: number) => row.slice(0, before).some((word) => PERIOD_WORDS.test(foldText(word.text).replace(/[:.]$/, "")));
  for (let index = 0; index < row.length; index++) {
    // "01/03/2023-31/03/2023": one word.
    const glued = GLUED_RANGE.exec(row[index].text);
    if (glued) {
      const [start, end] = [parseDate(glued[1]), parseDate(glued[2])];
      if (start && end && isPeriod(start.iso, end.iso)) {
        const words = [row[index]];
        return { start: { iso: start.iso, words }, end: { iso: end.iso, words }, labelled: labelled(index) };
      }
    }
    if (!CONNECTORS.has(foldText(row[index].text))) continue;
    const end = readEnd(row, index + 1);
    if (!end) continue;
    const start = readStart(row, index, end.iso);
    if (start && isPeriod(start.iso, end.iso)) return { start, end, labelled: labelled(index - start.words.length) };
  }
  return null;
}

/** The shortest run of words after the connector that reads as a whole date. */
function readEnd(row: TPlacedWord[], from: number): TRangeEnd | null {
  for (let length = 1; length <= MAX_DATE_WORDS && from + length <= row.length; length++) {
    const words = row.slice(from, from + length);
    const parsed = parseDate(joinWords(words));
    if (parsed) return { iso: parsed.iso, words };
  }
  return null;
}

/** The shortest run of words before the connector that reads as a date, completed from the end's month and year. */
function readStart(row: TPlacedWord[], connector: number, endIso: string): TRangeEnd | null {
  const [year, month] = endIso.split("-");
  for (let length = 1; length <= MAX_DATE_WORDS && connector - length >= 0; length++) {
    const words = row.slice(connector - length, connector);
    // "ler" is how a reader often sees "1er" (the first of the month, in French).
    const text = words
      .map((word) => word.text)
      .join(" ")
      .replace(/^[lI](?=er$)/, "1");
    const day = DAY_ONLY.exec(text);
    const iso = day
      ? parseDate(`${year}-${month}-${day[1]}`)?.iso
      : (parseDate(text) ?? parseDate(`${text} ${year}`) ?? parseDate(`${text.replace(/[./]$/, "")}.${year}`))?.iso;
    if (iso) return { iso, words };
  }
  return null;
}

function isPeriod(startIso: string, endIso: string): boolean {
  const days = (Date.parse(endIso) - Date.parse(startIso)) / 86_400_000;
  return days > 0 && days <= MAX_RANGE_DAYS;
}
