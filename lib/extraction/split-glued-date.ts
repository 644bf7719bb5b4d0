// A scan's reader runs a date's label into the date ("DL12/3/2019" for "Dt: 12/3/2019", "Tar1kh:.24-NOv-18",
// "Date:05.02.2019"). Read as one word, neither the label nor the date is found; split, both are.

import type { TWord } from "@/lib/layout/types";
import { parseDate } from "./parse-date";
import { splitWordAt } from "./split-word";

// A label (a letter first; a misread letter may be a digit, "Tar1kh") then a date ending the word: day, month and
// year in digits, a month's name between day and year, or the year first. The label is the shortest that leaves a date.
const GLUED =
  /^(\p{L}[\p{L}\d/]*?[:.]*)(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[-/.]?\p{L}{3,9}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/u;

// A label of letters, then a numeric date with a time glued on.
const LABEL_DATE_TIME = /^(\p{L}{2,}[:.]*)(\d{1,2}[-/.]\d{1,2}[-/.]\d{5,}[:.]\d{2}\S*)$/u;

// "18februari 2023-Factuurnr.:F2023…", "25februari2023-Ordernummer:": a date's year with the next part of a meta row
// run on after a separator the reader took for a dash or full stop, or lost ("31/08/2025DueDate:"); the next label
// may start with a number sign ("14-01-2025-N.ºcliente:").
// A date printed year first ends with its day: "2024-12-03.Factuurnummer:"; the separator may be read as a colon
// ("04/21/2023:Payment").
const NEXT_PART_AFTER_YEAR =
  /^(.*?(?:(?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}))(?:[-.:](?:\p{Lu}\p{Ll}{3,}|N[.°º])|\p{Lu}\p{Ll}{2,})/u;

// "factura13" before "de septiembre de 2023": a label of letters with a written-out date's day run on.
const LABEL_THEN_DAY = /^(\p{L}{4,}[:.]?)(\d{1,2})$/u;
// "13 de septiembre de 2023": a written-out date's words after its day.
const MAX_DATE_WORDS = 4;

/**
 * "Fecha de factura13 de septiembre de 2023": a label's last word with the day of the written-out date after it run
 * on, split into the label and the day; `after` are the words that follow it on the row.
 */
export function splitGluedDay<T extends TWord>(word: T, after: TWord[]): T[] {
  const match = LABEL_THEN_DAY.exec(word.text);
  if (!match) return [word];
  for (let count = 1; count <= Math.min(MAX_DATE_WORDS, after.length); count++) {
    const date = [match[2], ...after.slice(0, count).map((next) => next.text)].join(" ");
    if (parseDate(date)?.format === "text") return splitWordAt(word, match[1].length);
  }
  return [word];
}

// "date" "e2024-06-18", "emissione" "e14aprile2024": a scan's reader read the last letter of a label again, at the
// start of the date after it.
const ECHOED_LETTER = /^(\p{Ll})(?=\d)/u;

/** The word without a small letter that repeats the end of the word before it, where the rest is a date. */
export function withoutEchoedLetter<T extends TWord>(word: T, previous: TWord | undefined): T {
  const letter = ECHOED_LETTER.exec(word.text)?.[1];
  if (!letter || !previous?.text.endsWith(letter) || !parseDate(word.text.slice(1))) return word;
  return splitWordAt(word, 1)[1];
}

const DATE_THEN_WORD = /^(\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\p{Ll}{2,}$/u;

/** The word, or its label, its date and the next part run on after it as separate words, each with its share of the box. */
export function splitGluedDate<T extends TWord>(word: T): T[] {
  // "28/09/2025over": the sentence's next word run on after a whole numeric date.
  const tail = DATE_THEN_WORD.exec(word.text);
  if (tail && parseDate(tail[1])) return splitWordAt(word, tail[1].length);
  const next = NEXT_PART_AFTER_YEAR.exec(word.text);
  if (next) {
    const [head, tail] = splitWordAt(word, next[1].length);
    const parts = splitLabelAndDate(head);
    // Only after a year alone or a whole date: "FA-2023-Rechnung" is an id's.
    const date = parts[parts.length - 1].text;
    if (/^\d{4}$/.test(date) || parseDate(date)) return [...parts, tail];
  }
  return splitLabelAndDate(word);
}

function splitLabelAndDate<T extends TWord>(word: T): T[] {
  const match = GLUED.exec(word.text);
  if (!match) {
    // "Dt28/10/20186:36": the time run on too, which the date parser takes off.
    const withTime = LABEL_DATE_TIME.exec(word.text);
    return withTime && parseDate(withTime[2]) ? splitWordAt(word, withTime[1].length) : [word];
  }
  const [, label, date] = match;
  // One letter alone is as likely part of an id ("A12-03-2019") as a label.
  if (label.replace(/[:.]/g, "").length < 2 && !/[:.]$/.test(label)) return [word];
  if (!parseDate(date)) return [word];
  return splitWordAt(word, label.length);
}
