// Is a ground-truth value present in OCR text? Used by the OCR recoverability benchmark.
// Text (names, addresses, ids): case-folded, punctuation removed, whitespace collapsed, then a substring test.
// Dates: any date printed in the text that parses to the same day. Amounts: any number in the text with the same value.

import { foldText } from "@/lib/extraction/normalize-text";
import { parseDate } from "@/lib/extraction/parse-date";
import { parseNumber } from "@/lib/extraction/parse-number";

export type TFieldKind = "text" | "date" | "amount";

/** How a field is compared: by its name (`*date*` → date, `*amount*` → amount, else text). */
export function fieldKind(key: string): TFieldKind {
  if (/date/.test(key)) return "date";
  if (/amount|total/.test(key)) return "amount";
  return "text";
}

export function normalizeForMatch(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const DATE_CANDIDATES = [
  /\d{1,4}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2,4}/g,
  /\d{1,2}(?:st|nd|rd|th)?[\s\-/.]*[a-z]{3,9}\.?,?[\s\-/.]*\d{2,4}/gi,
  /[a-z]{3,9}\.?[\s\-/.]*\d{1,2}(?:st|nd|rd|th)?[\s,\-/.]+\d{4}/gi,
  /\b\d{8}\b/g,
];

/** ISO dates of everything in the text that reads as a date. */
export function findDates(text: string): Set<string> {
  const found = new Set<string>();
  for (const pattern of DATE_CANDIDATES) {
    for (const match of text.matchAll(pattern)) {
      const parsed = parseDate(match[0].replace(/\s+/g, match[0].match(/[a-z]/i) ? " " : ""));
      if (parsed) found.add(parsed.iso);
    }
  }
  return found;
}

/** Values of every number in the text ("RM 1,234.50" → 1234.5). */
export function findAmounts(text: string): number[] {
  const values: number[] = [];
  for (const match of text.matchAll(/\d[\d,.]*\d|\d/g)) {
    const parsed = parseNumber(match[0]);
    if (parsed) values.push(parsed.value);
  }
  return values;
}

export type TPageIndex = { text: string; dates: Set<string>; amounts: number[] };

export function indexPageText(text: string): TPageIndex {
  return { text: ` ${normalizeForMatch(text)} `, dates: findDates(text), amounts: findAmounts(text) };
}

export function isRecoverable(index: TPageIndex, key: string, expected: string): boolean {
  const kind = fieldKind(key);
  const normalized = normalizeForMatch(expected);
  if (kind === "date") {
    const iso = parseDate(expected)?.iso;
    if (iso && index.dates.has(iso)) return true;
  }
  if (kind === "amount") {
    const value = parseNumber(expected)?.value;
    if (value !== undefined && index.amounts.some((found) => Math.abs(found - value) < 0.005)) return true;
  }
  // Verbatim (normalized) presence counts for every kind: "12-01-19" or "RM 9.00" as printed.
  return normalized !== "" && index.text.includes(` ${normalized} `);
}
