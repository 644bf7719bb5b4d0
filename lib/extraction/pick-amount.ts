// Reads an amount from the words after a label. Amounts may be split across words ("RM 12.50",
// "4 200,00 €"); a number followed by "%" is a rate, not an amount. When some amounts have cents,
// bare integers (counts, years, watermark text) are ignored. Totals take the last of the first run
// of amounts ("Total 78.30 4.70 83.00" in a tax summary ends with the gross amount).

import { charWidth } from "./box-geometry";
import { parseColonAmount } from "./misread-amount";
import type { TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";
import { parseNumber, type TParsedNumber } from "./parse-number";

export type TAmountPick = { words: TPlacedWord[]; parsed: TParsedNumber };

type TFound = TAmountPick & { start: number; end: number };

const CURRENCY_WORD = /^(?:[$€£¥₹₩₽]|rm|myr|usd|eur|gbp|chf|sgd|aud|cad|inr|jpy|cny|hkd|rs\.?|rp)$/i;
// A sign or code the reader glued to a digit group ("EUR2 723,53", "2 873,95EUR").
const GLUED_SIGN = "(?:[$€£]|eur|gbp|chf|usd)";
const LEADING_ZERO_GROUP = /^0\d{2}(?:[.,]\d{1,2})?$/;
// "3 615,84": three digits and decimal-comma cents after a short group are its thousands; spaces group thousands
// where the comma is the decimal mark (French, Nordic, Polish…), and a proportional font spaces the groups about a
// digit apart ("9 933,95€" too). A receipt's "1 200.00" (quantity, price) has a decimal point.
const COMMA_CENTS_GROUP = new RegExp(`^\\d{3},\\d{2}${GLUED_SIGN}?$`, "i");
const SHORT_FIRST_GROUP = new RegExp(`^-?${GLUED_SIGN}?\\d{1,3}$`, "i");
const POINT_CENTS_GROUP = /^\d{3}\.\d{2}$/;
const FILLER_WORD = /^[:#=\-–.*]+$/;

/** The first or last amount of a run of words; `before` is the word ahead of them (a label's last word), if any. */
export function pickAmount(words: TPlacedWord[], which: "first" | "last", before?: TPlacedWord): TAmountPick | null {
  const all = findAmounts(words, before);
  const money = all.filter((found) => found.parsed.decimals === 2);
  const candidates = money.length > 0 ? money : all;
  if (candidates.length === 0 || which === "first") return candidates[0] ?? null;
  let last = candidates[0];
  for (const next of candidates.slice(1)) {
    // Only currency signs and fillers may sit between amounts of one run.
    if (!words.slice(last.end, next.start).every((word) => CURRENCY_WORD.test(word.text) || FILLER_WORD.test(word.text))) break;
    last = next;
  }
  return last;
}

/** Every amount in a run of words, left to right, each as long as it can be. */
export function findAmounts(words: TPlacedWord[], before?: TPlacedWord): TFound[] {
  const all: TFound[] = [];
  for (let i = 0; i < words.length; ) {
    // "bis zum 7. Januar 2026": a written-out date's day is no amount.
    const date = writtenDateLength(words, i);
    if (date > 0) {
      i += date;
      continue;
    }
    const found = amountAt(words, i, words[i - 1] ?? before);
    if (found) all.push({ ...found, start: i, end: i + found.words.length });
    i += found ? found.words.length : 1;
  }
  return all;
}

/** How many words from words[start] spell a date with its month's name ("7. Januar 2026"), else 0. */
function writtenDateLength(words: TPlacedWord[], start: number): number {
  if (!/^\d{1,2}\.?$/.test(words[start].text) || !/^\p{L}{3,}/u.test(words[start + 1]?.text ?? "")) return 0;
  const text = (length: number) =>
    words
      .slice(start, start + length)
      .map((word) => word.text)
      .join(" ");
  return [3, 2].find((length) => start + length <= words.length && parseDate(text(length))?.format === "text") ?? 0;
}

/** The longest amount starting at words[start], or null. */
function amountAt(words: TPlacedWord[], start: number, before: TPlacedWord | undefined): TAmountPick | null {
  for (let length = Math.min(3, words.length - start); length >= 1; length--) {
    const slice = words.slice(start, start + length);
    const parsed = (tightlySpaced(slice, before) && parseNumber(slice.map((word) => word.text).join(" "))) || readMisprintedAmount(slice);
    if (!parsed) continue;
    if (words[start + length]?.text.startsWith("%")) return null;
    return { words: slice, parsed };
  }
  return salvageAmount(words[start]) ?? colonForPoint(words[start]);
}

/** "TOTAL (RM) 216:30": a receipt's decimal point read as a colon, where the digits can't be an hour. */
function colonForPoint(word: TPlacedWord | undefined): TAmountPick | null {
  const value = word ? parseColonAmount(word.text) : null;
  return word && value !== null ? { words: [word], parsed: { value, decimals: 2, misread: true } } : null;
}

/**
 * OCR breaks "152.00" into "152." and "00" across a gap; two words like that are one amount with cents. A thousands
 * group may stand before them a word space apart ("1 116, 46" for "1 116,46").
 */
function readMisprintedAmount(words: TPlacedWord[]): TParsedNumber | null {
  if (words.length === 3 && /^\d{1,3}$/.test(words[0].text) && /^\d{3}[.,]$/.test(words[1].text)) {
    const rest = readMisprintedAmount(words.slice(1));
    const gap = words[1].box.x0 - words[0].box.x1;
    if (!rest || gap > 1.5 * Math.min(charWidth(words[0]), charWidth(words[1]))) return null;
    const parsed = parseNumber(`${words[0].text} ${words[1].text}${words[2].text}`);
    return parsed && parsed.decimals === 2 ? { ...parsed, misread: true } : null;
  }
  if (words.length !== 2 || !/\d[.,]$/.test(words[0].text) || !/^\d{2}$/.test(words[1].text)) return null;
  const gap = words[1].box.x0 - words[0].box.x1;
  if (gap > 2 * Math.min(charWidth(words[0]), charWidth(words[1]))) return null;
  const parsed = parseNumber(words[0].text + words[1].text);
  return parsed && parsed.decimals === 2 ? { ...parsed, misread: true } : null;
}

/**
 * OCR misreads the currency glued to an amount ("RrM28.05", "RN12.00"): letters before an amount with cents
 * are dropped, and an O inside the amount is a zero ("RMO.02"). Only amounts with cents qualify, so words such as "A4" or "Room12" stay what they are.
 */
function salvageAmount(word: TPlacedWord | undefined): TAmountPick | null {
  const match = word && /^([a-z]{1,4}?)([\do][\d,.o]*[.,][\do]{2})$/i.exec(word.text.replace(/[.:;,]+$/, ""));
  // The letter O read for a zero, in the amount part only: "RMO.02" is 0.02.
  const digits = match?.[2].replace(/o/gi, "0");
  const parsed = digits && /\d/.test(match?.[2] ?? "") ? parseNumber(digits) : null;
  if (!word || !parsed || parsed.decimals !== 2) return null;
  // "EUR5.677,33": a currency code the reader glued on, read right, is no misreading.
  const misread = !(CURRENCY_WORD.test(match?.[1] ?? "") && digits === match?.[2]);
  return { words: [word], parsed: misread ? { ...parsed, misread } : parsed };
}

/**
 * Words join into one amount only when a currency sign is one of them or the gap between digit
 * groups is narrower than a character ("4 200,00"); "1 200.00" in a receipt row is a quantity and a price.
 */
function tightlySpaced(words: TPlacedWord[], before: TPlacedWord | undefined): boolean {
  for (let i = 1; i < words.length; i++) {
    if (CURRENCY_WORD.test(words[i].text) || CURRENCY_WORD.test(words[i - 1].text)) continue;
    const gap = words[i].box.x0 - words[i - 1].box.x1;
    const width = Math.min(charWidth(words[i]), charWidth(words[i - 1]));
    // "1 000,00": a group with a leading zero is never an amount of its own, so a word space may separate it.
    // "EUR 4 513.60" (printed so, or a scan's reader taking the comma for a point): after a currency sign the short
    // group is no quantity.
    // "Total hors taxes: 3 693.15": nor after a label's colon, where no quantity is printed. "€6 057,65": a sign glued
    // to the first group is no quantity either.
    const ahead = i >= 2 ? words[i - 2] : before;
    const noQuantityAhead =
      ahead !== undefined && (CURRENCY_WORD.test(ahead.text) || ahead.text.endsWith(":")) && POINT_CENTS_GROUP.test(words[i].text);
    const group =
      ((LEADING_ZERO_GROUP.test(words[i].text) || COMMA_CENTS_GROUP.test(words[i].text) || noQuantityAhead) &&
        SHORT_FIRST_GROUP.test(words[i - 1].text)) ||
      // "$4, 337.55": the thousands separator printed, the space a scan's reader's.
      (/^-?[$€£]?\d{1,3},$/.test(words[i - 1].text) && POINT_CENTS_GROUP.test(words[i].text)) ||
      (/^-?[$€£]?\d{1,3}\.$/.test(words[i - 1].text) && COMMA_CENTS_GROUP.test(words[i].text));
    if (gap > (group ? 1.5 : 0.6) * width) return false;
  }
  return true;
}
