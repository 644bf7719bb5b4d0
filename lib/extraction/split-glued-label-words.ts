// A scan's reader drops the space between a label's words: "TOTALSALES (INCLUSIVE GST)", "GRANDTOTAL", "TOTALQTY".
// Read as one token, neither the label nor the word beside it that makes it another concept is found. Split where both
// halves are words the concepts' labels use, they are read as printed. Callers split words in capitals only: German
// and Dutch write compounds as one word ("Klantnummer" is a customer number, not the heading "Klant").

import { CONCEPTS } from "./field-concepts";

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
