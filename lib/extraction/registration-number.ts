// Registration and tax numbers printed by a company's name: "(728515-M)", "COMPANY NO: 002643278-A",
// "(CO NO. 315481-T) GST NO. 001287233536". They sit between a letterhead's name and its address and are part of
// neither.

import { compareTokens, squash, tokenize } from "./normalize-text";
import { joinWords, type TPlacedWord } from "./page-rows";

const wordSet = (words: string) => new Set(words.split(" "));

const REGISTRATION_WORDS = wordSet(
  "company reg roc registration gst vat tax ust siret siren abn ein tin hrb steuernummer steuernr handelsregister rcs",
);
// "(728515-M)", or Malaysia's newer form with the old number nested: "(200956257752 (378340-E))".
// "(CA3424281-))": a scan's reader may double the closing bracket; "ERA:(PG5830498-V)": or read a colon before it.
export const TRAILING_ID = /[\s:]*\((?:[^()]|\([^()]*\))*\d(?:[^()]|\([^()]*\))*\)+\s*$/;
// The same wrapped onto the next line: "KOPITIAM MERANTI (201954254549 (465010-" over "W))", "(SA9062110-" over "W)".
// Never a closing bracket: "(SS2) SDN BHD" is a branch in a name, not an id. Or cut after its prefix by a faint
// scan's reader: "KEDAI TAIFOOKMINI MARRET (SA"; or a dash read for the space before it ("SDN. BHD-(280744521888").
const OPEN_TRAILING_ID = /[\s-]*\(\s*(?:[A-Z]{0,2}\d[\dA-Z\s(-]*|[A-Z]{1,2})$/;
// Its brackets lost by the reader, after a name in capitals: "ORKID ELECTRICAL & HARDWARE 486096", or the newer
// twelve-digit form ("GOLDEN LEAF CONFECTIONERY 200455986587").
const BARE_TRAILING_ID = /(?<=\p{Lu}{2,})\s+(?:\d{6,8}(?:-?[A-Z])?|\d{12})$/u;
// Its check letter may be read as a digit: "(823845-1)".
const ID_TOKEN = /^[A-Z]{0,2}\d{4,}-?[A-Z\d]?$/;

const GLUED_NUMBER_SIGN = /(?<=\p{L}{3})n[o0r]$/u;

/** "Company No", read through one slip in a longer word ("Conpany No: 002643278-A"). */
export function isRegistrationWord(token: string): boolean {
  // "COMPANYNO", "REGNO": the number sign run on to the word.
  // "COREG": "Co. Reg." with its full stop and space lost.
  const word = token.replace(GLUED_NUMBER_SIGN, "").replace(/^co(?=reg$)/, "");
  return REGISTRATION_WORDS.has(word) || (word.length >= 5 && [...REGISTRATION_WORDS].some((known) => compareTokens(known, word) !== null));
}

/** A line labelled as a registration: "COMPANY NO:", "GST ID", or "Co. No." / "Co.Rg.No." (a word the reader lost). */
export function hasRegistrationLabel(tokens: string[]): boolean {
  return tokens.some(isRegistrationWord) || (tokens[0] === "co" && tokens.slice(1, 3).includes("no"));
}

/** "TRI SHAAS SDN BHD (728515-M)" → "TRI SHAAS SDN BHD": the registration number isn't part of the name. */
export function cleanName(text: string): string {
  // "Construcciones Castilla S.L:": a trailing colon, the legal form's full stop misread, is no part of the name.
  return text.replace(TRAILING_ID, "").replace(OPEN_TRAILING_ID, "").replace(BARE_TRAILING_ID, "").replace(/:$/, "").trim();
}

/** A line that is only a registration number, e.g. "789417-W", "(1125830-V)", or OCR's "78911 7-W". */
export function isBareId(text: string): boolean {
  // "(200765276521 (948946-K))": a registration number with the older one it replaced.
  const tokens = text.replace(/[()]/g, " ").trim().split(/\s+/);
  if (tokens.length === 2 && tokens.every((token) => ID_TOKEN.test(token))) return true;
  const inner = text.replace(/[()]/g, "").trim();
  const spacedId = /^\d[\d\s]*-?\s*[A-Z]?$/.test(inner) && inner.split(/\s+/).length <= 3;
  // A postcode glued to its town ("80333Munchen", "70396SEREMBAN,") makes it no id; "JM0725676-T" stays one.
  const gluedTown = /\p{Ll}{3,}|\d\p{L}{3,}/u.test(inner);
  return (!/\s/.test(inner) || spacedId) && /\d{4,}/.test(inner) && squash(inner).length <= 14 && !gluedTown;
}

/**
 * "(Co No. 315481-T) GST No. 001287233536" or "(862725-U)" under a name: the company's registration, which follows
 * its name. A bare number ("296664039561") could be an account or a phone, so it doesn't count.
 */
export function isRegistrationRow(row: TPlacedWord[] | undefined): boolean {
  if (!row || row.length === 0) return false;
  const text = joinWords(row);
  return hasRegistrationLabel(tokenize(text)) || /^\(?\d{4,}\s?-\s?[A-Z]\)?$/.test(text);
}

const COMPANY_REGISTRATION_WORDS = wordSet("co company reg roc registration");
const TAX_ID_WORDS = wordSet("gst sst vat tax ust tva iva");
// "(1041554-Y)", "PG3293032-T", "(200765276521 (948946-K))": with its check letter, unlike a phone or an account.
const REGISTRATION_ONLY = /^\(?(?:\d{12}\s*\(?)?[A-Z]{0,2}\d{4,}\s?-\s?[A-Z\d]\)?\)?$/;

/**
 * "CO.REG.NO.: PG3293032-T" or "(1041554-Y)": the company's own registration, which follows its legal name. A tax
 * id ("GST REG NO: 001234567890") may follow an outlet's line as well, so it doesn't count here.
 */
export function isCompanyRegistrationRow(row: TPlacedWord[] | undefined): boolean {
  if (!row || row.length === 0) return false;
  const text = joinWords(row);
  const tokens = tokenize(text);
  if (tokens.some((token) => TAX_ID_WORDS.has(token))) return false;
  // "COMPANYNO: 247949-P": the number sign run on to the word.
  const isCompanyWord = (token: string) => COMPANY_REGISTRATION_WORDS.has(token.replace(GLUED_NUMBER_SIGN, ""));
  return (tokens.some(isCompanyWord) && /\d{4,}/.test(text)) || REGISTRATION_ONLY.test(text);
}
