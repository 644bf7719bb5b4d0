// Beside a "Bill to" heading, across the column gap, the meta column's label often starts the line:
// "FACTURER À   Date de facturation: 20/04/2024", "Bill to   Invoice # INV-2024-0419". Read as free text,
// the label's first words ("Date de", "Invoice") look like a name; they are no one's name.

import { charWidth } from "./box-geometry";
import { hasCompanySuffix } from "./company-suffix";
import { joinWords, type TPlacedWord } from "./page-rows";

// A number sign standing alone ends a label: "Invoice #", "Facture N°", "Order No.".
const NUMBER_SIGN = /^(?:#|n[°º]\.?|no\.|nr\.)$/i;
// Longer than this, the words before a colon are a sentence or a name followed by a label, not a label's head.
const MAX_LABEL_HEAD_WORDS = 3;

/**
 * True when the words, up to the first column gap, run into a colon or a number sign after at most three words that
 * carry no legal form: the words are the first part of a label ("Date de" of "Date de facturation:").
 */
export function isLabelHead(words: TPlacedWord[]): boolean {
  for (let index = 1; index < words.length && index <= MAX_LABEL_HEAD_WORDS; index++) {
    const previous = words[index - 1];
    const word = words[index];
    if (word.box.x0 - previous.box.x1 > 2.5 * Math.max(charWidth(word), charWidth(previous))) return false;
    if (word.text.endsWith(":") || NUMBER_SIGN.test(word.text)) return !hasCompanySuffix(joinWords(words.slice(0, index)));
  }
  return false;
}
