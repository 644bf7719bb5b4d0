// Fallbacks when no label is found. They read values that are printed on the page, so they are
// not "inferred", but they are guesses about which printed value is meant: lower confidence.

import { centerY } from "./box-geometry";
import { hasLegalForm } from "./company-suffix";
import type { TConcept } from "./field-concepts";
import { findAddressBlock, findAddressBlockName } from "./find-address-block-name";
import { findAddressPart, type TAddressPart } from "./find-address-parts";
import { findBuyerBlockWords } from "./find-buyer-block-words";
import { findCapitalStatementName } from "./find-capital-statement-name";
import { findDateRanges } from "./find-date-range";
import { findFooterLegalName, findSenderLineLegalName } from "./find-footer-legal-name";
import { findMostMentionedCurrency } from "./find-most-mentioned-currency";
import { findPaymentDeadline } from "./find-payment-deadline";
import { namesPayment } from "./find-payment-total";
import { findRecipientName } from "./find-recipient-name";
import { findUnlabelledSiren } from "./find-siren";
import { findUnlabelledVatId } from "./find-unlabelled-vat-id";
import { findVendorBlock, splitAtGaps } from "./find-vendor-block";
import { inferCurrencyFromCountry } from "./infer-currency-from-country";
import { isInTaxSummary } from "./is-in-tax-summary";
import { spelledAsLetterhead } from "./letterhead-spelling";
import { squash, tokenize } from "./normalize-text";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";
import { findAmounts, type TAmountPick } from "./pick-amount";
import { MISREAD_FACTOR, pickEmail, pickPhone, pickValue, pickWebsite, type TValuePick } from "./pick-value";
import { websiteNames } from "./website-names";

export type TFallbackPick = TValuePick & { page: number; strength: number };

export const FALLBACK_STRENGTH = {
  date: 0.5,
  total: 0.4,
  vendorWithSuffix: 0.6,
  vendor: 0.45,
  address: 0.4,
  currency: 0.6,
  recipient: 0.5,
  addressBlock: 0.4,
  vatId: 0.45,
  contact: 0.45,
  phone: 0.35,
  capitalStatement: 0.55,
  inferredCurrency: 0.35,
  labelledRange: 0.6,
  range: 0.45,
  deadline: 0.5,
} as const;

// Unlabelled, only a phone number that can't be an id: one with an international prefix or an area code in brackets.
const UNAMBIGUOUS_PHONE = /^(?:\+\d|\(\d{2,5}\))/;

const COMPACT_DATE_VALIDITY = 0.7;

// Totals sit in the lower part of a receipt or invoice; the top holds ids, phone numbers and dates.
const TOTAL_REGION_TOP = 0.4;

export function findUnlabelledValue(concept: TConcept | null, type: string, pages: TPageRows[]): TFallbackPick | null {
  if (type === "date" && (concept === null || concept.id === "date")) return firstDate(pages);
  if (type === "date" && (concept?.id === "period_start" || concept?.id === "period_end")) return periodEnd(pages, concept.id);
  if (type === "date" && concept?.id === "due_date") {
    const deadline = findPaymentDeadline(pages);
    return deadline && { ...deadline, strength: FALLBACK_STRENGTH.deadline };
  }
  if (type === "number" && (concept?.id === "total" || concept?.id === "amount_due")) return largestAmount(pages.at(-1));
  if (type === "text" && concept?.id === "vendor_name") return vendorName(pages);
  if (type === "text" && concept?.id === "vendor_address") return vendorAddress(pages[0]);
  if (type === "text" && concept && ADDRESS_PARTS.has(concept.id)) return vendorAddressPart(pages[0], concept.id as TAddressPart);
  if (type === "text" && concept?.id === "currency") return mostMentionedCurrency(pages);
  if (type === "text" && concept?.id === "vat_id") {
    const vatId = findUnlabelledVatId(pages, findBuyerWords(pages));
    return vatId && { ...vatId, strength: FALLBACK_STRENGTH.vatId };
  }
  if (type === "text" && concept?.id === "customer_name") return recipientName(pages);
  if (type === "text" && concept?.id === "siren") {
    const siren = findUnlabelledSiren(pages);
    return siren && { ...siren, strength: FALLBACK_STRENGTH.vatId };
  }
  // An email address or a website is recognisable by its shape alone; a phone number only in some shapes.
  if (type === "email" || (type === "text" && concept?.id === "email")) return firstOnPages(pages, pickEmail, FALLBACK_STRENGTH.contact);
  if (type === "text" && concept?.id === "website") return firstOnPages(pages, pickWebsite, FALLBACK_STRENGTH.contact);
  if (type === "phone" || (type === "text" && concept?.id === "phone")) {
    const phone = (words: TPlacedWord[]) => pickPhone(words.filter((word) => UNAMBIGUOUS_PHONE.test(word.text)));
    return firstOnPages(pages, phone, FALLBACK_STRENGTH.phone);
  }
  return null;
}

/** The first value `pick` finds, row by row from the top of the first page. */
function firstOnPages(pages: TPageRows[], pick: (words: TPlacedWord[]) => TValuePick | null, strength: number): TFallbackPick | null {
  for (const page of pages) {
    for (const row of page.rows) {
      const found = pick(row);
      if (found) return { ...found, page: page.page, strength };
    }
  }
  return null;
}

function firstDate(pages: TPageRows[]): TFallbackPick | null {
  let compact: TFallbackPick | null = null;
  for (const page of pages) {
    for (const row of page.rows) {
      const pick = pickValue(row, { type: "date", amount: "first" });
      if (!pick) continue;
      // "20240131" is as likely an id or a barcode as a date: only when nothing else on the page reads as one
      // (a receipt whose slashes the reader lost: "30032018").
      if (parseDate(pick.text)?.format !== "compact") return { ...pick, page: page.page, strength: FALLBACK_STRENGTH.date };
      compact ??= { ...pick, validity: pick.validity * COMPACT_DATE_VALIDITY, page: page.page, strength: FALLBACK_STRENGTH.date };
    }
  }
  return compact;
}

/** The first printed date range's start or end; surer when the row names a period ("Période du … au …"). */
function periodEnd(pages: TPageRows[], which: "period_start" | "period_end"): TFallbackPick | null {
  const range = findDateRanges(pages)[0];
  if (!range) return null;
  const { iso, words } = which === "period_start" ? range.start : range.end;
  const strength = range.labelled ? FALLBACK_STRENGTH.labelledRange : FALLBACK_STRENGTH.range;
  return { words, text: joinWords(words), normalized: iso, validity: 1, page: range.page, strength };
}

function largestAmount(page: TPageRows | undefined): TFallbackPick | null {
  let best: TAmountPick | null = null;
  for (const [index, row] of (page?.rows ?? []).entries()) {
    if (row.length === 0 || centerY(row[0].box) < TOTAL_REGION_TOP || isInTaxSummary(page!.rows, index)) continue;
    for (const found of findAmounts(row)) {
      // "CASH 1100.00" over a total whose label the reader lost: what was handed over is no total.
      if (found.parsed.decimals !== 2 || isShareCapital(row, found.start) || namesPayment(row.slice(0, found.start))) continue;
      if (!best || found.parsed.value > best.parsed.value) best = found;
    }
  }
  if (!best || !page) return null;
  return {
    words: best.words,
    text: joinWords(best.words),
    normalized: best.parsed.value,
    validity: best.parsed.misread ? MISREAD_FACTOR : 1,
    page: page.page,
    strength: FALLBACK_STRENGTH.total,
  };
}

// A footer's share capital ("Cap. Soc. € 100.000,00 i.v.", "Stammkapital 25.000,00 EUR") is often the page's largest amount.
const CAPITAL_WORDS = new Set("capital capitale kapital stammkapital grundkapital".split(" "));

/** The few words before the amount name a share capital. */
function isShareCapital(row: TPlacedWord[], start: number): boolean {
  const before = row.slice(Math.max(0, start - 4), start).flatMap((word) => tokenize(word.text));
  return before.some((token) => CAPITAL_WORDS.has(token)) || before.join(" ").includes("cap soc");
}

/**
 * The letterhead's company, unless it prints no legal form and a share-capital statement names another: a French
 * invoice's letterhead may be the customer's address or a service department ("Free Service Abonné").
 */
function vendorName(pages: TPageRows[]): TFallbackPick | null {
  const page = pages[0];
  const block = page && findVendorBlock(page);
  if (!block?.hasSuffix) {
    const stated = findCapitalStatementName(pages);
    if (stated) {
      const { words, name } = stated;
      return { words, text: name, normalized: name, validity: 1, page: stated.page, strength: FALLBACK_STRENGTH.capitalStatement };
    }
  }
  if (!page || !block) return null;
  // A logo for a letterhead, or a name chosen from below it (a buyer's): the legal name the footer repeats, if any.
  // A name the letterhead prints whole stays, unless the footer's is longer and the letterhead prints it whole too
  // ("Randstad" over "Kantoorinrichting B.V.": a two-line name).
  const inLetterhead = hasLegalForm(block.name) && squash(block.letterhead).includes(squash(block.name));
  // The sender line above an envelope window also when the name was chosen from below the letterhead ("Pacific Design
  // Studio Co. · 3088 Market Street" over the window's "Bay Area Analytics LLC").
  // The same name read twice stays the letterhead block's reading (a sender line is small print).
  const senderLine = block.hasSuffix && inLetterhead ? null : findSenderLineLegalName(page, block.letterhead);
  // The chosen name counts as spelled too: "Holloway & Pemberton  TAX INVOICE No." over "Consulting Ltd" (a third name
  // line), repeated whole in the footer.
  const inFooter = findFooterLegalName(pages, `${block.letterhead} ${block.name}`, !block.hasSuffix);
  // The same name in the footer and the sender line: the reading with its words apart ("Salzach e.U.", not "Salzache.U.").
  const spacedApart =
    inFooter && senderLine && squash(inFooter.name) === squash(senderLine.name) && senderLine.words.length > inFooter.words.length;
  const footerName =
    (spacedApart ? senderLine : inFooter) ?? (senderLine && squash(senderLine.name) !== squash(block.name) ? senderLine : null);
  const extendsChosen = (name: string) => squash(name).endsWith(squash(block.name)) && squash(block.letterhead).includes(squash(name));
  const footer =
    footerName && (!inLetterhead || (footerName.name.length > block.name.length && extendsChosen(footerName.name))) ? footerName : null;
  if (footer) {
    const { words } = footer;
    const siteNames = pages.flatMap((page) => [...websiteNames(page.words)]).join(" ");
    const name = spelledAsLetterhead(footer.name, block.letterhead, siteNames);
    return { words, text: name, normalized: name, validity: 1, page: footer.page, strength: FALLBACK_STRENGTH.vendorWithSuffix };
  }
  const words = block.nameWords;
  const strength = block.hasSuffix ? FALLBACK_STRENGTH.vendorWithSuffix : FALLBACK_STRENGTH.vendor;
  return { words, text: block.name, normalized: block.name, validity: 1, page: page.page, strength };
}

/** The name under an envelope window's sender line, else the first line of the address block that isn't the seller's. */
function recipientName(pages: TPageRows[]): TFallbackPick | null {
  const page = pages[0];
  if (!page) return null;
  const underSenderLine = findRecipientName(page);
  if (underSenderLine) return { ...underSenderLine, page: page.page, strength: FALLBACK_STRENGTH.recipient };
  const block = findAddressBlockName(page, sellerNames(pages));
  return block && { ...block, page: page.page, strength: FALLBACK_STRENGTH.addressBlock };
}

/**
 * The seller as the vendor field reads it (a logo letterhead's footer name), and the letterhead as printed: the
 * letterhead block's own choice can be the buyer's name when the letterhead prints no legal form.
 */
function sellerNames(pages: TPageRows[]): string[] {
  return [vendorName(pages)?.text, pages[0] && findVendorBlock(pages[0])?.letterhead].filter((name): name is string => !!name);
}

/**
 * The words of the buyer's block on the first page: under its heading ("Bill to", "Spett.le"), else the address
 * block that is not the seller's, with the lines under it. Ids printed there (a VAT id) are the buyer's.
 */
export function findBuyerWords(pages: TPageRows[]): Set<TPlacedWord> {
  const page = pages[0];
  if (!page) return new Set();
  const underHeading = findBuyerBlockWords(page, splitAtGaps);
  return underHeading.size > 0 ? underHeading : (findAddressBlock(page, sellerNames(pages))?.words ?? new Set());
}

function vendorAddress(page: TPageRows | undefined): TFallbackPick | null {
  const block = page && findVendorBlock(page);
  if (!page || !block || block.addressLines.length === 0) return null;
  const words = block.addressLines.flat();
  const text = joinWords(words);
  return { words, text, normalized: text, validity: 1, page: page.page, strength: FALLBACK_STRENGTH.address };
}

const ADDRESS_PARTS = new Set<string>(["postcode", "city", "state", "street"]);

function vendorAddressPart(page: TPageRows | undefined, part: TAddressPart): TFallbackPick | null {
  const block = page && findVendorBlock(page);
  const found = block && findAddressPart(block.addressLines, part);
  if (!page || !found) return null;
  return {
    words: found.words,
    text: found.text,
    normalized: found.text,
    validity: 1,
    page: page.page,
    strength: FALLBACK_STRENGTH.address,
  };
}

function mostMentionedCurrency(pages: TPageRows[]): TFallbackPick | null {
  const found = findMostMentionedCurrency(pages);
  if (!found) {
    const inferred = inferCurrencyFromCountry(pages);
    return inferred && { ...inferred, inferred: true, strength: FALLBACK_STRENGTH.inferredCurrency };
  }
  const { code, word, page } = found;
  return { words: [word], text: code, normalized: code, validity: 1, page, strength: FALLBACK_STRENGTH.currency };
}
