// A two-word legal form is a closed vocabulary ("SDN BHD", "PTE LTD"), so where a scan's reader misread a letter of
// it ("SDN BHO", "SON.8HD", "SDN BND"), the words can be put right: both words of the pair must be there, each at
// most one look-alike character off, so a name's own "SON" ("JOHNSON & SON") is never touched.

import { isLegalFormToken } from "./company-suffix";
import type { TPlacedWord } from "./page-rows";
import { splitWordAt } from "./split-word";

const PAIRS = [
  ["sdn", "bhd"],
  ["pte", "ltd"],
  ["pvt", "ltd"],
];
// Characters a reader takes for one another in capitals: O/D/0, B/8/3/S, S/5, I/L/1, H/N, M/N.
const CONFUSABLE = ["od", "0d", "0o", "8b", "3b", "bs", "5s", "1l", "1i", "li", "hn", "mn"];

// "ICTV.O.F.", "MercierS.A.": a dotted legal form run into the capitals or the small letters of the word before it.
const GLUED_DOTTED_FORM = /^(\p{Lu}{2,}|\p{L}*\p{Ll})((?:\p{Lu}\.){2,}\p{Lu}?\.?)$/u;

// "ConseilAlpesSAS.4rueVictorHugo", "MüllerGmbH": a legal form run on to the small letters of the name, at the
// word's end or before the next part the reader glued on after a full stop.
const GLUED_CAPITAL_FORM = /(?<=\p{Ll})\p{Lu}[\p{Lu}\p{Ll}]{1,4}(?=$|[.,;:](?:\d|\p{Lu}\p{Ll}|$))/gu;

/**
 * The words with a misread two-word legal form spelled right, keeping their punctuation and case, and a dotted legal
 * form the reader ran into the word before it set apart ("Meijer&Mulder ICTV.O.F.", "ConseilAlpesSAS").
 */
export function repairLegalForm(read: TPlacedWord[]): TPlacedWord[] {
  const words = read.flatMap(splitGluedDottedForm);
  const runs = words.flatMap((word, wordIndex) =>
    [...word.text.matchAll(/[\p{L}\d]+/gu)].map((match) => ({ wordIndex, start: match.index, text: match[0] })),
  );
  const fixes = new Map<number, Array<{ start: number; length: number; text: string }>>();
  for (let index = 0; index + 1 < runs.length; index++) {
    const [first, second] = [runs[index], runs[index + 1]];
    const pair = PAIRS.find(([a, b]) => isOneSlipFrom(first.text, a) && isOneSlipFrom(second.text, b));
    if (!pair) continue;
    for (const [run, target] of [
      [first, pair[0]],
      [second, pair[1]],
    ] as const) {
      if (run.text.toLowerCase() === target) continue;
      const spelled = inCaseOf(first.text + second.text, target);
      fixes.set(run.wordIndex, [...(fixes.get(run.wordIndex) ?? []), { start: run.start, length: run.text.length, text: spelled }]);
    }
    index++;
  }
  if (fixes.size === 0) return words;
  return words.map((word, wordIndex) => {
    const edits = fixes.get(wordIndex);
    if (!edits) return word;
    let text = word.text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.start + edit.length);
    }
    return { ...word, text };
  });
}

function splitGluedDottedForm(word: TPlacedWord): TPlacedWord[] {
  const glued = GLUED_DOTTED_FORM.exec(word.text);
  if (glued && isLegalFormToken(glued[2].replace(/\./g, "").toLowerCase())) return splitWordAt(word, glued[1].length);
  const camel = [...word.text.matchAll(GLUED_CAPITAL_FORM)].find((found) => isLegalFormToken(found[0].toLowerCase()));
  return camel?.index ? splitWordAt(word, camel.index) : [word];
}

/** Equal to the target, or one look-alike character off it (same length). */
function isOneSlipFrom(text: string, target: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== target.length) return false;
  const differing = [...lower].map((char, index) => [char, target[index]]).filter(([a, b]) => a !== b);
  if (differing.length === 0) return true;
  if (differing.length > 1) return false;
  const [a, b] = differing[0];
  return CONFUSABLE.includes(a + b) || CONFUSABLE.includes(b + a);
}

/** The target in the case the pair is printed in: "SDN BHD", "Sdn Bhd" ("5dn Bhd"), "sdn bhd". */
function inCaseOf(printed: string, target: string): string {
  const letters = printed.replace(/[^\p{L}]/gu, "");
  if (letters === letters.toUpperCase()) return target.toUpperCase();
  if (/\p{Lu}/u.test(letters)) return target.charAt(0).toUpperCase() + target.slice(1);
  return target;
}
