// A word the reader ran together, cut in two at a character: each part gets its share of the box, in proportion to
// its length (the reader gives one box per word, not per character).

import type { TWord } from "@/lib/layout/types";

/** The word's text before `at` and from `at` on, as two words. */
export function splitWordAt<T extends TWord>(word: T, at: number): [T, T] {
  const cut = word.box.x0 + ((word.box.x1 - word.box.x0) * at) / word.text.length;
  return [
    { ...word, text: word.text.slice(0, at), box: { ...word.box, x1: cut } },
    { ...word, text: word.text.slice(at), box: { ...word.box, x0: cut } },
  ];
}
