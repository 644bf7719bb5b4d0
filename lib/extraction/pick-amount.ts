// Reads an amount from the words after a label. Amounts may be split across words ("RM 12.50",
// "4 200,00 €"); a number followed by "%" is a rate, not an amount. When some amounts have cents,
// bare integers (counts, years, watermark text) are ignored. Totals take the last of the first run
// of amounts ("Total 78.30 4.70 83.00" in a tax summary ends with the gross amount).

import { charWidth } from "./box-geometry";
import type { TPlacedWord } from "./page-rows";
import { parseNumber, type TParsedNumber } from "./parse-number";

export type TAmountPick = { words: TPlacedWord[]; parsed: TParsedNumber };

type TFound = TAmountPick & { start: number; end: number };

const CURRENCY_WORD = /^(?:[$€£¥₹₩₽]|rm|myr|usd|eur|gbp|chf|sgd|aud|cad|inr|jpy|cny|hkd|rs\.?|rp)$/i;
const FILLER_WORD = /^[:#=\-–.*]+$/;

export function pickAmount(words: TPlacedWord[], which: "first" | "last"): TAmountPick | null {
  const all: TFound[] = [];
  for (let i = 0; i < words.length; ) {
    const found = amountAt(words, i);
    if (found) all.push({ ...found, start: i, end: i + found.words.length });
    i += found ? found.words.length : 1;
  }
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

/** The longest amount starting at words[start], or null. */
function amountAt(words: TPlacedWord[], start: number): TAmountPick | null {
  for (let length = Math.min(3, words.length - start); length >= 1; length--) {
    const slice = words.slice(start, start + length);
    if (!tightlySpaced(slice)) continue;
    const parsed = parseNumber(slice.map((word) => word.text).join(" "));
    if (!parsed) continue;
    if (words[start + length]?.text.startsWith("%")) return null;
    return { words: slice, parsed };
  }
  return null;
}

/**
 * Words join into one amount only when a currency sign is one of them or the gap between digit
 * groups is narrower than a character ("4 200,00"); "1 200.00" in a receipt row is a quantity and a price.
 */
function tightlySpaced(words: TPlacedWord[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (CURRENCY_WORD.test(words[i].text) || CURRENCY_WORD.test(words[i - 1].text)) continue;
    const gap = words[i].box.x0 - words[i - 1].box.x1;
    if (gap > 0.6 * Math.min(charWidth(words[i]), charWidth(words[i - 1]))) return false;
  }
  return true;
}
