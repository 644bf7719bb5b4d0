// Numeric dates are read day first ("03/06/2023" is 3 June) unless only month first is a valid date. An American
// invoice prints its dates month first throughout: one date that can only be month first ("05/27/2023") says how to
// read its others, and so, when no date settles it, do American addresses ("Denver, CO 80202") that outnumber
// European postcodes.

import type { TPageRows } from "./page-rows";

export type TDateOrder = "day-first" | "month-first";

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
// "Denver, CO 80202", or as a scan's reader may glue it: "Austin,TX 78701", "San Francisco.CA 94103"; or read the
// state's O as a zero: "Denver, C0 80202".
const US_CITY_STATE_ZIP = /\p{L}(?:,\s*|\.)[A-Z][A-Z0]\s+\d{5}(?:-\d{4})?\b/u;
const EUROPEAN_POSTCODE_CITY = /(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}\p{Ll}/u;
// "2019 Pine Street", "3573 Main St": an American street line starts with its number, like a postcode and town.
const NUMBERED_STREET =
  /\b\d{3,5}\s+(?:[\p{L}.'-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Square)\b/giu;

const SORT_CODE_LABEL = /^(?:code|sortcode|sort-code):?$/i;

/** How the document's ambiguous numeric dates are meant, or null when nothing on the pages says. */
export function inferDateOrder(pages: TPageRows[]): TDateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const page of pages) {
    for (const [index, word] of page.words.entries()) {
      const match = NUMERIC_DATE.exec(word.text.replace(/^[(:]+|[).,;:|]+$/g, ""));
      // "Sort code 09-20-58": a British bank's sort code is shaped like a date.
      if (!match || SORT_CODE_LABEL.test(page.words[index - 1]?.text ?? "")) continue;
      // Only a day that can't be a month tells ("01-80-24" is a bank sort code, no date).
      const [first, second] = [Number(match[1]), Number(match[2])];
      if (isDayOnly(first) && isMonth(second)) dayFirst++;
      if (isDayOnly(second) && isMonth(first)) monthFirst++;
    }
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? "day-first" : "month-first";
  const rows = pages.flatMap((page) => page.rows.map((row) => row.map((word) => word.text).join(" ")));
  const isAmerican = (text: string | undefined) => text !== undefined && US_CITY_STATE_ZIP.test(text);
  const american = rows.filter(isAmerican).length;
  // "CA 94103 Invoice number …": a ZIP code before the next column's label is no European postcode and town; nor is
  // "1887 Broadway" over "Austin, TX 78701", a street line over its city.
  const european = rows.filter(
    (text, index) => EUROPEAN_POSTCODE_CITY.test(text.replace(NUMBERED_STREET, "")) && !isAmerican(text) && !isAmerican(rows[index + 1]),
  ).length;
  return american > european ? "month-first" : null;
}

const isMonth = (value: number) => value >= 1 && value <= 12;
const isDayOnly = (value: number) => value >= 13 && value <= 31;

/** "2023-03-06" read day first from "03/06/2023", as month first: "2023-06-03". */
export function asMonthFirst(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${year}-${day}-${month}`;
}
