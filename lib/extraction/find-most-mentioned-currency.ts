// Without a "Currency:" label, the invoice's currency is the one its amounts are printed in: the
// code or sign printed most often. A sign glued to a bare integer ("$60067") is as likely an OCR slip
// in a postcode or an id as money, so it counts for less than one beside an amount with cents.

import type { TPageRows, TPlacedWord } from "./page-rows";
import { parseCurrency } from "./parse-currency";
import { findAmounts } from "./pick-amount";
import { withoutMonogram } from "./without-monogram";

export type TCurrencyMentions = { code: string; word: TPlacedWord; page: number };

const DOUBTFUL_WEIGHT = 0.5;
// An amount printed in thousands groups spans this many words at most ("1 296 000,00").
const GROUPED_WORDS = 3;

export function findMostMentionedCurrency(pages: TPageRows[]): TCurrencyMentions | null {
  const mentions = new Map<string, TCurrencyMentions & { weight: number }>();
  for (const page of pages) {
    for (const word of page.words) {
      const currency = parseCurrency(word.text);
      if (!currency || isProvinceCode(word, page.rows[word.row]) || isMonogram(word, page.rows[word.row])) continue;
      const weight = isBesideMoney(word, page.rows[word.row]) ? 1 : DOUBTFUL_WEIGHT;
      const known = mentions.get(currency.code);
      if (known) known.weight += weight;
      else mentions.set(currency.code, { code: currency.code, word, page: page.page, weight });
    }
  }
  // The first printed wins a tie.
  return [...mentions.values()].reduce<(TCurrencyMentions & { weight: number }) | null>(
    (best, mention) => (!best || mention.weight > best.weight ? mention : best),
    null,
  );
}

/**
 * A code or sign glued to or beside an amount with cents, or standing alone ("Amounts in EUR"). Beside a round number
 * it is as likely a fee or the share capital in the legal small print ("indemnité … : 40 €", "Capital social 5 000 €")
 * as the invoice's money; glued to one ("$60067"), an OCR slip in a postcode or an id.
 */
function isBesideMoney(word: TPlacedWord, row: TPlacedWord[]): boolean {
  const hasCents = (text: string) => /\d[.,]\d{2}(?!\d)/.test(text);
  if (/\d/.test(word.text)) return hasCents(word.text);
  const at = row.indexOf(word);
  const neighbours = [row[at - 1], row[at + 1]].filter((neighbour) => neighbour !== undefined).map((neighbour) => neighbour.text);
  // "USD 1 296,60": the amount beside the code may be printed in groups, a word each.
  const after = findAmounts(row.slice(at + 1, at + 1 + GROUPED_WORDS))[0];
  const before = findAmounts(row.slice(Math.max(0, at - GROUPED_WORDS), at)).at(-1);
  const grouped = [after?.start === 0 ? after : null, before?.end === Math.min(at, GROUPED_WORDS) ? before : null];
  if (grouped.some((amount) => amount?.parsed.decimals === 2)) return true;
  return neighbours.some(hasCents) || !neighbours.some((text) => /^\d[\d.,]*[.,;:]?$/.test(text));
}

/**
 * "00184 Roma (RM)": an Italian province code after a postcode and city is no currency (RM, the ringgit). The
 * postcode may end a word: a scan's reader runs a one-line address together at its "·" ("26·00184 Roma (RM)").
 */
function isProvinceCode(word: TPlacedWord, row: TPlacedWord[]): boolean {
  if (!/^\([A-Z]{2}\)$/.test(word.text)) return false;
  return row.slice(0, row.indexOf(word)).some((before) => /(?:^|[^\p{L}\d.,])\d{5}$/u.test(before.text));
}

/** "RM  Rocky Mountain Analytics LLC": a logo's initials before the name they abbreviate are no currency (RM, the ringgit). */
function isMonogram(word: TPlacedWord, row: TPlacedWord[]): boolean {
  const after = row.slice(row.indexOf(word));
  return withoutMonogram(after).length < after.length;
}
