import "server-only";
import type { TStoredField } from "@/db/schema";
import { unionBoxes } from "./box-geometry";
import { calibrateConfidence } from "./calibrate-confidence";
import { checkedTotal, type TCandidate, type TRankedPick } from "./check-total";
import { deriveNetAmount } from "./derive-net-amount";
import { detectConcept, fieldTokens } from "./detect-concept";
import type { TConcept } from "./field-concepts";
import { buildFieldLabels } from "./field-labels";
import { findLabelMatches, type TLabelMatch } from "./find-label-matches";
import { findBuyerWords, findUnlabelledValue } from "./find-unlabelled-value";
import { findValueNearLabel } from "./find-value-near-label";
import { findHeaderTables, readHeaderTables, type THeaderTable } from "./header-table";
import { asMonthFirst, inferDateOrder } from "./infer-date-order";
import { inferDocumentType } from "./infer-document-type";
import { normalizeAddressCountry } from "./normalize-address-country";
import { tokenize } from "./normalize-text";
import { buildPageRows, type TPageRows } from "./page-rows";
import { parseDate } from "./parse-date";
import type { TValuePick, TValueSpec } from "./pick-value";
import { rateOfLabel, rateWrappedAbove, sumPerRate } from "./sum-tax-by-rate";
import type { TExtractedField, TExtractor } from "./types";

const MAX_CONFIDENCE = 0.99;
// A type code inferred from the printed title is a guess: right for most invoices, never certain.
const INFERRED_TYPE_STRENGTH = 0.45;
// Labels whose ranks differ by less than this are equally good; position decides between them.
const RANK_TIE = 0.01;
// Labels whose tops differ by less than this (page heights) stand on one line: the left one is read first.
const SAME_LINE = 0.005;
// Tax lines of one breakdown rank alike, give or take a label the reader glued ("CuotaIVA 21%", weighed 0.95).
const TAX_LINE_BAND = 0.05;
// The seller's id labelled inside the buyer's block: as weak as a label beside another concept's word.
const BUYER_BLOCK_FACTOR = 0.5;

/**
 * The offline extractor: finds each field's label on the page (its aliases, name, key and
 * common synonyms), reads the typed value beside or below it, and falls back to layout rules
 * (first date, letterhead, largest amount) when no label is printed. Pure CPU, no I/O.
 */
export const extractFieldsOffline: TExtractor = createOfflineExtractor(calibrateConfidence);

/** Maps the extractor's raw score (label strength × value validity × OCR confidence) to the reported confidence. */
export type TCalibrate = (raw: number) => number;

/** The offline extractor with another confidence mapping: the calibration benchmark fits on raw scores (`(raw) => raw`). */
export function createOfflineExtractor(calibrate: TCalibrate): TExtractor {
  return async ({ fields, pages }) => {
    const rows = pages.map(buildPageRows);
    const tables = rows.flatMap(findHeaderTables);
    return fields.map((field) => extractField(field, rows, tables, calibrate));
  };
}

function extractField(field: TStoredField, pages: TPageRows[], tables: THeaderTable[], calibrate: TCalibrate): TExtractedField {
  const concept = detectConcept(field);
  if (concept?.id === "document_type") return documentTypeField(field.key, pages, calibrate);
  const spec = valueSpec(field, concept);
  const freeText = field.type === "text" && (spec.kind === undefined || spec.kind === "name");
  const labels = buildFieldLabels(field, concept);
  const readsTables = spec.kind === "amount" && tables.length > 0;
  // A label in a wrapped table header is read through the table's columns, whole, instead of one line of it.
  const inTableHeader = (match: TLabelMatch) =>
    readsTables && tables.some((table) => table.columns.page === match.page && table.headerRows.has(match.row));
  const matches = findLabelMatches(pages, labels, concept, fieldTokens(field), freeText).filter((match) => !inTableHeader(match));
  // "C.F./P.IVA: 12626782302" under the buyer's address is the buyer's VAT id, however well labelled.
  const buyerWords = concept?.id === "vat_id" ? findBuyerWords(pages) : new Set();
  const candidates: TCandidate[] = readsTables ? readHeaderTables(tables, labels, concept, fieldTokens(field), spec) : [];
  for (const match of matches) {
    const page = pages.find((candidate) => candidate.page === match.page)!;
    const inBuyerBlock = buyerWords.has(page.rows[match.row][match.lastWord]);
    // "Customer VAT No.: 462 5184 30" under the buyer's address: named for the buyer where the buyer's block prints it.
    if (inBuyerBlock && match.besideOtherConcept) continue;
    const pick = findValueNearLabel(match, page, spec);
    if (pick) {
      const rate = rateOfLabel(page.rows[match.row], match) ?? rateWrappedAbove(page, match);
      const strength = match.strength * (inBuyerBlock ? BUYER_BLOCK_FACTOR : 1);
      candidates.push({
        ...pick,
        page: match.page,
        y: match.box.y0,
        x: match.box.x0,
        rank: strength * pick.validity,
        rate,
        related: match.related === true,
      });
    }
  }
  const chosen = choose(candidates, concept?.prefer ?? "first");
  if (chosen && concept?.id === "tax" && field.type === "number") {
    const summed = summedTax(field.key, topCandidates(candidates, TAX_LINE_BAND), chosen, calibrate);
    if (summed) return summed;
  }
  // A layout fallback beats a label that names another concept ("Date limite" for the invoice date).
  const fallback = findUnlabelledValue(concept, field.type, pages);
  const fallbackRank = fallback ? fallback.strength * fallback.validity : 0;
  let best: TRankedPick | null = chosen && chosen.rank >= fallbackRank ? chosen : fallback ? { ...fallback, rank: fallbackRank } : null;
  if (!best) {
    if (concept?.id === "net_total" && field.type === "number")
      return derivedNetAmount(field.key, pages, tables, calibrate) ?? notFound(field.key);
    return notFound(field.key);
  }
  if (concept?.id === "total" && field.type === "number") best = checkedTotal(best, candidates, pages);
  if (field.type === "date") best = inDocumentDateOrder(best, pages);
  const found = toField(field.key, best, best.rank, calibrate);
  if (concept?.id === "vendor_address" && typeof found.normalizedValue === "string") {
    return { ...found, normalizedValue: normalizeAddressCountry(found.normalizedValue) };
  }
  return found;
}

/** "03/06/2023" on an American invoice is 6 March: an ambiguous numeric date read as the document prints them. */
function inDocumentDateOrder(best: TRankedPick, pages: TPageRows[]): TRankedPick {
  const parsed = parseDate(best.text);
  if (!parsed?.ambiguous || parsed.format !== "numeric" || inferDateOrder(pages) !== "month-first") return best;
  return { ...best, normalized: asMonthFirst(parsed.iso) };
}

function notFound(key: string): TExtractedField {
  return { key, value: null, normalizedValue: null, confidence: 0, wasInferred: false, page: null, bbox: null };
}

/** Gross total less tax, read with the extractor's own total and tax concepts. */
function derivedNetAmount(key: string, pages: TPageRows[], tables: THeaderTable[], calibrate: TCalibrate): TExtractedField | null {
  const amount = (fieldKey: string, name: string) =>
    extractField({ key: fieldKey, name, type: "number", required: false, aliases: [] }, pages, tables, calibrate);
  return deriveNetAmount(key, amount("total_amount", "Total Amount"), amount("tax_amount", "Tax Amount"));
}

function documentTypeField(key: string, pages: TPageRows[], calibrate: TCalibrate): TExtractedField {
  const guess = inferDocumentType(pages);
  if (!guess) return notFound(key);
  return {
    key,
    value: guess.code,
    normalizedValue: guess.code,
    confidence: calibrate(INFERRED_TYPE_STRENGTH),
    wasInferred: true,
    page: guess.page,
    bbox: unionBoxes(guess.words.map((word) => word.box)),
  };
}

function valueSpec(field: TStoredField, concept: TConcept | null): TValueSpec {
  const kind =
    concept?.kind === "amount" && field.type === "number"
      ? "amount"
      : // Every other kind shapes a text field's value; "amount" only applies to numbers.
        field.type === "text" && concept?.kind && concept.kind !== "amount"
        ? concept.kind
        : field.type === "text" && !concept && namesAnId(field)
          ? "id"
          : undefined;
  return {
    type: field.type,
    kind,
    options: field.options,
    amount: concept?.prefer === "last" ? "last" : "first",
    // A document's total is never nothing: "0.00" beside a "Total …" label is a discount or a rounding line.
    zeroIsDoubtful: concept?.id === "total",
  };
}

/** "order_id", "Client Number", "Line No": a text field whose key or name ends in an id word holds an id, not prose. */
function namesAnId(field: TStoredField): boolean {
  return [field.key.replace(/_/g, " "), field.name].some((text) => ["id", "number", "no"].includes(tokenize(text).at(-1) ?? ""));
}

/**
 * The best-ranked candidate; among near ties, the first on the page, or the last for totals. A tie's labels that name
 * a related concept give way to plain ones: "Total 5345,04" over "Total a pagar 3795,04" after a deposit.
 */
function choose(candidates: TCandidate[], prefer: "first" | "last"): TCandidate | null {
  const tied = topCandidates(candidates);
  const plain = tied.filter((candidate) => !candidate.related);
  const top = plain.length > 0 ? plain : tied;
  return (prefer === "last" ? top.at(-1) : top[0]) ?? null;
}

/** The candidates whose rank ties the best, in reading order. */
function topCandidates(candidates: TCandidate[], band = RANK_TIE): TCandidate[] {
  if (candidates.length === 0) return [];
  const best = Math.max(...candidates.map((candidate) => candidate.rank));
  return candidates.filter((candidate) => candidate.rank >= best - band).sort(inReadingOrder);
}

/** Top to bottom, then left to right: "Date" before "Date de prestation" in one header row, whichever OCR set higher. */
function inReadingOrder(a: TCandidate, b: TCandidate): number {
  if (a.page !== b.page) return a.page - b.page;
  return Math.abs(a.y - b.y) < SAME_LINE ? a.x - b.x : a.y - b.y;
}

/** One tax line per rate and no tax total: their sum, computed rather than printed. */
function summedTax(key: string, top: TCandidate[], chosen: TCandidate, calibrate: TCalibrate): TExtractedField | null {
  // "Montant TVA 20 %" matched as "Montant TVA" and as "TVA": one amount, two labels.
  const amounts = [...new Map(top.map((candidate) => [`${candidate.rate}:${candidate.normalized}`, candidate])).values()].map(
    (candidate) => ({ rate: candidate.rate, value: Number(candidate.normalized) }),
  );
  const sum = sumPerRate(amounts);
  if (sum === null) return null;
  const field = toField(key, chosen, chosen.rank, calibrate);
  const bbox = unionBoxes(top.flatMap((candidate) => candidate.words.map((word) => word.box)));
  return { ...field, value: sum.toFixed(2), normalizedValue: sum, wasInferred: true, page: top[0].page, bbox };
}

function toField(key: string, pick: TValuePick & { page: number }, strength: number, calibrate: TCalibrate): TExtractedField {
  const ocr = pick.words.reduce((sum, word) => sum + word.confidence, 0) / Math.max(1, pick.words.length);
  const raw = Math.min(MAX_CONFIDENCE, Math.round(strength * ocr * 1000) / 1000);
  return {
    key,
    value: pick.text,
    normalizedValue: pick.normalized,
    confidence: calibrate(raw),
    wasInferred: pick.inferred === true,
    page: pick.page,
    bbox: pick.words.length > 0 ? unionBoxes(pick.words.map((word) => word.box)) : null,
  };
}
