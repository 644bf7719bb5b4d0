// Specks and scan edges that a reader returns as words at the ends of a letterhead's name line.

import { squash } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";

// A word of one or two characters the reader doubts this much, at the edge of a name, is a speck or the scan's border.
const EDGE_NOISE_CONFIDENCE = 0.6;

/**
 * Specks and scan edges read as words ("Br TRI SHAAS…", "…ENTERPRISE Po ~"): at the ends of a name, marks without
 * letters go, and so do one- or two-letter words the reader doubts or that break the capitals of a capitalised name.
 */
export function withoutNoiseAtEdges(words: TPlacedWord[]): TPlacedWord[] {
  const letters = words.map((word) => word.text).join("");
  const upperCase = (letters.match(/\p{Lu}/gu) ?? []).length >= 0.8 * (letters.match(/\p{L}/gu) ?? []).length;
  const isNoise = (word: TPlacedWord) =>
    !/[\p{L}\d&]/u.test(word.text) ||
    (squash(word.text).length <= 2 && (word.confidence < EDGE_NOISE_CONFIDENCE || (upperCase && /\p{Ll}/u.test(word.text))));
  let [start, end] = [0, words.length];
  while (start < end && isNoise(words[start])) start++;
  while (end > start && isNoise(words[end - 1])) end--;
  return words.slice(start, end);
}
