// A shop's sign repeats the first words of the registered name printed under it. On a poor scan the sign's large
// print reads better than the name's small print: "TERATAI HOSPITALITY" over "TERATA HOSPITAUITYPLT", "GOLDEN LEAF"
// over "GOLDBI LEAF ELECTRICAL (M) SDNBHD". The name is then the sign's words and the rest of the registered line.

import { hasCompanySuffix } from "./company-suffix";
import { editDistance, squash } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";
import { cleanName } from "./registration-number";

// Letters a sign needs before its reading is trusted over the name's: short signs ("KK", "HSM") are initials.
const MIN_SIGN_LETTERS = 8;
// At most this share of the sign's letters may read differently in the name (one slip in five).
const MAX_SLIP_SHARE = 0.2;

type TNameLine = { index: number; words: TPlacedWord[]; text: string };

/**
 * The name spelled with the sign's words where `chosen` and the line right above or below it are a sign and the
 * registered name that repeats it misread (legal form and all), else null.
 */
export function spellWithSign(candidates: TNameLine[], chosen: TNameLine): { words: TPlacedWord[]; name: string } | null {
  const above = candidates.find((candidate) => candidate.index === chosen.index - 1);
  const below = candidates.find((candidate) => candidate.index === chosen.index + 1);
  for (const [sign, registered] of [
    [above, chosen],
    [chosen, below],
  ]) {
    const name = sign && registered ? nameSpelledBySign(sign.text, cleanName(registered.text)) : null;
    if (name && sign && registered) return { words: [...sign.words, ...registered.words], name };
  }
  return null;
}

/** The sign's words and the name's rest, when the name starts with the sign misread and goes on to a company suffix. */
export function nameSpelledBySign(sign: string, name: string): string | null {
  const signLetters = squash(sign);
  const nameLetters = squash(name);
  if (signLetters.length < MIN_SIGN_LETTERS) return null;
  const maxSlips = Math.floor(signLetters.length * MAX_SLIP_SHARE);
  // The start of the name closest to the sign; the shorter on a tie.
  let best = { length: 0, slips: maxSlips + 1 };
  for (let length = signLetters.length - maxSlips; length <= signLetters.length + maxSlips && length < nameLetters.length; length++) {
    const slips = editDistance(signLetters, nameLetters.slice(0, length), maxSlips);
    if (slips < best.slips) best = { length, slips };
  }
  // Read alike, the sign shortens the name (another rule's); too unlike, it is another name.
  if (best.slips === 0 || best.slips > maxSlips) return null;
  // The name as printed after as many letters and digits as its misread start holds.
  let at = 0;
  for (let seen = 0; at < name.length && seen < best.length; at++) seen += squash(name[at]).length;
  const rest = name.slice(at).trim();
  return hasCompanySuffix(rest) ? `${sign.trim()} ${rest}` : null;
}
