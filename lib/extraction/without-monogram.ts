// Logos are often a monogram beside the company name ("GR  Gráficas Ruiz S.A.", "HM Harper Media Co."); read as
// one line, the initials would start the name.

import { foldText } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";

/** The words without a leading 2–3 capital letters that are the initials of the words after them. */
export function withoutMonogram(words: TPlacedWord[]): TPlacedWord[] {
  const first = words[0]?.text ?? "";
  if (!/^\p{Lu}{2,3}$/u.test(first)) return words;
  const initialsOf = (after: TPlacedWord[]) =>
    after
      .slice(0, first.length)
      .map((word) => foldText(word.text)[0])
      .join("");
  const named = words.slice(1).filter((word) => /^\p{L}/u.test(word.text));
  // "GN  Gráficas del Norte": the initials may skip the small words between the capitalised ones.
  const capitalised = named.filter((word) => /^\p{Lu}/u.test(word.text));
  return [initialsOf(named), initialsOf(capitalised)].includes(foldText(first)) ? words.slice(1) : words;
}
