// Reads a typed value from the words after (or below) a label, in reading order.

import type { TStoredField } from "@/db/schema";
import { charWidth } from "./box-geometry";
import { hasCompanySuffix } from "./company-suffix";
import { PARTY_HEADING_WORDS, type TValueKind } from "./field-concepts";
import { POSTCODE } from "./find-address-parts";
import { pickSiren } from "./find-siren";
import { isLabelHead } from "./is-label-head";
import { tokenize } from "./normalize-text";
import { joinWords, type TPlacedWord } from "./page-rows";
import { parseBoolean, parseEnum } from "./parse-choice";
import { parseEmail, parsePhone, parseWebsite } from "./parse-contact";
import { parseCurrency } from "./parse-currency";
import { parseDate } from "./parse-date";
import { pickAmount } from "./pick-amount";
import { firstOf, pickId, pickTaxId, withMisreadPrefix } from "./pick-id";

export type TValueSpec = {
  type: TStoredField["type"];
  kind?: TValueKind;
  options?: string[];
  /** Which amount of a run to take: totals take the last. */
  amount: "first" | "last";
  /** A zero amount is an unlikely answer (totals). */
  zeroIsDoubtful?: boolean;
  /** The label's last word, right before the words to read ("taxes:" before "3 693.15"). */
  after?: TPlacedWord;
};

/** `validity` (0..1) says how sure we are the words are a well-formed value of the type. */
export type TValuePick = {
  words: TPlacedWord[];
  text: string;
  normalized: string | number | boolean;
  validity: number;
  /** The value is implied by what is printed (a currency from the bank's country), not printed itself. */
  inferred?: boolean;
};

type TParse = (text: string) => { normalized: string | number | boolean; validity: number } | null;

// An amount read past an OCR slip ("RrM28.05") is right less often than a cleanly printed one.
export const MISREAD_FACTOR = 0.9;
const ZERO_FACTOR = 0.5;

// Incoterms 2020 and 2010, and the older codes still printed.
const INCOTERMS = new Set("EXW FCA FAS FOB CFR CIF CPT CIP DAP DPU DDP DAT DDU DAF DES DEQ".split(" "));

const SEPARATOR_WORD = /^[:#=\-–.]+$/;
const ID_IN_NAME_VALIDITY = 0.5;
const NO_LETTER_NAME_VALIDITY = 0.3;
const NUMBER_LABEL = /(?:nummer|number|\bno|\bnr|\bid)\.?$/i;
// "Vs. ordine", "N.º pedido", "Cód. cliente": a row of meta labels beside a party label reads as a name; it is labels.
const META_LABEL_WORDS = new Set(
  "vs ns vostro nostro your our uw votre su no n nr order ordine pedido commande bestellung bestelling encomenda cod code codice codigo ref reference riferimento referencia date data fecha datum cliente client customer kunde klant pi piva iva vat cf nif cif currency moneda valuta wahrung devise munt".split(
    " ",
  ),
);
// A lowercase word of four letters or more before a full stop ends a sentence; "Co.", "e.U.", "S.A." end names.
const SENTENCE_END = /(?:^|\s)\p{Ll}{4,}\.$/u;
// A bank's BIC on a line of its own ("HBUKGB4B"); with a digit, so no eight-letter word ("HARDWARE") is one.
const BIC_WITH_DIGIT = /^(?=[A-Z]*\d)[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

export function pickValue(words: TPlacedWord[], spec: TValueSpec): TValuePick | null {
  const first = words.findIndex((word) => !SEPARATOR_WORD.test(word.text));
  if (first < 0) return null;
  const usable = words.slice(first);
  switch (spec.type) {
    case "number":
      return pickNumber(usable, spec);
    case "date": {
      // Up to five words: "14 de marzo de 2024".
      const date = firstWindow(usable, 5, (text) => {
        const parsed = parseDate(text);
        // A date read through a scan's misreading ("FE8", "2819") is less sure than one printed plainly.
        return parsed && { normalized: parsed.iso, validity: parsed.repaired ? 0.8 : parsed.ambiguous ? 0.9 : 1 };
      });
      // "… bis zum 2024-04-07.": the sentence's full stop is no part of the date.
      return date && { ...date, text: date.text.replace(/[.,;:]+$/, "") };
    }
    case "email":
      return pickEmail(usable);
    case "phone":
      return pickPhone(usable);
    case "boolean":
      return firstWindow(usable, 1, (text) => {
        const value = parseBoolean(text);
        return value === null ? null : { normalized: value, validity: 1 };
      });
    case "enum":
      return firstWindow(usable, 4, (text) => {
        const option = parseEnum(text, spec.options ?? []);
        return option ? { normalized: option, validity: 1 } : null;
      });
    default:
      // A text field for an email, phone or website ("Partner Email") takes only a value of that shape.
      if (spec.kind === "email") return pickEmail(usable);
      if (spec.kind === "phone") return pickPhone(usable);
      if (spec.kind === "website") return pickWebsite(usable);
      if (spec.kind === "iban") return pickIban(usable);
      if (spec.kind === "bic") return pickBic(usable);
      if (spec.kind === "postcode") return pickPostcode(usable);
      if (spec.kind === "siren") return pickSiren(usable);
      if (spec.kind === "currency") return pickCurrency(usable);
      if (spec.kind === "incoterm") return pickIncoterm(usable);
      if (spec.kind === "name") return pickName(usable);
      if (spec.kind === "tax_id") return withMisreadPrefix(firstOf(pickTaxId(usable), shortTaxIdDoubted(pickId(usable)), usable));
      return spec.kind === "id" ? pickId(usable) : pickText(usable);
  }
}

function pickNumber(words: TPlacedWord[], spec: TValueSpec): TValuePick | null {
  const found = pickAmount(words, spec.amount, spec.after);
  if (!found) return null;
  // Seven digits and more in one run, no separator, no cents: an id ("N° TVA: FR 23 584016569"), not money.
  if (spec.kind === "amount" && found.words.length === 1 && /^\d{7,}$/.test(found.words[0].text)) return null;
  // Money is printed with cents; a bare integer after "Total" is more often a count.
  const printed = spec.kind !== "amount" ? 1 : found.parsed.decimals === 2 ? 1 : found.parsed.decimals === 0 ? 0.7 : 0.85;
  const validity =
    printed * (found.parsed.misread ? MISREAD_FACTOR : 1) * (spec.zeroIsDoubtful && found.parsed.value === 0 ? ZERO_FACTOR : 1);
  return { words: found.words, text: joinWords(found.words), normalized: found.parsed.value, validity };
}

export function pickEmail(words: TPlacedWord[]): TValuePick | null {
  return firstWindow(words, 1, (text) => {
    const email = parseEmail(text);
    return email ? { normalized: email, validity: 1 } : null;
  });
}

export function pickPhone(words: TPlacedWord[]): TValuePick | null {
  return firstWindow(words, 5, (text) => {
    const phone = parsePhone(text.replace(/^(?:tel|phone|fax|mobile)\.?:?\s*/i, ""));
    return phone ? { normalized: phone, validity: 1 } : null;
  });
}

/** A website as printed without its path ("aws.amazon.com/contact-us/" → "aws.amazon.com"). */
export function pickWebsite(words: TPlacedWord[]): TValuePick | null {
  for (const word of words) {
    const website = parseWebsite(word.text);
    if (website) return { words: [word], text: website.site, normalized: website.normalized, validity: 1 };
  }
  return null;
}

// A country code, two check digits and 8 to 30 letters or digits (the longest national part, Malta's and Russia's,
// is 30; the shortest IBAN, Norway's, 15 characters). A bank account printed as just a code and digits
// ("US1234567890") is taken too, as a less certain reading.
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/;
const IBAN_WORDS = 9;
// Check digits that fail mean a misread digit, or an account number that is no IBAN: never reported as sure.
const UNCHECKED_IBAN_VALIDITY = 0.6;
// Tax ids have seven characters or more (a VAT number 8 to 12 digits, "B06617989", "12-3456789"): a shorter id
// under a tax id's label is part of one the layout split ("VAT registration no.: GB 947" wrapping "6336 73").
const MIN_TAX_ID_LENGTH = 7;
const SHORT_TAX_ID_VALIDITY = 0.5;

function shortTaxIdDoubted(pick: TValuePick | null): TValuePick | null {
  if (!pick || String(pick.normalized).replace(/[^\p{L}\p{N}]/gu, "").length >= MIN_TAX_ID_LENGTH) return pick;
  return { ...pick, validity: Math.min(pick.validity, SHORT_TAX_ID_VALIDITY) };
}

/**
 * "FR76 1010 7002 4500 6170 5231 739": the IBAN as printed (in groups or not), normalized without spaces. The longest
 * run of words whose check digits hold; else the longest that has an IBAN's shape and whose groups after the first
 * are short and carry digits, so a label printed after it ("… 5678 90 Handelsreg.") stays out.
 */
export function pickIban(words: TPlacedWord[]): TValuePick | null {
  // "Intesa.IBANIT55Y3274…", "…2363 88·BIC": the reader may run the label or the next part of the line into the number.
  const strip = (word: TPlacedWord) =>
    word.text
      .replace(/^.*IBAN:?(?=[A-Z]{2}\d{2})/i, "")
      .replace(/^[·•|]+/, "")
      .replace(/[·•|].*$/, "")
      .replace(/[.,;:]+$/, "");
  const read = (slice: TPlacedWord[]) => slice.map(strip).join("").toUpperCase();
  let unchecked: TValuePick | null = null;
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(IBAN_WORDS, words.length - start); length >= 1; length--) {
      const slice = words.slice(start, start + length);
      const compact = read(slice);
      if (!IBAN_SHAPE.test(compact)) continue;
      const pick = { words: slice, text: slice.map(strip).join(" "), normalized: compact, validity: 1 };
      if (ibanChecksumHolds(compact)) return pick;
      const grouped = slice.slice(1).every((word) => /^[A-Z0-9]{1,4}$/i.test(strip(word)) && /\d/.test(word.text));
      if (grouped && !unchecked) unchecked = { ...pick, validity: UNCHECKED_IBAN_VALIDITY };
    }
  }
  return unchecked;
}

/** ISO 13616: the country code and check digits moved to the end, letters as 10..35, the number mod 97 is 1. */
function ibanChecksumHolds(iban: string): boolean {
  if (iban.length < 15) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/** "94538", "69100", "94538-1234": the first word that is a postcode of 4 to 6 digits (with a ZIP+4 suffix). */
function pickPostcode(words: TPlacedWord[]): TValuePick | null {
  for (const word of words) {
    const postcode = word.text.replace(/^[(]+|[,;.)]+$/g, "");
    if (POSTCODE.test(postcode)) return { words: [word], text: postcode, normalized: postcode, validity: 1 };
  }
  return null;
}

/** "BREDFRPP", "DEUTDEFF500": a bank code, country, location and optional branch (ISO 9362). */
export function pickBic(words: TPlacedWord[]): TValuePick | null {
  for (const word of words) {
    const bic = word.text.replace(/[.,;:]+$/, "");
    if (/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(bic)) return { words: [word], text: bic, normalized: bic, validity: 1 };
  }
  return null;
}

/** The first word that is or carries a currency ("EUR", "€", "$4.11"); the value is its ISO code. */
function pickCurrency(words: TPlacedWord[]): TValuePick | null {
  for (const word of words) {
    const currency = parseCurrency(word.text);
    if (currency) return { words: [word], text: currency.code, normalized: currency.code, validity: 1 };
  }
  return null;
}

/** "DPU - DELIVERED AT PLACE UNLOADED", "FCA Hamburg": the Incoterms code, without its words or named place. */
function pickIncoterm(words: TPlacedWord[]): TValuePick | null {
  // "DPU - DELIVERED AT PLACE", or with the reader's spaces lost, "DPU-DELIVERED": the code is the word's first part.
  const codeOf = (text: string) => [text, text.split(/[-–:/]/)[0]].map((part) => part.replace(/[^A-Za-z]/g, "").toUpperCase());
  const word = words.find((candidate) => codeOf(candidate.text).some((code) => INCOTERMS.has(code)));
  if (!word) return null;
  const code = codeOf(word.text).find((candidate) => INCOTERMS.has(candidate))!;
  return { words: [word], text: word.text, normalized: code, validity: 1 };
}

/** The earliest start, and from it the longest window of up to `maxWords` words, that parses. */
function firstWindow(words: TPlacedWord[], maxWords: number, parse: TParse): TValuePick | null {
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(maxWords, words.length - start); length >= 1; length--) {
      const slice = words.slice(start, start + length);
      const text = joinWords(slice);
      const parsed = parse(text);
      if (parsed) return { words: slice, text, ...parsed };
    }
  }
  return null;
}

/**
 * Free text runs until a column gap or the next label ("Acme Corp  Date:"). Words that are
 * themselves a short label ("Phone:", "Globale Nummer:") are no value.
 */
function pickText(words: TPlacedWord[]): TValuePick | null {
  const taken: TPlacedWord[] = [];
  for (const word of words) {
    const previous = taken.at(-1);
    if (previous && word.box.x0 - previous.box.x1 > 2.5 * Math.max(charWidth(word), charWidth(previous))) break;
    if (word.text.endsWith(":")) {
      if (taken.length < 2) return null;
      break;
    }
    taken.push(word);
  }
  const text = joinWords(taken);
  const normalized = text
    .replace(/\s+/g, " ")
    .replace(/[,;:]+$/, "")
    .trim();
  if (!normalized) return null;
  return { words: taken, text, normalized, validity: /\p{L}/u.test(normalized) ? 1 : 0.6 };
}

/** A person's or company's name is free text without ids: "Kundennummer GE2020211" is another label's value. */
function pickName(words: TPlacedWord[]): TValuePick | null {
  if (isLabelHead(words)) return null;
  const text = pickText(words);
  if (!text) return null;
  // "Kundennummer GE2020211", or "Tél 05 15 65 58 56" (more digits than letters): an id or a number, not a name.
  const digits = text.text.match(/\d/g)?.length ?? 0;
  const hasId = text.words.some((word) => (word.text.match(/\d/g)?.length ?? 0) >= 3) || digits > (text.text.match(/\p{L}/gu)?.length ?? 0);
  // "Kundennummer", "Customer No": the label of an id printed further right.
  const isIdLabel = NUMBER_LABEL.test(text.text);
  if (!/\p{L}/u.test(text.text)) return { ...text, validity: NO_LETTER_NAME_VALIDITY };
  // "From: billing@acme.com": an address is no name; nor is a sentence ("… Please find our invoice below.") or a BIC.
  // A legal form misread in small letters ends a name, not a sentence ("Summit consulting Group corp.").
  const sentence = SENTENCE_END.test(text.text) && !hasCompanySuffix(text.text);
  if (/@|\bwww\.|https?:/i.test(text.text) || sentence || BIC_WITH_DIGIT.test(text.text)) {
    return { ...text, validity: NO_LETTER_NAME_VALIDITY };
  }
  // "Acheteur" beside "Vendeur", "Ship to" beside "Bill to": the next column's heading; or another meta label.
  const tokens = tokenize(text.text);
  if (tokens.every((token) => PARTY_HEADING_WORDS.has(token) || META_LABEL_WORDS.has(token)))
    return { ...text, validity: NO_LETTER_NAME_VALIDITY };
  return hasId || isIdLabel ? { ...text, validity: Math.min(text.validity, ID_IN_NAME_VALIDITY) } : text;
}
