// Whether the letterhead spells a name printed further down: the seller's sender line ("Lone Star Design Studio Co."
// under "LONE STAR" / "Design Studio") is its own, a buyer sharing some of its words is not.

import { isOnlySuffix } from "./company-suffix";
import { compareTokens, foldText, squash, tokenize } from "./normalize-text";
import { joinWords, type TPlacedWord } from "./page-rows";
import { cleanName } from "./registration-number";

/**
 * A test of a name against the name lines of the top two rows (`candidates` in page order, `index` their row):
 * "ASHDOWN   VAT INVOICE" over "Consulting" spell "Ashdown Consulting plc". Every long word of the name must be there:
 * "Pacific Consulting Group Co." under "G R E AT L A K E S" / "Consulting Group" is a buyer sharing two of them.
 */
export function letterheadSpelling(candidates: Array<{ index: number; words: TPlacedWord[] }>): (name: string) => boolean {
  const topRows = [...new Set(candidates.map((candidate) => candidate.index))].slice(0, 2);
  const letters = squash(
    joinWords(candidates.filter((candidate) => topRows.includes(candidate.index)).flatMap((candidate) => candidate.words)),
  );
  return (name) => {
    const words = tokenize(cleanName(name)).filter((token) => token.length >= 4 && !isOnlySuffix(token));
    return words.length > 0 && words.every((token) => letters.includes(token));
  };
}

/**
 * "Graficas Femandez S.L." in the footer under a "FERNANDEZ" logo and "graficasfernandez.es": a word of the name one
 * slip from a word the letterhead prints ("rn" read as "m", a letter lost) is spelled as the letterhead prints it, in
 * the name's case, where the page's website or email domain spells it so too (the letterhead's reading can be the
 * misread one: "KRIGER" over "Kruger Haustechnik GmbH").
 */
export function spelledAsLetterhead(name: string, letterhead: string, siteNames: string): string {
  const printed = tokenize(letterhead).filter((token) => /^\p{L}{5,}$/u.test(token) && siteNames.includes(token));
  return name
    .split(" ")
    .map((word) => {
      const read = foldText(word);
      const spelled = /^\p{L}{5,}$/u.test(word)
        ? printed.find((token) => token !== read && compareTokens(token, read) === "fuzzy")
        : undefined;
      if (!spelled) return word;
      if (word === word.toUpperCase()) return spelled.toUpperCase();
      return /^\p{Lu}/u.test(word) ? spelled[0].toUpperCase() + spelled.slice(1) : spelled;
    })
    .join(" ");
}
