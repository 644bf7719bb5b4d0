// A narrow meta column wraps a date at its separator: "Date of issue: 2023-04-" over "09", "Fecha: 15/03/" over
// "2024". Joined back into one word (on the upper line, its box spanning both), the date reads whole.

import type { TWord } from "@/lib/layout/types";
import { charWidth, unionBoxes } from "./box-geometry";
import { parseDate } from "./parse-date";

// A date's start ending at the separator it was wrapped at, and the digits that end it.
const DATE_START = /^(?:\d{4}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2})[-/.]$/;
const DATE_END = /^\d{1,4}$/;

/** The rows with each wrapped date joined onto its first line; a row left empty by it is dropped. */
export function joinWrappedDates<T extends TWord>(rows: T[][]): T[][] {
  const joined = rows.map((row) => [...row]);
  for (let index = 0; index + 1 < joined.length; index++) {
    joined[index] = joined[index].map((word) => {
      const next = joined[index + 1];
      const end = DATE_START.test(word.text) ? next.find((below) => endsDate(word, below)) : undefined;
      if (!end) return word;
      next.splice(next.indexOf(end), 1);
      return { ...word, text: word.text + end.text, box: unionBoxes([word.box, end.box]) };
    });
  }
  return joined.filter((row) => row.length > 0);
}

/** `below` starts under `start` (within two characters), on the next line, and completes it to a date. */
function endsDate(start: TWord, below: TWord): boolean {
  const height = start.box.y1 - start.box.y0;
  return (
    DATE_END.test(below.text) &&
    Math.abs(below.box.x0 - start.box.x0) < 2 * charWidth(start) &&
    below.box.y0 - start.box.y1 < height &&
    parseDate(start.text + below.text) !== null
  );
}
