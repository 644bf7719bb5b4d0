// Checks a model's answer against the page: the value's words on the line the model cited (or
// anywhere else) give the value as printed, its page and box. A value printed nowhere is kept
// as inferred with a low confidence; a value that isn't of the field's type is dropped.

import type { TStoredField } from "@/db/schema";
import type { TPageLayout, TWord } from "@/lib/layout/types";
import { unionBoxes, verticalOverlap } from "../box-geometry";
import { normalizeFieldValue } from "../normalize-field-value";
import { comparableText, editDistance } from "../normalize-text";
import { parseDate } from "../parse-date";
import type { TExtractedField } from "../types";
import type { TAiAnswer } from "./build-output-schema";
import { parseLineId } from "./line-ids";

type TNormalized = string | number | boolean;
type TPlaced = TWord & { lineIndex: number };
type TMatchKind = "exact" | "close";
/** "longer" grows the window; "stop" means no longer window can match. */
type TMatcher = (words: TPlaced[]) => TMatchKind | "longer" | "stop";

/** Base confidence by how the value was found; the matched words' OCR confidence scales it. */
export const GROUNDING_CONFIDENCE: Record<TMatchKind, { citedLine: number; elsewhere: number }> = {
  exact: { citedLine: 0.95, elsewhere: 0.85 },
  close: { citedLine: 0.75, elsewhere: 0.65 },
};
/** A value the model gave that isn't printed anywhere (derived, or made up). */
export const INFERRED_CONFIDENCE = 0.4;
const MAX_TYPED_WORDS = 6;
/** How far before the cited line a value spanning lines may start. */
const MAX_LOOKBACK_WORDS = 30;

export function groundAiAnswer(field: TStoredField, answer: TAiAnswer | undefined, pages: TPageLayout[]): TExtractedField {
  const empty: TExtractedField = {
    key: field.key,
    value: null,
    normalizedValue: null,
    confidence: 0,
    wasInferred: false,
    page: null,
    bbox: null,
    source: "ai",
  };
  if (!answer || answer.value === null) return empty;
  const normalized = normalizeAnswer(field, answer.value);
  if (normalized === undefined) return empty;
  const answerText = String(answer.value).trim().replace(/\s+/g, " ");
  const match = findPrinted(field, normalized, answerText, pages, parseLineId(answer.line_id));
  if (!match) return { ...empty, value: answerText, normalizedValue: normalized, confidence: INFERRED_CONFIDENCE, wasInferred: true };
  const base = GROUNDING_CONFIDENCE[match.kind][match.isOnCitedLine ? "citedLine" : "elsewhere"];
  const ocr = match.words.reduce((sum, word) => sum + word.confidence, 0) / match.words.length;
  return {
    ...empty,
    // A close match (an OCR slip the model read through) keeps the model's spelling.
    value: match.kind === "exact" ? match.words.map((word) => word.text).join(" ") : answerText,
    normalizedValue: normalized,
    confidence: Math.round(base * ocr * 1000) / 1000,
    page: match.page,
    bbox: unionBoxes(match.words.map((word) => word.box)),
  };
}

/** The answer in the field's typed form, or undefined when it isn't a value of that type. */
function normalizeAnswer(field: TStoredField, value: string | number | boolean): TNormalized | undefined {
  if (typeof value === "number") return field.type === "number" && Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return field.type === "boolean" ? value : undefined;
  const normalized = normalizeFieldValue(field, value);
  return typeof normalized === "string" && field.type === "text" ? normalized.replace(/\s+/g, " ") : normalized;
}

type TMatch = { page: number; words: TPlaced[]; kind: TMatchKind; isOnCitedLine: boolean };

function findPrinted(
  field: TStoredField,
  normalized: TNormalized,
  answerText: string,
  pages: TPageLayout[],
  cited: { page: number; lineIndex: number } | null,
): TMatch | null {
  const matcher = field.type === "text" ? textMatcher(answerText) : typedMatcher(field, normalized);
  const sequences = pages.map((page) => ({
    page: page.page,
    words: page.lines.flatMap((line, lineIndex) =>
      line.words
        .filter((word) => word.text.trim())
        .map((word) => ({ ...word, text: word.text.trim(), lineIndex, confidence: page.source === "text_layer" ? 1 : word.confidence })),
    ),
  }));
  const citedPage = cited && pages.find((page) => page.page === cited.page);
  const citedLine = cited && citedPage?.lines[cited.lineIndex];
  if (citedPage && citedLine) {
    // OCR often splits a row into a label line and a value line: the cited line's whole row counts as cited.
    const row = new Set(citedPage.lines.flatMap((line, index) => (verticalOverlap(line.box, citedLine.box) >= 0.5 ? [index] : [])));
    const words = sequences.find((sequence) => sequence.page === citedPage.page)!.words;
    const first = words.findIndex((word) => row.has(word.lineIndex));
    const last = words.findLastIndex((word) => row.has(word.lineIndex));
    // Windows that touch the row: a value spanning lines may be cited by any of them.
    const onRow: TMatcher = (window) => {
      const verdict = matcher(window);
      return isFound(verdict) && !window.some((word) => row.has(word.lineIndex)) ? "longer" : verdict;
    };
    const found = first >= 0 ? scan(words, onRow, [first - MAX_LOOKBACK_WORDS, last + 1]) : null;
    if (found) return { page: citedPage.page, ...found, isOnCitedLine: true };
  }
  // Elsewhere, a yes/no or a one- or two-character value would match too many unrelated words to locate it.
  if (field.type === "boolean") return null;
  const substantial: TMatcher = (words) => {
    const verdict = matcher(words);
    return isFound(verdict) && comparableText(words.map((word) => word.text).join("")).length < 3 ? "longer" : verdict;
  };
  for (const sequence of sequences) {
    const found = scan(sequence.words, substantial);
    if (found) return { page: sequence.page, ...found, isOnCitedLine: false };
  }
  return null;
}

function isFound(verdict: ReturnType<TMatcher>): verdict is TMatchKind {
  return verdict === "exact" || verdict === "close";
}

/** The first exact window in reading order, else the first close one; windows grow from each start word until the matcher says stop. */
function scan(
  words: TPlaced[],
  matcher: TMatcher,
  starts: [number, number] = [0, words.length],
): { words: TPlaced[]; kind: TMatchKind } | null {
  let close: { words: TPlaced[]; kind: TMatchKind } | null = null;
  for (let start = Math.max(0, starts[0]); start < Math.min(words.length, starts[1]); start++) {
    for (let end = start + 1; end <= words.length; end++) {
      const window = words.slice(start, end);
      const verdict = matcher(window);
      if (verdict === "exact") return { words: window, kind: verdict };
      if (verdict === "close") close ??= { words: window, kind: verdict };
      if (verdict === "stop") break;
    }
  }
  return close;
}

/** Text: the same letters and digits; "close" for a word that contains the value, or an OCR slip or two. */
function textMatcher(answerText: string): TMatcher {
  const target = comparableText(answerText);
  const maxEdits = Math.floor(target.length / 8);
  return (words) => {
    if (!target) return "stop";
    const printed = comparableText(words.map((word) => word.text).join(""));
    if (printed === target) return "exact";
    if (words.length === 1 && target.length >= 4 && printed.includes(target)) return "close";
    if (maxEdits > 0 && Math.abs(printed.length - target.length) <= maxEdits && editDistance(printed, target, maxEdits) <= maxEdits) {
      return "close";
    }
    return printed.length > target.length + maxEdits ? "stop" : "longer";
  };
}

/** Typed values: a window of up to a few words that parses to the same value (4,200.00 = 4200, 15/11/2024 = 2024-11-15). */
function typedMatcher(field: TStoredField, expected: TNormalized): TMatcher {
  return (words) => {
    const text = words.map((word) => word.text).join(" ");
    const printed = normalizeFieldValue(field, text);
    const isSame =
      printed !== undefined &&
      (typeof printed === "number" && typeof expected === "number"
        ? Math.abs(printed - expected) < 0.005
        : printed === expected ||
          // 05/11/2024 reads as 5 November, but the model may rightly have read the American 11 May.
          (field.type === "date" && parseDate(text)?.ambiguous === true && swapDayMonth(String(printed)) === expected));
    if (isSame) return "exact";
    return words.length >= MAX_TYPED_WORDS ? "stop" : "longer";
  };
}

function swapDayMonth(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${year}-${day}-${month}`;
}
