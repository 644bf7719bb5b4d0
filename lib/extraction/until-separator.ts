// One-line addresses separate their parts with a dot or bar ("Holland Advies B.V. · Nieuwe Binnenweg 286 · 2511 CV
// Den Haag"): the name is the part before the first.

import type { TPlacedWord } from "./page-rows";

/** The dots and bars that separate the parts of a one-line address or meta row. */
export const PART_SEPARATOR = /[·•●|]/;

// A separator a scan's reader took for a full stop, between a year and the next part's label ("9.Dezember 2025.Kunden-Nr.:").
const DOT_AFTER_YEAR = /(?<=\d{4})\.(?=\p{Lu}\p{Ll})/u;

/** "Holland Advies B.V. · Nieuwe Binnenweg 286 · 2511 CV": a one-line address's name ends at its first separator. */
export function untilSeparator(words: TPlacedWord[]): TPlacedWord[] {
  // A mark before the first word ("| HOME MASTER…", the scan's edge) separates nothing; one inside it does
  // ("FA-25-629|Date", a table border read between an id and the next label).
  const separatorAt = (text: string) => {
    const at = text.search(PART_SEPARATOR);
    return at >= 0 ? at : text.search(DOT_AFTER_YEAR);
  };
  const index = words.findIndex((word, position) => separatorAt(word.text) >= 0 && !(position === 0 && separatorAt(word.text) === 0));
  if (index < 0) return words;
  // The reader may glue the separator to a word ("Corp.·3598"): the word is cut there.
  const word = words[index];
  const cut = separatorAt(word.text);
  if (cut === 0) return words.slice(0, index);
  const x1 = word.box.x0 + ((word.box.x1 - word.box.x0) * cut) / word.text.length;
  return [...words.slice(0, index), { ...word, text: word.text.slice(0, cut), box: { ...word.box, x1 } }];
}
