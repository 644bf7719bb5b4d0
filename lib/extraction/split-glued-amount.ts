// A scan's reader drops the space between a label and its amount: "Totalenetto2.907,40", "IVA 22%639,63",
// "Totale:1.234,56", "VAT (20%)994.70". Read as one word, the label is not found and the amount not parsed; split, both are.

import type { TWord } from "@/lib/layout/types";
import { parseNumber } from "./parse-number";
import { splitWordAt } from "./split-word";

// A word of four letters or more, or a percentage or colon, then an amount with two decimals ending the word.
// Currency codes and signs glued to an amount ("RM12.50", "EUR5,00") are left whole: the amount parser reads them.
// "Btw21%0ver5.261,25": the word before the amount may have its o read as a zero.
// "Invoicetotal3767.97USD": a currency code or sign glued after the amount stays with it; "SalesTax6.25%:USD86.25":
// one glued after a label's colon, before it; "VAT20%GBP305.58": or after a rate.
const GLUED =
  /^(.*(?:\p{L}{4}|[06]\p{L}{3}|%\)?|:))((?:(?<=[:%])(?:[A-Z]{3}|[€$£]))?[-–]?\d{1,3}(?:[.,'’]?\d{3})*[.,]\d{2}(?:[A-Z]{3}|[€$£])?)$/u;

// "115,9024,34USD": a base and its tax run together; each has cents, so the first ends two digits after its mark.
const TWO_AMOUNTS = /^(\d{1,3}(?:[.,]\d{3})*([.,])\d{2})(\d{1,3}(?:[.,]\d{3})*([.,])\d{2}(?:[A-Z]{3}|[€$£])?)$/u;

const ONE_AMOUNT_IN_GROUPS = /^\d{1,3}(?:[.,]\d{3})+[.,]\d{2}(?:[A-Z]{3}|[€$£])?$/;

/** The word, or its label and its amount (or its two amounts) as two words, each with its share of the box. */
export function splitGluedAmount<T extends TWord>(word: T): T[] {
  const match = GLUED.exec(word.text);
  if (match) return splitWordAt(word, match[1].length);
  // "1,234.56" stays whole: one amount's two marks differ, two amounts of one page share their decimal mark. So does
  // "5.566.60", one amount in thousands groups whose decimal comma the reader took for a point.
  const pair = TWO_AMOUNTS.exec(word.text);
  return pair && pair[2] === pair[4] && !ONE_AMOUNT_IN_GROUPS.test(word.text) ? splitWordAt(word, pair[1].length) : [word];
}

// "21%btwEUR 1.496,75": a currency code glued after the label, its amount the next word.
const GLUED_CODE = /^(.*[\p{L}%.])(EUR|USD|GBP|CHF)$/u;

/**
 * The word, or its label and the currency code glued after it as two words, when the next word is an amount with
 * cents: "BTWEUR 1.496,75" is "BTW EUR", but "VENDEUR" (no amount after it) stays whole.
 */
export function splitGluedCurrencyCode<T extends TWord>(word: T, next: TWord | undefined): T[] {
  const match = GLUED_CODE.exec(word.text);
  if (!match || match[1].replace(/[^\p{L}]/gu, "").length < 2 || !next || parseNumber(next.text)?.decimals !== 2) return [word];
  return splitWordAt(word, match[1].length);
}
