// Logos are often a monogram beside the company name ("GR  Gráficas Ruiz S.A.", "HM Harper Media Co."); read as
// one line, the initials would start the name.

import { foldText } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";

/** The words without a leading 2–3 capital letters that are the initials of the words after them. */
export function withoutMonogram(words: TPlacedWord[]): TPlacedWord[] {
  const first = words[0]?.text ?? "";
  if (!/^\p{Lu}{2,3}$/u.test(first)) return words;
  const initials = words
    .slice(1)
    .filter((word) => /^\p{L}/u.test(word.text))
    .slice(0, first.length)
    .map((word) => foldText(word.text)[0])
    .join("");
  return initials === foldText(first) ? words.slice(1) : words;
}
