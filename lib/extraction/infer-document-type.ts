// The document's type as a UNTDID 1001 code (what e-invoices carry in their type code), inferred from
// the title printed on the first page: "Rechnung" / "Invoice" / "Facture" → 380, "Gutschrift" /
// "Credit note" / "Avoir" → 381 and so on. The code itself is never printed, so the result is a guess.

import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";

export type TDocumentTypeGuess = { code: string; words: TPlacedWord[]; page: number };

const phrases = (text: string) => text.split("|").map((phrase) => tokenize(phrase));

// Most specific first: a row titled "Gutschrift (Selbst ausgestellte Rechnung)" is self-billed, not a plain credit note.
const TITLES: { code: string; phrases: string[][] }[] = [
  // Booking aids that say they are no invoice ("Buchungshilfe - KEINE Rechnung"): invoice information for accounting.
  { code: "751", phrases: phrases("keine rechnung|not an invoice|no invoice|buchungshilfe") },
  { code: "389", phrases: phrases("selbst ausgestellte rechnung|self billed invoice|self billing|autofacturation|autofactura") },
  { code: "384", phrases: phrases("rechnungskorrektur|korrekturrechnung|korrigierte rechnung|corrected invoice|facture rectificative") },
  {
    code: "381",
    phrases: phrases("gutschrift|gutschriftsanzeige|credit note|credit memo|avoir|facture d'avoir|note de credit|nota di credito"),
  },
  { code: "383", phrases: phrases("debit note|belastungsanzeige|note de debit") },
  { code: "386", phrases: phrases("anzahlungsrechnung|vorauszahlungsrechnung|prepayment invoice|facture d'acompte") },
  { code: "326", phrases: phrases("teilrechnung|abschlagsrechnung|partial invoice|facture partielle") },
  { code: "325", phrases: phrases("proforma|pro forma|proformarechnung") },
  { code: "380", phrases: phrases("rechnung|invoice|facture|factura|fattura|tax invoice") },
];

// German compounds carry the title in their last part ("Handelsrechnung", "Schlussrechnung").
const COMPOUND_MIN_LENGTH = 6;

/**
 * The title is the largest text naming a document type on the first page that names one (the top
 * one among equals): body sentences ("Rechnung gemäß Bestellung") and footers are set smaller.
 */
export function inferDocumentType(pages: TPageRows[]): TDocumentTypeGuess | null {
  for (const page of pages) {
    let best: { row: TPlacedWord[]; words: TPlacedWord[]; height: number } | null = null;
    for (const row of page.rows) {
      const words = titleWords(row);
      if (words.length === 0) continue;
      const height = Math.max(...words.map((word) => word.box.y1 - word.box.y0));
      if (!best || height > best.height * 1.05) best = { row, words, height };
    }
    if (best) {
      const code = classify(best.row);
      if (code) return { code, words: best.words, page: page.page };
    }
  }
  return null;
}

/** The words of a row that name any document type. */
function titleWords(row: TPlacedWord[]): TPlacedWord[] {
  const tokens = row.flatMap((word) => tokenize(word.text).map((token) => ({ token, word })));
  const found = new Set<TPlacedWord>();
  for (const title of TITLES) {
    for (const phrase of title.phrases) {
      for (let start = 0; start + phrase.length <= tokens.length; start++) {
        if (phrase.every((token, index) => matches(token, tokens[start + index].token, index === 0))) {
          for (let index = 0; index < phrase.length; index++) found.add(tokens[start + index].word);
        }
      }
    }
  }
  return row.filter((word) => found.has(word));
}

/** The most specific type the row names. */
function classify(row: TPlacedWord[]): string | null {
  const tokens = row.flatMap((word) => tokenize(word.text));
  for (const title of TITLES) {
    const named = title.phrases.some((phrase) =>
      tokens.some((_, start) => phrase.every((token, index) => matches(token, tokens[start + index] ?? "", index === 0))),
    );
    if (named) return title.code;
  }
  return null;
}

function matches(expected: string, actual: string, isFirst: boolean): boolean {
  if (expected === actual) return true;
  return isFirst && expected.length >= COMPOUND_MIN_LENGTH && actual.endsWith(expected);
}
