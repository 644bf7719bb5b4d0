// The SIREN, the 9-digit number that identifies a French company, printed on every French invoice: labelled
// ("SIREN 421 938 861"), beside the trade register ("B 421 938 861 RCS Paris"), as the first 9 digits of the
// establishment's SIRET ("Siret 53084813400017"), or as the last 9 digits of the French VAT id ("FR 60 421938861").
// Its last digit is a Luhn check digit, so a misread one shows.

import { tokenize } from "./normalize-text";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import type { TValuePick } from "./pick-value";

const UNCHECKED_VALIDITY = 0.6;
const clean = (text: string) => text.replace(/^[(:]+|[).,;:]+$/g, "");

/**
 * The first SIREN in the words whose check digit holds (else the first at all): 9 digits in one word or in groups
 * of 3, or a SIRET's first 9. A footer line also holds capital amounts and VAT ids in groups of 3.
 */
export function pickSiren(words: TPlacedWord[]): TValuePick | null {
  let first: TValuePick | null = null;
  for (let start = 0; start < words.length; start++) {
    const found = sirenAt(words, start);
    if (found?.validity === 1) return found;
    first ??= found;
  }
  return first;
}

/** A SIREN found without its label, from the trade register entry, a SIRET or the French VAT id. */
export function findUnlabelledSiren(pages: TPageRows[]): (TValuePick & { page: number }) | null {
  for (const page of pages) {
    for (const row of page.rows) {
      const tokens = new Set(row.flatMap((word) => tokenize(word.text)));
      if (tokens.has("rcs") || tokens.has("siret") || tokens.has("siren")) {
        const found = pickSiren(row);
        if (found) return { ...found, page: page.page };
      }
      const glued = sirenInRowText(row);
      if (glued) return { ...glued, page: page.page };
      const vatId = row.findIndex((word) => /^FR[0-9A-Z]{2}\d{9}$/.test(clean(word.text)));
      if (vatId >= 0) {
        const digits = clean(row[vatId].text).slice(4);
        return { words: [row[vatId]], text: digits, normalized: digits, validity: validity(digits), page: page.page };
      }
    }
  }
  return null;
}

// Small footer print read without its spaces: "Siret53084813400017", "B 421 938861RCSParis", "SIREN:421938861".
const GLUED_SIREN = [/siret\s*:?\s*(\d{14})/i, /siren\s*:?\s*(\d{3}\s?\d{3}\s?\d{3})(?!\d)/i, /(?<!\d)(\d{3}\s?\d{3}\s?\d{3})\s*rcs/i];

/** A SIREN in the row's text where the reader glued it to its label: the words it spans, its 9 digits. */
function sirenInRowText(row: TPlacedWord[]): TValuePick | null {
  const text = joinWords(row);
  for (const pattern of GLUED_SIREN) {
    const match = pattern.exec(text);
    if (!match) continue;
    const digits = match[1].replace(/\s/g, "").slice(0, 9);
    const start = match.index + match[0].indexOf(match[1]);
    const words = wordsSpanning(row, start, start + match[1].length);
    return { words, text: digits, normalized: digits, validity: validity(digits) };
  }
  return null;
}

/** The row's words that overlap characters [from, to) of the row's text joined with single spaces. */
function wordsSpanning(row: TPlacedWord[], from: number, to: number): TPlacedWord[] {
  let offset = 0;
  return row.filter((word) => {
    const [start, end] = [offset, offset + word.text.length];
    offset = end + 1;
    return end > from && start < to;
  });
}

function sirenAt(words: TPlacedWord[], start: number): TValuePick | null {
  const first = clean(words[start].text);
  if (/^\d{9}$/.test(first) || /^\d{14}$/.test(first)) {
    const digits = first.slice(0, 9);
    return { words: [words[start]], text: digits, normalized: digits, validity: validity(digits) };
  }
  const groups = words.slice(start, start + 3);
  if (groups.length === 3 && groups.every((word) => /^\d{3}$/.test(clean(word.text)))) {
    const digits = groups.map((word) => clean(word.text)).join("");
    return { words: groups, text: groups.map((word) => clean(word.text)).join(" "), normalized: digits, validity: validity(digits) };
  }
  return null;
}

function validity(digits: string): number {
  return luhnHolds(digits) ? 1 : UNCHECKED_VALIDITY;
}

function luhnHolds(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
