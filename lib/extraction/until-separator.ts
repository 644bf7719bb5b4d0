// One-line addresses separate their parts with a dot or bar ("Holland Advies B.V. · Nieuwe Binnenweg 286 · 2511 CV
// Den Haag"): the name is the part before the first.

import type { TPlacedWord } from "./page-rows";

/** The dots and bars that separate the parts of a one-line address or meta row. */
export const PART_SEPARATOR = /[·•●|]/;

/** "Holland Advies B.V. · Nieuwe Binnenweg 286 · 2511 CV": a one-line address's name ends at its first separator. */
export function untilSeparator(words: TPlacedWord[]): TPlacedWord[] {
  // A mark before the first word ("| HOME MASTER…", the scan's edge) separates nothing; one inside it does
  // ("FA-25-629|Date", a table border read between an id and the next label).
  const index = words.findIndex(
    (word, position) => PART_SEPARATOR.test(word.text) && !(position === 0 && word.text.search(PART_SEPARATOR) === 0),
  );
  if (index < 0) return words;
  // The reader may glue the separator to a word ("Corp.·3598"): the word is cut there.
  const word = words[index];
  const cut = word.text.search(PART_SEPARATOR);
  if (cut === 0) return words.slice(0, index);
  const x1 = word.box.x0 + ((word.box.x1 - word.box.x0) * cut) / word.text.length;
  return [...words.slice(0, index), { ...word, text: word.text.slice(0, cut), box: { ...word.box, x1 } }];
}
