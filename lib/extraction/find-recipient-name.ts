// Letters sent in window envelopes (DIN 5008 and its European cousins) print the sender's address in
// one small line ("Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen") right above the recipient's
// address: the line below it, in the same place, starts with the recipient's name. That's where the
// buyer is when no "Bill to" or "Kunde" heading is printed.

import { isColumnGap } from "./box-geometry";
import { dashAfterLegalForm, hasCompanySuffix, hasLegalForm, isOnlySuffix } from "./company-suffix";
import { UK_POSTCODE } from "./find-address-parts";
import { splitAtGaps } from "./find-vendor-block";
import { tokenize } from "./normalize-text";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { pickValue, type TValuePick } from "./pick-value";
import { PART_SEPARATOR } from "./until-separator";

const SEPARATOR = /^[●•·|\-–]$/;
const GLUED_SEPARATORS = new RegExp(PART_SEPARATOR.source, "g");
const POSTCODE = /^\d{4,5}$/;
const DASH_BEFORE_POSTCODE = /^[-–]\d{4,5}$/;
const GLUED_POSTCODE_TOWN = /^\d{4,5}\p{Lu}\p{Ll}{2,}/u;
// A Dutch postcode, its letters glued to the digits and the town ("3011ABRotterdam", "3011AB").
const DUTCH_POSTCODE = /^[1-9]\d{3} ?[A-Z]{2}(?:\p{Lu}\p{Ll}{2,})?$/u;
// A dot the reader took for a dash, glued between a house number and the town ("Suite 398-New York") or after a
// legal form's full stop ("S.r.l.s.-Via Giuseppe Verdi"), or between a house number and the postcode ("Schillerstraße
// 90-04109 Leipzig"); not a double name's hyphen ("Jean-Pierre").
// The postcode five digits, or four that are no year: "21-03-2023", "03-2023" are dates.
const GLUED_DASH = /[\d.][-–]\p{Lu}\p{Ll}|^\d{1,4}\p{Ll}?[-–](?=(?:\d{5}|(?!19|20)\d{4})$)/u;
const DASHED_POSTCODE = /^\d{1,4}\p{Ll}?[-–](?:\d{5}|(?!19|20)\d{4})$/u;
const GLUED_DASHES = new RegExp(GLUED_DASH.source, "gu");
const DOT_BEFORE_PART = /^\.\p{Lu}\p{Ll}/u;
// "Street.", "Randolph." before the town: a word of four letters or more (no abbreviation such as "St.") and a full stop.
const STREET_NAME_STOP = /\p{L}{4,}\.$/u;
// "An", "To", "À", "Aan": the one word some windows print over the recipient.
const WINDOW_HEADINGS = new Set(["an", "to", "a", "aan", "para", "per"]);
// The recipient block starts at most this far (page widths) left or right of the sender line.
const MAX_INDENT = 0.1;
const ROWS_TO_SCAN = 3;
// Envelope windows sit in the upper half of the first page.
const WINDOW_BOTTOM = 0.5;

/** The words of the first one-line sender address in an envelope window's place, or null. */
export function findSenderLine(page: TPageRows): TPlacedWord[] | null {
  for (const row of page.rows) {
    const line = row[0].box.y1 < WINDOW_BOTTOM ? senderLine(row) : null;
    if (line) return line;
  }
  return null;
}

export function findRecipientName(page: TPageRows): TValuePick | null {
  for (let index = 0; index < page.rows.length; index++) {
    const line = page.rows[index][0].box.y1 < WINDOW_BOTTOM ? senderLine(page.rows[index]) : null;
    if (!line) continue;
    const [left, right] = [line[0].box.x0, line[line.length - 1].box.x1];
    const lines = page.rows.slice(index + 1, index + 1 + ROWS_TO_SCAN).flatMap((row) => {
      const start = row.findIndex((word) => word.box.x0 >= left - MAX_INDENT && word.box.x0 < right);
      if (start < 0 || row[start].box.x0 > left + MAX_INDENT) return [];
      // The window's column only, not the meta column beside it ("An      Rechnungsdatum 22.05.2023"); a heading
      // alone ("An", "To") heads the address, it is no line of it.
      const words = splitAtGaps(row.slice(start))[0];
      return words.length === 1 && WINDOW_HEADINGS.has(tokenize(words[0].text).join(" ")) ? [] : [words];
    });
    // "98101": the sender line's postcode, wrapped onto a line of its own under it, names nobody.
    const named = lines.length > 1 && POSTCODE.test(joinWords(lines[0])) ? lines.slice(1) : lines;
    const [first, second] = named.map((words) => pickValue(words, { type: "text", kind: "name", amount: "first" }));
    if (first?.validity !== 1) return null;
    // "… · 46002" / "Valencia" / "Asesoría Fernández S.L.": the sender line's wrapped end, or a person, above the
    // company, whose legal form names it.
    return second?.validity === 1 && hasLegalForm(second.text) && !hasCompanySuffix(first.text) ? second : first;
  }
  return null;
}

/**
 * The words of a row that form a one-line sender address: parts split by two or more "●", one a postcode, in small
 * print. A scan's reader may glue the dots to the words around them ("LLC·4272 W. Randolph St.,Suite 589·Denver"), or
 * read one as a dash ("Suite 398-New York").
 */
function senderLine(row: TPlacedWord[]): TPlacedWord[] | null {
  // "S.L. .Paseo de Gracia, 120. 29015 Málaga": dots read as full stops, glued before a part or after a house number.
  // "Haustechnik GmbH-Lindenweg 54a": or a dash glued after a legal form.
  // "Keller Treuhand AG. Industriestrasse 98. 9ooo St. Gallen": or as full stops after a legal form and a house number,
  // the postcode's zeros read as o's.
  const next = (word: TPlacedWord) => nextInRun(row, row.indexOf(word))?.text ?? "";
  // "Carver Consulting Group Co.: 1647 Market Street. Chicago, IL 60607": or as a colon or full stop after a company
  // word, and then as full stops after the street's name.
  const afterCompany = companySeparatorAt(row);
  const isMisreadSeparator = (word: TPlacedWord) =>
    dashAfterLegalForm(word.text) >= 0 ||
    // "·Muhle 143 -90402 Numberg": a dot read as a dash glued to the postcode.
    DASH_BEFORE_POSTCODE.test(word.text) ||
    DOT_BEFORE_PART.test(word.text) ||
    (/\d\.$/.test(word.text) && POSTCODE.test(postcodeDigits(next(word)))) ||
    (/\.$/.test(word.text) && /^\p{Lu}\p{Ll}/u.test(next(word)) && hasLegalForm(joinWords(row.slice(0, row.indexOf(word) + 1)))) ||
    (afterCompany >= 0 &&
      (row.indexOf(word) === afterCompany ||
        (row.indexOf(word) > afterCompany && STREET_NAME_STOP.test(word.text) && /^\p{Lu}\p{Ll}/u.test(next(word)))));
  const separated = row.filter(
    (word) => SEPARATOR.test(word.text) || PART_SEPARATOR.test(word.text) || GLUED_DASH.test(word.text) || isMisreadSeparator(word),
  );
  const count = separated.reduce(
    (sum, word) =>
      sum +
      (SEPARATOR.test(word.text) || isMisreadSeparator(word)
        ? 1
        : (word.text.match(GLUED_SEPARATORS)?.length ?? 0) + (word.text.match(GLUED_DASHES)?.length ?? 0)),
    0,
  );
  // "Thombury & Holloway Loqistics LLP ·Unit 3,Kingsway Business Park-Bristol BS1 5TR": one separator read, the other
  // lost, is enough after a legal name that starts the line.
  const legalNameFirst = separated.length > 0 && startsWithLegalName(row, separated[0]);
  if (count < 2 && !(count === 1 && legalNameFirst)) return null;
  // "Invoice number: INV03396 | Invoice Date: 9 Dec 2025 | …" is a row of labelled values, no address: a label between
  // the separators (the meta column beside the line may hold some).
  const between = row.slice(row.indexOf(separated[0]), row.indexOf(separated[separated.length - 1]));
  if (between.some((word) => word.text.endsWith(":") && !separated.includes(word))) return null;
  // "Forma de pago: transferencia: Banco Santander · IBAN … · BIC": a sentence with a label before its parts names
  // no sender; a sender line starts with the sender's name.
  if (row.slice(0, row.indexOf(separated[0])).some((word) => word.text.endsWith(":"))) return null;
  const height = separated[0].box.y1 - separated[0].box.y0;
  // The line's own words: the same small print as its separators (a wide row can carry other text beside it).
  const words = row.filter((word) => Math.abs(word.box.y1 - word.box.y0 - height) <= 0.25 * height);
  const text = words.map((word) => word.text).join(" ");
  const parts = words.flatMap((word) => word.text.split(PART_SEPARATOR));
  // The postcode alone, or glued to its town by a scan's reader ("50667Koln").
  const isPostcode = (part: string) =>
    POSTCODE.test(postcodeDigits(part.replace(/^[-–]/, ""))) ||
    GLUED_POSTCODE_TOWN.test(part) ||
    DASHED_POSTCODE.test(part) ||
    DUTCH_POSTCODE.test(part);
  // "LeedsLS1 4AP": a British postcode the reader ran on to its town.
  const ukPostcode = UK_POSTCODE.test(text.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " "));
  return parts.some((part) => isPostcode(part.trim())) || ukPostcode ? words : null;
}

/** The row's words before the separator (or the one it starts) are a company's name with its legal form. */
function startsWithLegalName(row: TPlacedWord[], separator: TPlacedWord): boolean {
  const at = row.indexOf(separator);
  const before = PART_SEPARATOR.test(separator.text.charAt(0)) || SEPARATOR.test(separator.text) ? row.slice(0, at) : row.slice(0, at + 1);
  const name = joinWords(before).replace(GLUED_SEPARATORS, "");
  return before.length >= 2 && hasLegalForm(name) && !isOnlySuffix(name);
}

/**
 * The index of the row's first word that ends a name with a company word and a colon or full stop the reader put for
 * a part separator ("Co.:", "LLC."), a house number or a capitalised word after it (after a colon any word: "B.V.:
 * oudegracht 281", the street's capital misread); -1 when there is none.
 */
export function companySeparatorAt(row: TPlacedWord[]): number {
  const startsPart = (word: TPlacedWord, next = "") =>
    /^(?:\p{Lu}\p{Ll}|\d)/u.test(next) || (word.text.endsWith(":") && /^\p{L}{2}/u.test(next));
  return row.findIndex(
    (word, at) =>
      at > 0 &&
      /[.:]$/.test(word.text) &&
      startsPart(word, nextInRun(row, at)?.text) &&
      hasCompanySuffix(joinWords(row.slice(0, at + 1))) &&
      !isOnlySuffix(joinWords(row.slice(0, at + 1))),
  );
}

/**
 * The word after row[at] in its run of text: a full stop before a word across a column gap ends a name, it stands for
 * no separator ("Distribuciones Fernández S.L.      Factura Nº 2025-0277").
 */
function nextInRun(row: TPlacedWord[], at: number): TPlacedWord | undefined {
  const next = row[at + 1];
  return next && !isColumnGap(row[at], next) ? next : undefined;
}

/** "9ooo" as "9000": a postcode whose zeros a scan's reader read as o's, when it starts with a digit. */
function postcodeDigits(text: string): string {
  return /^\d[\dOo]{3,4}$/.test(text) ? text.replace(/[Oo]/g, "0") : text;
}
