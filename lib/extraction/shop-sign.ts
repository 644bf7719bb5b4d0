// A shop's sign over its registered name: the sign's words start the name or shorten it ("PRIMA MOTOR" over "SYARIKAT
// PRIMA MOTOR", "HKS" over "HOCK KEE SENG", "WAH CHONG" over "WAH CHONG MARKETING").

import { squash, tokenize } from "./normalize-text";
import { cleanName } from "./registration-number";

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

/** The sign's words are all in the name and the name has more, or the sign's first word is the name's initials. */
export function shortensName(sign: string, name: string): boolean {
  const signTokens = tokenize(sign);
  const nameTokens = tokenize(cleanName(name).replace(/&/g, " "));
  if (nameTokens.length > signTokens.length && signTokens.every((token) => nameTokens.includes(token))) return true;
  // "RFI" for "PERNIAGAAN RIMBUN FOOD INDUSTRIES": a sign may leave out a generic first or last word.
  const initials = nameTokens.map((token) => token[0]).join("");
  // The sign's first word as printed: "RE&H" for "RIMBUN ELECTRICAL & HARDWARE".
  const first = squash(sign.trim().split(/\s+/)[0] ?? "");
  if (!first || initials.length < 2) return false;
  return first === initials || (first.length >= 3 && initials.length === first.length + 1 && initials.includes(first));
}
