// Scoring for the extraction benchmark: how a predicted field value is compared with the truth,
// whether a truth value can be found in a document's page text at all (OCR recoverability), and
// the aggregate tables (P/R/F1 per field, reliability by confidence bin). Pure functions, no I/O.

import { editDistance, foldText, squash } from "@/lib/extraction/normalize-text";
import { parseDate } from "@/lib/extraction/parse-date";
import { parseNumber } from "@/lib/extraction/parse-number";

export type TFieldType = "text" | "number" | "date";
export type TComparison = "number" | "date" | "text" | "fuzzy";

/** Names and addresses are compared fuzzily: normalized edit distance at most this… */
export const FUZZY_MAX_DISTANCE = 0.1;
/** …or word sets this similar (Jaccard), so reordered parts ("20 DE 80333 München" for "20, 80333 München, DE") match. */
export const FUZZY_MIN_TOKEN_OVERLAP = 0.9;
export const AMOUNT_TOLERANCE = 0.01;

export const MATCH_RULES = [
  `number fields: |predicted - truth| <= ${AMOUNT_TOLERANCE}`,
  "date fields: both parsed to a calendar date (truth as YYYYMMDD, ISO or the document's own format; a day/month-ambiguous truth such as 12-01-19 accepts either reading)",
  "text fields: equal after lowercasing, removing diacritics and dropping every character that is not a letter or digit",
  `keys ending in _name or _address: the same normalization, then Levenshtein distance / length of the longer string <= ${FUZZY_MAX_DISTANCE}, ` +
    `or else the word sets (lowercased, letters and digits) have Jaccard overlap >= ${FUZZY_MIN_TOKEN_OVERLAP}`,
];

const DATE_KEY = /(^|_)(date|day)(_|$)/;
const NUMBER_KEY = /(^|_)(amount|total|subtotal|net|tax|balance|price|sum)(_|$)/;
const FUZZY_KEY = /_(name|address)$/;

/** date / number when the key says so and every truth value parses as one; else text. */
export function inferFieldType(key: string, values: string[]): TFieldType {
  if (DATE_KEY.test(key) && values.every((value) => truthDates(value).length > 0)) return "date";
  if (NUMBER_KEY.test(key) && !/_id$/.test(key) && values.every((value) => truthNumber(value) !== null)) return "number";
  return "text";
}

/** The benchmark's schema: the truth's keys in first-seen order, each typed from its name and values. */
export function buildBenchFields(truth: Record<string, { fields: Record<string, string | number> }>) {
  const values = new Map<string, string[]>();
  for (const entry of Object.values(truth)) {
    for (const [key, value] of Object.entries(entry.fields)) {
      if (!values.has(key)) values.set(key, []);
      values.get(key)!.push(String(value));
    }
  }
  const types: Record<string, TFieldType> = {};
  for (const [key, list] of values) types[key] = inferFieldType(key, list);
  const fields = [...values.keys()].map((key) => ({ key, name: fieldName(key), type: types[key] }));
  return { fields, types };
}

export function comparisonFor(key: string, type: TFieldType): TComparison {
  if (type !== "text") return type;
  return FUZZY_KEY.test(key) ? "fuzzy" : "text";
}

/** "vendor_name" → "Vendor Name". */
export function fieldName(key: string): string {
  return key
    .split("_")
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(" ");
}

export function truthNumber(value: string): number | null {
  const parsed = parseNumber(value);
  if (parsed) return parsed.value;
  const plain = Number(value.trim());
  return value.trim() !== "" && Number.isFinite(plain) ? plain : null;
}

/** Every ISO date the truth may mean: one, or two when day and month could be swapped. */
export function truthDates(value: string): string[] {
  const parsed = parseDate(value);
  if (!parsed) return [];
  if (!parsed.ambiguous) return [parsed.iso];
  const [year, month, day] = parsed.iso.split("-");
  return [parsed.iso, `${year}-${day}-${month}`];
}

export function normalizedDistance(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : editDistance(a, b) / longer;
}

/** Is the predicted value (normalized_value, falling back to value) the truth? */
export function isMatch(comparison: TComparison, predicted: { value: string | null; normalized: unknown }, truth: string): boolean {
  if (predicted.value === null && predicted.normalized === null) return false;
  switch (comparison) {
    case "number": {
      const expected = truthNumber(truth);
      const actual =
        typeof predicted.normalized === "number" ? predicted.normalized : truthNumber(String(predicted.normalized ?? predicted.value));
      return expected !== null && actual !== null && Math.abs(actual - expected) <= AMOUNT_TOLERANCE + 1e-9;
    }
    case "date": {
      const actual = parseDate(String(predicted.normalized ?? predicted.value))?.iso;
      return actual !== undefined && truthDates(truth).includes(actual);
    }
    case "text":
      return squash(String(predicted.normalized ?? predicted.value)) === squash(truth);
    case "fuzzy": {
      const text = String(predicted.normalized ?? predicted.value);
      const [actual, expected] = [squash(text), squash(truth)];
      if (actual.length === 0) return false;
      return normalizedDistance(actual, expected) <= FUZZY_MAX_DISTANCE || tokenOverlap(text, truth) >= FUZZY_MIN_TOKEN_OVERLAP;
    }
  }
}

function wordSet(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

/** Jaccard overlap of the two texts' word sets. */
export function tokenOverlap(a: string, b: string): number {
  const [left, right] = [wordSet(a), wordSet(b)];
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Smallest edit distance between `needle` and any substring of `haystack` (Sellers' algorithm). */
export function substringDistance(needle: string, haystack: string): number {
  let previous = new Array<number>(haystack.length + 1).fill(0);
  for (let i = 1; i <= needle.length; i++) {
    const current = [i];
    for (let j = 1; j <= haystack.length; j++) {
      const cost = needle[i - 1] === haystack[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return Math.min(...previous);
}

/** Runs of 1–4 consecutive tokens of the page text (split at whitespace, and at ":" so "Date:25/12/2018" yields the date). */
function tokenWindows(text: string): string[] {
  const windows: string[] = [];
  for (const line of text.split(/\n/)) {
    const tokens = line.split(/[\s:]+/).filter(Boolean);
    for (let start = 0; start < tokens.length; start++) {
      for (let size = 1; size <= 4 && start + size <= tokens.length; size++) windows.push(tokens.slice(start, start + size).join(" "));
    }
  }
  return windows;
}

/** Normalized-text tokens joined by single spaces, padded, for whole-token lookups. */
function spacedTokens(text: string): string {
  return ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

/**
 * Can the truth be read from the page text at all? Numbers and dates: some run of 1–4 tokens parses
 * to it (amounts by absolute value, since credit notes print "8,79" for -8.79). Text: its normalized
 * form occurs in the normalized page text (as whole tokens when shorter than 4 characters).
 * Names and addresses: some substring is within the fuzzy distance, or every word of the truth is a word of the page.
 */
export function isRecoverable(comparison: TComparison, truth: string, pageText: string): boolean {
  switch (comparison) {
    case "number": {
      const expected = truthNumber(truth);
      if (expected === null) return false;
      return tokenWindows(pageText).some((window) => {
        const parsed = parseNumber(window);
        return parsed !== null && Math.abs(Math.abs(parsed.value) - Math.abs(expected)) <= AMOUNT_TOLERANCE + 1e-9;
      });
    }
    case "date": {
      const expected = truthDates(truth);
      return tokenWindows(pageText).some((window) => {
        const iso = parseDate(window)?.iso;
        return iso !== undefined && expected.includes(iso);
      });
    }
    case "text": {
      const expected = squash(truth);
      if (expected.length === 0) return false;
      if (expected.length < 4) return spacedTokens(pageText).includes(spacedTokens(truth));
      return squash(pageText).includes(expected);
    }
    case "fuzzy": {
      const expected = squash(truth);
      if (expected.length === 0) return false;
      if (substringDistance(expected, squash(pageText)) <= Math.floor(FUZZY_MAX_DISTANCE * expected.length)) return true;
      const pageWords = wordSet(pageText);
      return [...wordSet(truth)].every((word) => pageWords.has(word));
    }
  }
}

export type TScoredField = {
  file: string;
  key: string;
  truth: string;
  value: string | null;
  normalized: unknown;
  confidence: number;
  predicted: boolean;
  correct: boolean;
  recoverable: boolean;
  /** Which reader produced the value (layout, einvoice, ai), when the API says. */
  source?: string | null;
};

export type TFieldScore = {
  key: string;
  type: TFieldType;
  comparison: TComparison;
  truths: number;
  predictions: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  recoverable: number;
  recoverability: number;
};

export function f1Of(correct: number, predictions: number, truths: number) {
  const precision = predictions === 0 ? 0 : correct / predictions;
  const recall = truths === 0 ? 0 : correct / truths;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoreFields(scored: TScoredField[], types: Record<string, TFieldType>): TFieldScore[] {
  const keys = [...new Set(scored.map((item) => item.key))].sort();
  return keys.map((key) => {
    const items = scored.filter((item) => item.key === key);
    const truths = items.length;
    const predictions = items.filter((item) => item.predicted).length;
    const correct = items.filter((item) => item.correct).length;
    const recoverable = items.filter((item) => item.recoverable).length;
    const type = types[key] ?? "text";
    return {
      key,
      type,
      comparison: comparisonFor(key, type),
      truths,
      predictions,
      correct,
      ...f1Of(correct, predictions, truths),
      recoverable,
      recoverability: truths === 0 ? 0 : recoverable / truths,
    };
  });
}

export function microScore(scored: TScoredField[]) {
  const truths = scored.length;
  const predictions = scored.filter((item) => item.predicted).length;
  const correct = scored.filter((item) => item.correct).length;
  const recoverable = scored.filter((item) => item.recoverable).length;
  return {
    truths,
    predictions,
    correct,
    ...f1Of(correct, predictions, truths),
    recoverable,
    recoverability: truths ? recoverable / truths : 0,
  };
}

export const CONFIDENCE_BINS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 0.95],
  [0.95, 1],
];

export type TReliabilityRow = {
  from: number;
  to: number;
  count: number;
  correct: number;
  accuracy: number | null;
  meanConfidence: number | null;
};

/** Predictions (non-null values) by confidence bin: [from, to), the last bin including 1. */
export function reliabilityTable(scored: TScoredField[]): TReliabilityRow[] {
  const predicted = scored.filter((item) => item.predicted);
  return CONFIDENCE_BINS.map(([from, to], index) => {
    const last = index === CONFIDENCE_BINS.length - 1;
    const items = predicted.filter((item) => item.confidence >= from && (last ? item.confidence <= to : item.confidence < to));
    const correct = items.filter((item) => item.correct).length;
    return {
      from,
      to,
      count: items.length,
      correct,
      accuracy: items.length ? correct / items.length : null,
      meanConfidence: items.length ? items.reduce((sum, item) => sum + item.confidence, 0) / items.length : null,
    };
  });
}

/** Accuracy of the predictions at or above a confidence threshold. */
export function accuracyAtOrAbove(scored: TScoredField[], threshold: number) {
  const items = scored.filter((item) => item.predicted && item.confidence >= threshold);
  const correct = items.filter((item) => item.correct).length;
  return { count: items.length, correct, accuracy: items.length ? correct / items.length : null };
}
