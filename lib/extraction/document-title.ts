// A document's title printed on the letterhead's line ("Amazon Web Services Invoice", "FACTURE n°INV-2023-1753
// Menuiserie Chevalier S.A."): the title, its number sign and number are no part of the seller's name.

import { tokenize } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";

export const DOCUMENT_WORDS = new Set(
  "tax invoice receipt original copy duplicate reprint posted simplified cash official rechnung facture factura fattura factuur faktura bill".split(
    " ",
  ),
);
const NUMBER_SIGN_WORD = /^(?:n[°º.]|no\.?|nr\.?|#)$/i;
const GLUED_NUMBER = /^(?:n[°º]|no\.|nr\.|#)\S*\d/i;

/** "Amazon Web Services Invoice" → "Amazon Web Services": a title printed beside the name. */
export function withoutDocumentWords(words: TPlacedWord[]): TPlacedWord[] {
  // "FACTURAN°25/0122": the title glued to its number sign and number is the title too.
  const gluedTitle = (word: TPlacedWord) => {
    const title = /^(\p{L}{4,}?)(?:n[°º]|no\.|nr\.|#)/iu.exec(word.text);
    return title !== null && DOCUMENT_WORDS.has(tokenize(title[1]).join(" "));
  };
  // "lnvoice": a capital I the reader took for an l.
  const isTitle = (token: string) => DOCUMENT_WORDS.has(token) || DOCUMENT_WORDS.has(token.replace(/^l/, "i"));
  const isDocumentWord = (word: TPlacedWord) => tokenize(word.text).every(isTitle) || gluedTitle(word);
  let [start, end] = [0, words.length];
  while (start < end && isDocumentWord(words[start])) start++;
  // "Factura Nº 25/0721  GN Gráficas del Norte S.L.U.", "FACTURE n°INV-2023-1753": the title's number sign and
  // number go with it; "Invoice no. Sl-" over "3166": or the number's start, its end wrapped.
  if (start > 0 && start + 1 < end && NUMBER_SIGN_WORD.test(words[start].text) && /\d|-$/.test(words[start + 1].text)) start += 2;
  else if (start > 0 && start < end && GLUED_NUMBER.test(words[start].text)) start++;
  while (end > start && isDocumentWord(words[end - 1])) end--;
  return words.slice(start, end);
}
