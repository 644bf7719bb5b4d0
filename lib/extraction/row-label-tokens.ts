// A row's words as the tokens labels are matched against, each with the index of the word it came from: split where a
// scan's reader glued a label to its number, rate or next word, and mended where it lost a number sign.

import { tokenize, withLostNumberSign } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";
import { splitGluedNumber, splitGluedRate, splitNumberBeforeLabel } from "./split-glued-label";
import { isInCapitals, splitGluedLabelWords } from "./split-glued-label-words";

export type TRowToken = { token: string; word: number };

/** `gluedPairs`: words of the field's labels the reader ran together, and the words they are. */
export function rowLabelTokens(row: TPlacedWord[], gluedPairs: Map<string, string[]>): TRowToken[] {
  return row.flatMap((word, index) =>
    (
      splitGluedNumber(word.text) ??
      splitGluedRate(word.text) ??
      splitNumberBeforeLabel(word.text) ?? [withLostNumberSign(word.text, row[index + 1]?.text)]
    )
      .flatMap(tokenize)
      .flatMap(withoutGluedRate)
      // "TOTALSALES": only in capitals; "Klantnummer", "Lieferdatum" are words of their own.
      .flatMap((token) => (isInCapitals(word.text) ? splitGluedLabelWords(token) : [token]))
      // "Fechade emision", "Datelimitedepaiement": words of one of the field's labels the reader ran together.
      .flatMap((token) => gluedPairs.get(token) ?? [token])
      .map((token) => ({ token, word: index })),
  );
}

/** "BTW21%", "IVA22%", French "TVAa20%" ("TVA à 20%"): a scan's reader glued the tax label to its rate; the label is the letters. */
export function withoutGluedRate(token: string): string[] {
  // "TVAa 20%": the "à" run on to the label, the rate apart.
  if (token === "tvaa") return ["tva", "a"];
  const match = /^(\p{L}{2,}?)(a?)(\d{1,2}(?:[.,]\d+)?%)$/u.exec(token);
  if (!match) return [token];
  return match[2] && match[1] === "tva" ? [match[1], match[2], match[3]] : [match[1] + match[2], match[3]];
}
