// Finds a field's labels in the page rows: case-insensitive, punctuation-blind, one OCR slip
// allowed per long token. A label next to words that make it another concept ("Sub total",
// "Total qty", "Due date") still matches, at half strength, so it wins only when nothing else does.

import type { TBox } from "@/lib/layout/types";
import { isColumnGap, unionBoxes } from "./box-geometry";
import type { TConcept } from "./field-concepts";
import { LABEL_STRENGTH, type TFieldLabel } from "./field-labels";
import { findWrappedCellLabels, withWrappedCellLabels } from "./find-wrapped-cell-labels";
import { isInTaxSummary } from "./is-in-tax-summary";
import { labelEndWrappedBelow, wrappedPartNamesNegative } from "./label-wrapped-from-above";
import { compareTokens, isOneIForL, tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";
import { parseNumber } from "./parse-number";
import { rowLabelTokens, type TRowToken, withoutGluedRate } from "./row-label-tokens";
import { labelWordPairs } from "./split-glued-label-words";
import { PART_SEPARATOR } from "./until-separator";

export type TLabelMatch = {
  page: number;
  row: number;
  box: TBox;
  /** Label strength × 0.8 when fuzzy × 0.5 when a neighbour names another concept × 0.9 for an amount's label inside a sentence. */
  strength: number;
  /** Index of the label's last word in its row. */
  lastWord: number;
  /** The whole label names a related concept ("Total a pagar" for the total): second to an equal plain label. */
  related?: boolean;
  /** A word beside the label names another concept ("Customer VAT No." for the seller's VAT id). */
  besideOtherConcept?: boolean;
};

const FUZZY_FACTOR = 0.8;
const OTHER_CONCEPT_FACTOR = 0.5;
// A tax breakdown's "Total" row sums its net and tax columns: less likely the amount to pay than a row whose
// label names another amount ("Net Total 2986.96" over "GST Summary … Total 2817.89 169.07"). Its net column
// is still a fair reading of the net total.
const TAX_SUMMARY_FACTOR = 0.3;
const NEIGHBOUR_SPAN = 4;
// "GST @6% included in total RM 0.75": an amount label deep in a sentence is prose, weaker than one that starts
// its line ("Total Incl. GST RM 13.30"); "Invoice Total" (one word before) is still a label.
const PROSE_WORDS = 3;
const PROSE_FACTOR = 0.9;

/**
 * `freeText`: the value is free text, which can't tell a label from a word of a name ("Lieferant
 * GmbH" is a vendor, not the label "Lieferant"), so the label must end with ":" or a column gap.
 */
export function findLabelMatches(
  pages: TPageRows[],
  labels: TFieldLabel[],
  concept: TConcept | null,
  own: Set<string>,
  freeText = false,
): TLabelMatch[] {
  const best = new Map<string, TLabelMatch>();
  const gluedPairs = labelWordPairs(labels);
  for (const page of pages) {
    page.rows.forEach((row, rowIndex) => {
      const tokens = rowLabelTokens(row, gluedPairs);
      for (const label of labels) {
        for (let start = 0; start + label.tokens.length <= tokens.length; start++) {
          const fuzzy = matchAt(label.tokens, tokens, start);
          if (fuzzy === null) continue;
          const end = start + label.tokens.length;
          const [first, last] = [tokens[start].word, tokens[end - 1].word];
          // An OCR-slipped label must still look like one, or "Office Supplies" reads as "Supplier".
          if (fuzzy && !looksLikeLabel(row, first, last, label.tokens) && !(concept?.kind === "amount" && precedesAmount(row, last)))
            continue;
          if (freeText && (!endsLikeLabel(row, last) || !startsItsWord(tokens, start) || !endsItsWord(tokens, end))) continue;
          // A name line one slip from a heading ("Forniture" ~ "Fornitore") is a heading only with its colon.
          if (freeText && fuzzy && !endsWithColon(row, last)) continue;
          if (isBracketed(row, first, last) || isAddress(row, first, last)) continue;
          // "Data   Scadenza" in a row of labels are two labels, not "Data scadenza": a label spans no column gap.
          if (row.slice(first, last).some((word, index) => isGap(word, row[first + index + 1]))) continue;
          const otherConcept =
            namesOtherConcept(row, tokens, start, end, concept, own) || wrappedPartNamesNegative(page, rowIndex, first, last, concept, own);
          const inTaxSummary = concept?.avoidTaxSummary === true && isInTaxSummary(page.rows, rowIndex);
          const inProse = concept?.kind === "amount" && wordsBeforeInSegment(row, first) >= PROSE_WORDS;
          const strength =
            label.strength *
            (fuzzy ? FUZZY_FACTOR : 1) *
            (inTaxSummary && isPayable(concept) ? TAX_SUMMARY_FACTOR : inTaxSummary || otherConcept ? OTHER_CONCEPT_FACTOR : 1) *
            (inProse ? PROSE_FACTOR : 1);
          const id = `${page.page}:${rowIndex}:${first}`;
          const known = best.get(id);
          // "Total a pagar" after "Total": a longer label of a related concept (what is left to pay, not the total)
          // names the row more exactly than the field's own word at its start.
          const narrower = known !== undefined && last > known.lastWord && label.strength <= LABEL_STRENGTH.relatedSynonym;
          if (known && known.strength >= strength && known.lastWord >= last) continue;
          // Labels of one field starting at one word: the strongest's strength, the longest's extent, so the
          // value is read after all of "Date de facture :" even when the field's own name "Date" is stronger.
          const lastWord = Math.max(last, known?.lastWord ?? last);
          const box = unionBoxes(row.slice(first, lastWord + 1).map((word) => word.box));
          best.set(id, {
            page: page.page,
            row: rowIndex,
            box,
            strength: Math.max(strength, known?.strength ?? 0),
            lastWord,
            related: narrower || (known?.related === true && known.lastWord >= last),
            besideOtherConcept: known && known.strength > strength ? known.besideOtherConcept : otherConcept,
          });
        }
      }
    });
  }
  // "Te betalen" over "vóór": a label cell the column wrapped, where no label was found on its lines.
  const found = [...best.values()].map((match) => endWrappedBelow(pages, match));
  return withWrappedCellLabels(pages, found, findWrappedCellLabels(pages, labels)).sort(
    (a, b) => a.page - b.page || a.row - b.row || a.box.x0 - b.box.x0,
  );
}

/**
 * "… Data emissione: 14 gennaio 2023  Scadenza" over "pagamento: 28 gennaio 2023": a label ending a meta row the page
 * wrapped ends at the start of the next line, its value after it there.
 */
function endWrappedBelow(pages: TPageRows[], match: TLabelMatch): TLabelMatch {
  const rows = pages.find((page) => page.page === match.page)?.rows ?? [];
  // Not where the wrapped end names another concept ("| Data" over "prestazione:", the service date's).
  const [end] = match.besideOtherConcept ? [] : labelEndWrappedBelow(rows, match.row, match.lastWord);
  if (!end || rows[match.row + 1].length < 2) return match;
  return { ...match, row: match.row + 1, lastWord: 0, box: end.box };
}

/**
 * null when the label doesn't match at `start`, else whether any token matched only loosely:
 * one OCR slip, or a German compound ending in the label's first word ("Handelsrechnung Nr.").
 */
function matchAt(label: string[], tokens: TRowToken[], start: number): boolean | null {
  let fuzzy = false;
  for (let i = 0; i < label.length; i++) {
    const token = tokens[start + i].token;
    const result = compareTokens(label[i], token);
    if (result === "fuzzy") fuzzy = true;
    else if (!result && i === 0 && label.length > 1 && label[0].length >= 6 && token.endsWith(label[0])) fuzzy = true;
    else if (!result) return null;
  }
  return fuzzy;
}

/** A name's label is a word of its own: "Kunde" in the column header "Art-Nr-Kunde" is no label. */
function startsItsWord(tokens: TRowToken[], start: number): boolean {
  return start === 0 || tokens[start - 1].word !== tokens[start].word;
}

/** "To" in "REA TO-2926911" is no label: a name's label does not run on into digits ("Käufer/Leistungsempfänger" is two). */
function endsItsWord(tokens: TRowToken[], end: number): boolean {
  return end === tokens.length || tokens[end].word !== tokens[end - 1].word || !/\d/.test(tokens[end].token);
}

/**
 * "rechnung@pichler.at", "www.invoice-hub.com": words of an email or web address are no label. "VAT@20%" (a rate's
 * "@" glued to its label) is none.
 */
function isAddress(row: TPlacedWord[], first: number, last: number): boolean {
  return row.slice(first, last + 1).some((word) => /@[\p{L}\d-]+\.\p{L}|www\.|https?:/iu.test(word.text));
}

/** "10121 Torino (TO)", "Kuala Lumpur (KL)": words in brackets are an abbreviation, no label ("To"). */
function isBracketed(row: TPlacedWord[], first: number, last: number): boolean {
  return row[first].text.startsWith("(") && /\)[:.]?$/.test(row[last].text);
}

/** Ends with a colon, or starts its line segment. */
function looksLikeLabel(row: TPlacedWord[], first: number, last: number, label: string[]): boolean {
  // "TAX 1NVOICE n0.2025-0287": a number sign ends a label as its colon would.
  return endsWithColon(row, last) || isGap(row[first - 1], row[first]) || label.at(-1) === "no";
}

/** "NLT YOTAL      343.95": a slipped amount label after a slipped word still has its amount across a gap. */
function precedesAmount(row: TPlacedWord[], last: number): boolean {
  const next = row[last + 1];
  return next !== undefined && isGap(row[last], next) && parseNumber(next.text) !== null;
}

/** Ends with a colon, or ends its line segment. */
function endsLikeLabel(row: TPlacedWord[], last: number): boolean {
  return endsWithColon(row, last) || isGap(row[last], row[last + 1]);
}

function endsWithColon(row: TPlacedWord[], last: number): boolean {
  return row[last].text.endsWith(":") || row[last + 1]?.text.startsWith(":") === true;
}

/** True at the row's edges, and between words further apart than a couple of characters. */
function isGap(left: TPlacedWord | undefined, right: TPlacedWord | undefined): boolean {
  return !left || !right || isColumnGap(left, right);
}

/** How many words (with letters: not "19%" or "7") precede row[first] without a column gap between them. */
function wordsBeforeInSegment(row: TPlacedWord[], first: number): number {
  let count = 0;
  for (let i = first - 1; i >= 0 && !isGap(row[i], row[i + 1]) && !repeatsWord(row, i, first); i--) {
    // "Totale imponibile IVA 22 %   IVA 10 %": a rate ends the cell before, as it ends a label's neighbourhood.
    if (PERCENTAGE.test(row[i].text) || row[i].text === "%") break;
    if (/\p{L}/u.test(row[i].text)) count++;
  }
  return count;
}

/**
 * "Bedrag excl. BTW BTW 21% TOTAAL": the label's word printed again right beside it ends the cell before (or starts
 * the cell after), however narrow the gap a text layer left between two bold labels; also with its rate glued on
 * ("Total excl. VAT VAT20%") or glued to the word before it ("excl.BTW BTW 21%").
 */
function repeatsWord(row: TPlacedWord[], index: number, labelWord: number): boolean {
  const tokens = (word: TPlacedWord) => tokenize(word.text.replace(GLUED_RATE, ""));
  const [left, right] = [tokens(row[Math.min(index, labelWord)]), tokens(row[Math.max(index, labelWord)])];
  return Math.abs(index - labelWord) === 1 && left.length > 0 && left.at(-1) === right[0];
}

/** Whether the words around the label tokens tokens[start..end) name another concept. */
function namesOtherConcept(
  row: TPlacedWord[],
  tokens: TRowToken[],
  start: number,
  end: number,
  concept: TConcept | null,
  own: Set<string>,
): boolean {
  if (!concept?.negatives && !concept?.conditionalNegatives) return false;
  const [first, last] = [tokens[start].word, tokens[end - 1].word];
  // "Total GST6% 0.70": a tax label glued to its rate still names the tax.
  // "Customer ID: C16974.VAT No.:852…": a value glued before the label in its word ends the part before it.
  const valueAt = tokens.findLastIndex((token, index) => token.word === first && index < start && /\d/.test(token.token));
  const valueBefore = valueAt >= 0;
  // "SUB-TOTAL" is one word: the label's own words can carry the other concept's token, after any value in it.
  const inLabelWords = tokens.filter(
    (token, index) => (token.word === first && index > valueAt && index < start) || (token.word === last && index >= end),
  );
  const near = [...(valueBefore ? [] : neighbours(row, first, -1)), ...neighbours(row, last, 1)]
    .flatMap((word) => tokenize(word.text).flatMap(withoutGluedRate))
    .concat(inLabelWords.map((token) => token.token))
    // "Fecha devencimiento": the preposition run on to the word naming the other concept.
    .flatMap((token) => [token, token.replace(GLUED_PREPOSITION, "")])
    .filter((token) => !own.has(token));
  // "Date Iimite de paiement": a word naming the other concept with its l read as a capital I still names it.
  if (near.some((token) => concept.negatives?.some((negative) => negative === token || isOneIForL(negative, token)))) return true;
  // "Pleasepay to:": the word right before the label, run together with the one before it by a scan's reader; or glued
  // to the label itself ("Subtotaalexcl.BTW").
  const before = [tokenize(row[first - 1]?.text ?? "").at(-1), tokens[start - 1]?.word === first ? tokens[start - 1].token : undefined];
  const endsWithNegative = (token: string | undefined) =>
    token !== undefined &&
    concept.negatives?.some((negative) => negative.length >= 3 && token.length > negative.length && token.endsWith(negative));
  if (before.some(endsWithNegative)) return true;
  const conditional = concept.conditionalNegatives;
  if (!conditional || near.some((token) => conditional.unless.includes(token))) return false;
  return near.some((token) => conditional.tokens.includes(token));
}

const GLUED_PREPOSITION = /^(?:de|del|di|du)(?=\p{L}{6,}$)/u;
const GLUED_RATE_WORD = /\p{L}\d{1,2}(?:[.,]\d{1,2})?%\)?$/u;
const GLUED_RATE = /(?<=\p{L})\d{1,2}(?:[.,]\d{1,2})?%\)?$/u;

// "IVA 22%   Netto a pagare": a rate ends the cell before the label, as a value would ("Total 20% VAT" reads on);
// so does one written "@20%" ("Sub-total VAT @20% Total incl. VAT" in one header row).
const PERCENTAGE = /^[(@]?\d{1,2}(?:[.,]\d{1,2})?\s?%\)?$/;
// "IVA (21 %) Total factura" as a scan's reader splits it: the sign read apart from its rate still ends the rate.
const LONE_PERCENT_SIGN = /^%\)?:?$/;

/**
 * Up to NEIGHBOUR_SPAN words on one side of the label, stopping at a number (the previous or next
 * value), a rate before the label, and at a column gap ("Numéro de facture : F1      Date de facture : …" are two labels).
 */
function neighbours(row: TPlacedWord[], from: number, step: 1 | -1): TPlacedWord[] {
  const found: TPlacedWord[] = [];
  // "10/09/2024 ·Data emissione:": a label whose first word starts a part has no neighbours before it.
  if (step === -1 && PART_SEPARATOR.test(row[from].text.charAt(0))) return found;
  for (let i = from + step; i >= 0 && i < row.length && found.length < NEIGHBOUR_SPAN; i += step) {
    // A rate ends the cell on either side: "IVA 22%   Netto a pagare" before the label, "BTW 21%   Totaal incl. btw" after it.
    // So does a value, a date too: "Fällig am: 28.08.25 Rechnungsdatum:" in one run of text.
    if (parseNumber(row[i].text) || PERCENTAGE.test(row[i].text) || LONE_PERCENT_SIGN.test(row[i].text) || parseDate(row[i].text)) break;
    // A rate glued to its tax label ends the cell too: before the label it is the previous cell's ("Sub-total VAT20%
    // Total incl. VAT", a scan's one line), after it the label's own ("Total GST6% 0.70" names the tax).
    if (GLUED_RATE_WORD.test(row[i].text)) {
      if (step === 1) found.push(row[i]);
      break;
    }
    const [left, right] = step === 1 ? [row[i - 1], row[i]] : [row[i], row[i + 1]];
    if (isGap(left, right) || repeatsWord(row, i, from)) break;
    // "Invoice Date: 2024-01-12·Payment due by:": a part separator ends the label's neighbourhood; of a word it is
    // glued into, only the label's side counts ("0176977·Remit to:").
    const parts = row[i].text.split(PART_SEPARATOR);
    if (parts.length > 1) {
      const side = step === 1 ? parts[0] : parts[parts.length - 1];
      if (side) found.push({ ...row[i], text: side });
      break;
    }
    found.push(row[i]);
  }
  return found;
}

function isPayable(concept: TConcept | null): boolean {
  return concept?.id === "total" || concept?.id === "amount_due";
}
