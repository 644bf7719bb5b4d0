// The letterhead's address: the run of lines under the seller's name that starts with a number or a street word and
// ends at a phone, tax id, e-mail or document line.

import { isPhoneLike } from "./is-phone-like";
import { tokenize } from "./normalize-text";
import { joinWords, type TPlacedWord } from "./page-rows";
import { hasRegistrationLabel, isBareId } from "./registration-number";

const wordSet = (words: string) => new Set(words.split(" "));

export const STOP_WORDS = wordSet(
  "tel telephone phone fon mobile mobil fax email mail www http https date invoice receipt cashier table order document doc telefon rechnung facture",
);
// Malay "persiaran" (avenue), "lorong" (lane) and "lebuh" (street) name streets as "jalan" does.
export const STREET_WORDS = wordSet(
  "jalan jln persiaran lorong lebuh street st road rd lot avenue ave lane blvd floor suite strasse str rue taman plaza mall building",
);
// "Site : 2188", "H/P: 05.0462643" (a Malaysian hand phone).
const LABEL_LINE = /^\p{L}[\p{L} ./]*:\s*\S/u;
// A line the reader is this unsure of on average is noise (a logo, a stamp), not part of an address.
const NOISE_LINE_CONFIDENCE = 0.35;

/** The address lines among the lines under a name (per reader line, an empty line where nothing is in its column). */
export function findAddressLines(lines: TPlacedWord[][]): TPlacedWord[][] {
  const address: TPlacedWord[][] = [];
  let skipped = 0;
  for (const words of lines.slice(0, 12)) {
    if (address.length >= 6) break;
    const text = joinWords(words);
    const tokens = tokenize(text);
    const isNoise = words.length > 0 && isNoiseLine(words);
    const isStop =
      words.length === 0 || isNoise || tokens.some((token) => STOP_WORDS.has(token)) || isPhoneLike(text) || text.includes("@");
    const isRegistration = hasRegistrationLabel(tokens) || isBareId(text);
    if (isRegistration) {
      // Registration and tax numbers often sit between the name and the address.
      if (address.length > 0) break;
    } else if (address.length > 0) {
      // "Site : 2188" after the address: a label line starts the receipt's details.
      if (isStop || (LABEL_LINE.test(text) && !tokens.some((token) => STREET_WORDS.has(token)))) break;
      address.push(words);
    } else if (isStop && words.length > 0) {
      break;
    } else if (/\d/.test(text) || tokens.some((token) => STREET_WORDS.has(token))) {
      address.push(words);
    } else if (++skipped > 2) {
      break;
    }
  }
  return address;
}

/** A line the reader could hardly read: a logo or a stamp. */
export function isNoiseLine(words: TPlacedWord[]): boolean {
  return meanConfidence(words) < NOISE_LINE_CONFIDENCE;
}

function meanConfidence(words: TPlacedWord[]): number {
  return words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
}
