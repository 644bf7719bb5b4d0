// A scan's reader drops the space between a label's words: "TOTALSALES (INCLUSIVE GST)", "GRANDTOTAL", "TOTALQTY".
// Read as one token, neither the label nor the word beside it that makes it another concept is found. Split where both
// halves are words the concepts' labels use, they are read as printed. Callers split words in capitals only: German
// and Dutch write compounds as one word ("Klantnummer" is a customer number, not the heading "Klant"). The words of one
// field's own labels are split wherever they run together ("Fechade emision", "Datelimitedepaiement").

import { CONCEPTS } from "./field-concepts";
import type { TFieldLabel } from "./field-labels";

// Each half at least this long: "to", "de", "no" would split ordinary words ("total" is not "to" + "tal").
const MIN_PART = 3;

const LABEL_WORDS = new Set(
  CONCEPTS.flatMap((concept) => [
    ...concept.synonyms,
    ...(concept.relatedSynonyms ?? []),
    ...(concept.weakSynonyms ?? []),
    ...(concept.negatives ?? []),
    ...(concept.conditionalNegatives?.tokens ?? []),
    ...(concept.conditionalNegatives?.unless ?? []),
  ])
    .flatMap((label) => label.split(" "))
    // "NETTTOTAL": a word printed before labels that no label holds, split off so the label reads as when spaced.
    .concat(["nett"])
    .filter((word) => word.length >= MIN_PART),
);

/** A folded token as the two label words it runs together, or the token alone. */
export function splitGluedLabelWords(token: string): string[] {
  if (token.length < 2 * MIN_PART || LABEL_WORDS.has(token)) return [token];
  for (let at = MIN_PART; at <= token.length - MIN_PART; at++) {
    if (LABEL_WORDS.has(token.slice(0, at)) && LABEL_WORDS.has(token.slice(at))) return [token.slice(0, at), token.slice(at)];
  }
  return [token];
}

// Each word of a pair at least this long: "n" + "o" would split "no" itself.
const MIN_PAIR_WORD = 2;
const MIN_RUN_ON_PAIR = 4;

/**
 * Each two adjacent words of the labels run together ("fechade"), and each whole label of several words
 * ("datelimitedepaiement"), to their words.
 */
export function labelWordPairs(labels: TFieldLabel[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  for (const { tokens } of labels) {
    const long = tokens.map((token) => token.length >= MIN_PAIR_WORD);
    if (tokens.length > 2 && long.every(Boolean)) pairs.set(tokens.join(""), tokens);
    for (let i = 0; i + 1 < tokens.length; i++) {
      // "Neta payer": a one-letter word run on to a word of three letters or more.
      const runOn = (long[i] && long[i + 1]) || tokens[i].length + tokens[i + 1].length >= MIN_RUN_ON_PAIR;
      if (runOn) pairs.set(tokens[i] + tokens[i + 1], [tokens[i], tokens[i + 1]]);
    }
  }
  return pairs;
}

/** No small letter but a number sign's before its number ("TAXINVOICEn0.2023/595"). */
export function isInCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text.replace(/n[o0r]?\.(?=\d)/gu, ""));
}
