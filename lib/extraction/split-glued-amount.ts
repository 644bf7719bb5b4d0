// A scan's reader drops the space between a label and its amount: "Totalenetto2.907,40", "IVA 22%639,63",
// "Totale:1.234,56", "VAT (20%)994.70". Read as one word, the label is not found and the amount not parsed; split, both are.

import type { TWord } from "@/lib/layout/types";
import { splitWordAt } from "./split-word";

// A word of four letters or more, or a percentage or colon, then an amount with two decimals ending the word.
// Currency codes and signs glued to an amount ("RM12.50", "EUR5,00") are left whole: the amount parser reads them.
// "Btw21%0ver5.261,25": the word before the amount may have its o read as a zero.
// "Invoicetotal3767.97USD": a currency code or sign glued after the amount stays with it; "SalesTax6.25%:USD86.25":
// one glued after a label's colon, before it.
const GLUED =
  /^(.*(?:\p{L}{4}|[06]\p{L}{3}|%\)?|:))((?:(?<=:)(?:[A-Z]{3}|[€$£]))?[-–]?\d{1,3}(?:[.,'’]?\d{3})*[.,]\d{2}(?:[A-Z]{3}|[€$£])?)$/u;

/** The word, or its label and its amount as two words, each with its share of the box. */
export function splitGluedAmount<T extends TWord>(word: T): T[] {
  const match = GLUED.exec(word.text);
  if (!match) return [word];
  return splitWordAt(word, match[1].length);
}
