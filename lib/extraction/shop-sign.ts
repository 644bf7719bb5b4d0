// A shop's sign over its registered name: the sign's words start the name or shorten it ("PRIMA MOTOR" over "SYARIKAT
// PRIMA MOTOR", "HKS" over "HOCK KEE SENG", "WAH CHONG" over "WAH CHONG MARKETING").

import { compareTokens, squash, tokenize } from "./normalize-text";
import { cleanName } from "./registration-number";

// Words a Malaysian business name starts with: company, trading, shop, restaurant.
const BUSINESS_PREFIXES = new Set(["syarikat", "perniagaan", "kedai", "restoran"]);
// Malay address words that name a building or business centre by the word after them: "… PUSAT" over "PERNIAGAAN
// BAYAN," is the address's "Pusat Perniagaan" (business centre) wrapped, no business name ("Deretan Kedai", "Kompleks
// Perniagaan" alike).
const PLACE_WORDS = new Set(["pusat", "deretan", "kompleks", "medan", "bangunan"]);

// A sign of fewer letters ("KK") may start any name.
const MIN_SIGN_LETTERS = 4;

/** "SYARIKAT", "PERNIAGAAN", also read through one slip in the longer words ("PERNAGAAN"). */
export function isBusinessPrefix(token: string): boolean {
  return (
    BUSINESS_PREFIXES.has(token) || (token.length >= 7 && [...BUSINESS_PREFIXES].some((prefix) => compareTokens(prefix, token) !== null))
  );
}

/** "restoranamanah" → "restoran", "amanah": a business prefix glued to the word after it. */
function splitBusinessPrefix(token: string): string[] {
  const prefix = [...BUSINESS_PREFIXES].find((word) => token.length > word.length + 2 && token.startsWith(word));
  return prefix ? [prefix, token.slice(prefix.length)] : [token];
}

/** The line starts with a business prefix that doesn't end the place word of the address line above it. */
export function startsBusinessName(text: string, lineAbove: string): boolean {
  return isBusinessPrefix(tokenize(text)[0] ?? "") && !PLACE_WORDS.has(tokenize(lineAbove).at(-1) ?? "");
}

/** The name's first words are the sign's, and it has more ("WAH CHONG" / "WAH CHONG MARKETING"). */
export function startsWithSign(sign: string, name: string): boolean {
  const [signTokens, nameTokens] = [tokenize(sign), tokenize(name)];
  return signTokens.length > 0 && nameTokens.length > signTokens.length && signTokens.every((token, index) => nameTokens[index] === token);
}

/** The two share a word: the line above a sign that does is no owner's name. */
export function sharesToken(a: string, b: string): boolean {
  const tokens = new Set(tokenize(a));
  return tokenize(b).some((token) => tokens.has(token));
}

/**
 * The sign's words are all in the name and the name has more, or its letters start the name's, or the sign's first
 * word is the name's initials.
 */
export function shortensName(sign: string, name: string): boolean {
  const signTokens = tokenize(sign);
  // "RA STORE" over "RESTORANAMANAH": a business prefix the reader ran on to the name is a word of its own.
  const nameTokens = tokenize(cleanName(name).replace(/&/g, " ")).flatMap(splitBusinessPrefix);
  if (nameTokens.length > signTokens.length && signTokens.every((token) => nameTokens.includes(token))) return true;
  // "NEW ERA" over "NEW ERAENTERPRISE": the name's words the reader ran together, the sign's letters starting them.
  const [signLetters, nameLetters] = [squash(sign), squash(cleanName(name))];
  if (signLetters.length >= MIN_SIGN_LETTERS && nameLetters.length > signLetters.length && nameLetters.startsWith(signLetters)) return true;
  // "RFI" for "PERNIAGAAN RIMBUN FOOD INDUSTRIES": a sign may leave out a generic first or last word.
  const initials = nameTokens.map((token) => token[0]).join("");
  // The sign's first word as printed: "RE&H" for "RIMBUN ELECTRICAL & HARDWARE".
  const first = squash(sign.trim().split(/\s+/)[0] ?? "");
  if (!first || initials.length < 2) return false;
  return first === initials || (first.length >= 3 && initials.length === first.length + 1 && initials.includes(first));
}
