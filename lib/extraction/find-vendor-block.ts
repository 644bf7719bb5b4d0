// Without a "Vendor:" label, the seller is the letterhead: the top lines of the first page.
// The name is the first line there with a company suffix (strong suffixes like "Ltd" or "Sdn Bhd"
// beat weak ones like "Company"), else the top-most wordy line; the address is the run of lines
// after it that starts with a number or a street word and ends at a phone, tax id or document line.

import { charWidth } from "./box-geometry";
import { squash, tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";

const wordSet = (words: string) => new Set(words.split(" "));

/** `addressLines`: per row, the words under the name's column (two-column letterheads keep "INVOICE" out). */
export type TVendorBlock = { nameWords: TPlacedWord[]; name: string; hasSuffix: boolean; addressLines: TPlacedWord[][] };

const STRONG_SUFFIXES = wordSet(
  "sdn bhd berhad ltd limited inc incorporated llc llp plc gmbh ag kg sa sarl sas bv nv srl spa pty corp corporation pte",
);
const WEAK_SUFFIXES = wordSet("co company enterprise enterprises");
const NOT_A_NAME = wordSet("thank thanks tq welcome bill ship sold customer client attention page");
const DOCUMENT_WORDS = wordSet("tax invoice receipt original copy duplicate posted simplified cash official rechnung facture bill");
const REGISTRATION_WORDS = wordSet(
  "company reg roc registration gst vat tax ust siret siren abn ein tin hrb steuernummer steuernr handelsregister rcs",
);
const STOP_WORDS = wordSet(
  "tel telephone phone fax email mail www http https date invoice receipt cashier table order document doc telefon rechnung facture",
);
const STREET_WORDS = wordSet("jalan jln street st road rd lot avenue ave lane blvd floor suite strasse str rue taman plaza mall building");
const PHONE_LIKE = /\+?\d[\d\s-]{6,}\d/;
const TRAILING_ID = /\s*\([^()]*\d[^()]*\)\s*$/;
const TOP_ROWS = 12;

export function findVendorBlock(page: TPageRows): TVendorBlock | null {
  // A row can hold several segments ("YONG CEN ENTERPRISE      POSTED"); names are one segment.
  const candidates = page.rows
    .slice(0, TOP_ROWS)
    .flatMap((row, index) =>
      (rowTop(row) < 0.5 ? splitAtGaps(row).map((words) => withoutDocumentWords(words)) : []).map((words) => ({
        index,
        words,
        text: joinWords(words),
      })),
    )
    .filter((candidate) => candidate.words.length > 0 && isNameCandidate(candidate.text));
  const chosen =
    candidates.find((candidate) => suffixLevel(candidate.text) === 2) ??
    candidates.find((candidate) => suffixLevel(candidate.text) === 1) ??
    candidates[0];
  if (!chosen) return null;
  const nameWords = [...chosen.words];
  let lastRow = chosen.index;
  // "HOME MASTER HARDWARE &" / "ELECTRICAL", or a suffix printed on its own line.
  const next = page.rows[chosen.index + 1] && splitAtGaps(page.rows[chosen.index + 1])[0];
  if (next && (/(?:&|\band|-|,)$/i.test(cleanName(chosen.text)) || isOnlySuffix(joinWords(next)))) {
    nameWords.push(...next);
    lastRow++;
  }
  const name = cleanName(joinWords(nameWords));
  const column = { x0: Math.min(...nameWords.map((word) => word.box.x0)), x1: Math.max(...nameWords.map((word) => word.box.x1)) };
  const lines = page.rows.slice(lastRow + 1).map((row) =>
    splitAtGaps(row)
      .filter((words) => overlaps(words, column))
      .flat(),
  );
  return { nameWords, name, hasSuffix: suffixLevel(name) > 0, addressLines: findAddressLines(lines) };
}

function findAddressLines(lines: TPlacedWord[][]): TPlacedWord[][] {
  const address: TPlacedWord[][] = [];
  let skipped = 0;
  for (const words of lines.slice(0, 12)) {
    if (address.length >= 6) break;
    const text = joinWords(words);
    const tokens = tokenize(text);
    const isStop = words.length === 0 || tokens.some((token) => STOP_WORDS.has(token)) || PHONE_LIKE.test(text) || text.includes("@");
    const isRegistration = tokens.some((token) => REGISTRATION_WORDS.has(token)) || isBareId(text);
    if (isRegistration) {
      // Registration and tax numbers often sit between the name and the address.
      if (address.length > 0) break;
    } else if (address.length > 0) {
      if (isStop) break;
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

/** "Amazon Web Services Invoice" → "Amazon Web Services": a title printed beside the name. */
function withoutDocumentWords(words: TPlacedWord[]): TPlacedWord[] {
  const isDocumentWord = (word: TPlacedWord) => tokenize(word.text).every((token) => DOCUMENT_WORDS.has(token));
  let [start, end] = [0, words.length];
  while (start < end && isDocumentWord(words[start])) start++;
  while (end > start && isDocumentWord(words[end - 1])) end--;
  return words.slice(start, end);
}

function isNameCandidate(text: string): boolean {
  if (containsDate(text)) return false;
  const tokens = tokenize(text);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const digits = (text.match(/\d/g) ?? []).length;
  if (letters < 3 || digits > letters || text.includes("@") || text.includes(":")) return false;
  if (tokens.some((token) => NOT_A_NAME.has(token) || STOP_WORDS.has(token))) return false;
  return !tokens.every((token) => DOCUMENT_WORDS.has(token));
}

/** 2 for a strong suffix among the last two tokens (ignoring a trailing "(123456-X)"), 1 for a weak one. */
function suffixLevel(text: string): number {
  const tail = tokenize(cleanName(text)).slice(-2);
  if (tail.some((token) => STRONG_SUFFIXES.has(token))) return 2;
  if (tail.some((token) => WEAK_SUFFIXES.has(token))) return 1;
  return /\bS\/B\b/i.test(text) ? 2 : 0;
}

function containsDate(text: string): boolean {
  const words = text.split(" ");
  return words.some((_, start) =>
    [1, 2, 3].some((length) => start + length <= words.length && parseDate(words.slice(start, start + length).join(" "))),
  );
}

function isOnlySuffix(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.length > 0 && tokens.length <= 2 && tokens.every((token) => STRONG_SUFFIXES.has(token));
}

/** "TRI SHAAS SDN BHD (728515-M)" → "TRI SHAAS SDN BHD": the registration number isn't part of the name. */
function cleanName(text: string): string {
  return text.replace(TRAILING_ID, "").trim();
}

/** A line that is only a registration number, e.g. "789417-W" or "(1125830-V)". */
function isBareId(text: string): boolean {
  const inner = text.replace(/[()]/g, "").trim();
  return !/\s/.test(inner) && /\d{4,}/.test(inner) && squash(inner).length <= 14;
}

function splitAtGaps(row: TPlacedWord[]): TPlacedWord[][] {
  const segments: TPlacedWord[][] = [];
  row.forEach((word, index) => {
    const previous = row[index - 1];
    const gap = previous ? word.box.x0 - previous.box.x1 : 0;
    if (!previous || previous.line !== word.line || gap > 2.5 * Math.max(charWidth(word), charWidth(previous))) segments.push([word]);
    else segments[segments.length - 1].push(word);
  });
  return segments;
}

const COLUMN_MARGIN = 0.05;

function overlaps(words: TPlacedWord[], column: { x0: number; x1: number }): boolean {
  return words.some((word) => word.box.x1 > column.x0 - COLUMN_MARGIN && word.box.x0 < column.x1 + COLUMN_MARGIN);
}

function joinWords(words: TPlacedWord[]): string {
  return words.map((word) => word.text).join(" ");
}

function rowTop(row: TPlacedWord[]): number {
  return Math.min(...row.map((word) => word.box.y0));
}
