// Company suffixes: the legal forms ("Sdn Bhd", "GmbH", "S.A.") and company words ("Co.", "Enterprise") that end a
// business name, also as a scan's reader prints them (digits for letters, the space before the form lost).

import { tokenize } from "./normalize-text";
import { cleanName } from "./registration-number";

const wordSet = (words: string) => new Set(words.split(" "));

const STRONG_SUFFIXES = wordSet(
  "sdn bhd sdnbhd berhad ltd limited inc incorporated llc llp plc pllc gmbh mbh ag kg kgaa ug haftungsbeschrankt ohg og se sa sarl sas sasu eurl snc " +
    "sl slu srl srls spa sapa bv nv vof cv bvba sprl pty corp corporation pte oy oyj ab aps kft lda ltda pvt ek eu plt",
);
const WEAK_SUFFIXES = wordSet("co company enterprise enterprises");
// Digits OCR reads for the letters of a legal form ("SDN 8HD").
const LOOKALIKE_LETTERS: Record<string, string> = { "0": "o", "1": "l", "3": "b", "5": "s", "8": "b" };

/** "XZY Company", "Acme Inc.", "Lieferant GmbH": a legal form or company word ends the name. */
export function hasCompanySuffix(text: string): boolean {
  return suffixLevel(text) > 0;
}

/** "Acme GmbH", "Gráficas Ruiz S.A.": a legal form ends the name ("Company" or "Enterprise" is not one). */
export function hasLegalForm(text: string): boolean {
  return suffixLevel(text) === 2;
}

/** 2 for a strong suffix among the last two tokens (ignoring a trailing "(123456-X)"), 1 for a weak one. */
export function suffixLevel(text: string): number {
  // "V.0.F.": a dotted initial's O read as a zero.
  const initials = cleanName(text).replace(/(?<=\p{L}\.)0(?=\.)/gu, "O");
  const tokens = tokenize(spaceGluedSuffix(initials)).map(lookalikeLetters);
  const isSuffix = (token: string | undefined) => token !== undefined && (STRONG_SUFFIXES.has(token) || WEAK_SUFFIXES.has(token));
  // "AB MART": a legal form starts no name; the word before the last counts after the name's first word, or before
  // another suffix ("SDN BHD").
  const tail = tokens.length === 2 && !isSuffix(tokens[1]) ? tokens.slice(1) : tokens.slice(-2);
  if (tail.some((token) => STRONG_SUFFIXES.has(token))) return 2;
  if (tail.some((token) => WEAK_SUFFIXES.has(token))) return 1;
  return /\bS\/B\b/i.test(text) ? 2 : 0;
}

/**
 * "Redwood &BrooksInc.", "PlomberieValdeLoireSAS", "MusterGmbH", "Ashdownplc": a scan's reader lost the space before
 * the legal form.
 */
function spaceGluedSuffix(text: string): string {
  const last = text.split(" ").pop() ?? "";
  const start = text.length - last.length;
  // "Ashdownplc", "TransportsSARL": glued in its own case, a legal form no word ends with.
  const lowerGlued = /^(.*\p{L}{3})(plc|ltd|llc|gmbh|sarl|eurl|sasu|srl|PLC|LTD|LLC|GMBH|SARL|EURL|SASU|SRL)\.?$/u.exec(last);
  if (lowerGlued) return `${text.slice(0, start)}${lowerGlued[1]} ${last.slice(lowerGlued[1].length)}`;
  // "Haustechnike.K.": dotted initials starting small ("e.K.", "e.U.").
  const dotted = /^(.*\p{L}{3})(\p{Ll}\.\p{Lu}\.?)$/u.exec(last);
  if (dotted && STRONG_SUFFIXES.has(tokenize(dotted[2]).join(""))) return `${text.slice(0, start)}${dotted[1]} ${dotted[2]}`;
  for (const { index } of last.matchAll(/(?<=\p{Ll}{2})(?=\p{Lu})/gu)) {
    const tail = tokenize(last.slice(index));
    if (tail.length > 0 && tail.every((token) => STRONG_SUFFIXES.has(token) || WEAK_SUFFIXES.has(token))) {
      return `${text.slice(0, start + index)} ${last.slice(index)}`;
    }
  }
  return text;
}

/** "8hd" → "bhd": digits inside a word that has letters are read as the letters they look like. */
function lookalikeLetters(token: string): string {
  // Not in two characters: "5A" in "Suite 5A-1204" is a unit number, not "SA".
  return /[a-z]/.test(token) && token.length >= 3 ? token.replace(/[01358]/g, (digit) => LOOKALIKE_LETTERS[digit]) : token;
}

/** One word of a legal form, also with digits read for its letters ("8HD"). */
export function isLegalFormToken(token: string): boolean {
  return STRONG_SUFFIXES.has(lookalikeLetters(token));
}

/** "GmbH", "SDN BHD": a legal form and nothing else. */
export function isOnlySuffix(text: string): boolean {
  // "GmbH & Co. KG": a limited partnership's form, its "& Co." part of it.
  const tokens = tokenize(text.replace(/\s*&\s*Co\.?(?=\s|$)/i, " "));
  return tokens.length > 0 && tokens.length <= 2 && tokens.every((token) => STRONG_SUFFIXES.has(token));
}

/**
 * "GmbH-Lindenweg", "&Co.KG-Hauptstraße57a": a part separator's dot read as a dash glued after a legal form. The dash's
 * index in `word`, or -1; `before` is the name's text before the word (a legal form may span words).
 */
export function dashAfterLegalForm(word: string, before = ""): number {
  // "Ltd-178 Mill Lane": the next part may start with a house number.
  const dash = word.search(/[-–—](?=\p{Lu}\p{Ll}|\d)/u);
  return dash > 0 && hasLegalForm(`${before} ${word.slice(0, dash)}`.trim()) ? dash : -1;
}
