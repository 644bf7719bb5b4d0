// Receipts and EU invoices end with a tax breakdown ("GST SUMMARY", "VAT rate | Net | VAT") whose
// "Total" row sums the net and tax columns. It is not the document total, however low on the page.

import { parseColonAmount } from "./misread-amount";
import { tokenize } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";
import { parseNumber } from "./parse-number";

const SUMMARY_WORDS = new Set(["summary", "breakdown", "analysis"]);
const GLUED_SUMMARY = /^(?:gst|vat|tax)sum{0,2}(?:ary)?$/;
const TAX_WORDS = new Set(["tax", "gst", "vat", "mwst", "ust", "tva", "iva"]);
const COLUMN_WORDS = new Set(["net", "amt", "amount", "rate", "code", "gross", "base", "netto", "brutto"]);
const ROWS_ABOVE = 5;
const LETTER_FOR_DIGIT = /^\p{Lu}\d{1,3}[.,]\d{2}$/u;
// "Sub Total   Sales tax (8.875%)   Amount due" over one row of amounts is the totals' row of labels: a breakdown
// of tax does not state what is due.
const DUE_WORDS = new Set([
  "due",
  "balance",
  "payable",
  "grand",
  "endbetrag",
  "zahlbetrag",
  "solde",
  // "Netto a pagare", "Total a pagar", "Net à payer", "Te betalen", "Zu zahlen".
  "pagare",
  "pagar",
  "payer",
  "betalen",
  "zahlen",
]);
// "Total excl. VAT   VAT (20%)   Invoice total": two totals named in one row are the totals' labels too; a breakdown
// has one sum column at most ("Rate  Net  VAT  Total").
const TOTAL_WORDS = new Set(["total", "totale", "totaal", "summe", "gesamt"]);

/**
 * True when `row` is a tax breakdown's header, or one of the table's rows within a few rows below
 * it: those print several numbers (rate, net, tax). A one-amount row after the table ("Due payable:
 * 571.04 €") is a document total again.
 */
export function isInTaxSummary(rows: TPlacedWord[][], row: number): boolean {
  if (isTaxSummaryHeader(rows[row])) return true;
  // "142:50", "31:46": amounts whose decimal point a scan's reader read as a colon count too, and "T7.97": one whose
  // first digit it read as a letter.
  const isAmount = (text: string) => parseNumber(text) !== null || parseColonAmount(text) !== null || LETTER_FOR_DIGIT.test(text);
  const amounts = rows[row].filter((word) => isAmount(word.text)).map((word) => word.text);
  if (amounts.length < 2) return false;
  // "SR6 228.44 13.71" over "Total 228.44 13.71": the sum of a breakdown of one rate repeats its row, whatever the reader
  // made of the header; its tax or its base at least ("SR06% 074.39 58.46" over "Total 974.39 58.46", "S80% 10.85 0.05"
  // over "Total 10.85 0.65", a digit misread).
  const above = (rows[row - 1] ?? []).filter((word) => isAmount(word.text)).map((word) => word.text);
  if (above.length === amounts.length && (above.at(-1) === amounts.at(-1) || above[0] === amounts[0])) return true;
  for (let index = row - 1; index >= Math.max(0, row - ROWS_ABOVE); index--) {
    if (isTaxSummaryHeader(rows[index])) return true;
  }
  return false;
}

function isTaxSummaryHeader(words: TPlacedWord[]): boolean {
  if (words.some((word) => (parseNumber(word.text)?.decimals ?? 0) > 0)) return false;
  // "Net amount   Tax (6%)   Total": a rate in the header names the one tax of a row of totals' labels; a breakdown
  // prints its rates in its rows.
  // "IVA 21 %": also with the sign a word of its own.
  if (/\d\s?%/.test(words.map((word) => word.text).join(" "))) return false;
  // "GSTSU nt(RM) Tax(R)": "GST Summary" run together and cut short by a scan's reader.
  const tokens = words
    .flatMap((word) => tokenize(word.text))
    .flatMap((token) => (GLUED_SUMMARY.test(token) ? [token.slice(0, 3), "summary"] : [token]));
  if (!tokens.some((token) => TAX_WORDS.has(token)) || tokens.some((token) => DUE_WORDS.has(token))) return false;
  if (tokens.filter((token) => TOTAL_WORDS.has(token)).length >= 2) return false;
  return (
    tokens.some((token) => SUMMARY_WORDS.has(token)) ||
    tokens.filter((token) => COLUMN_WORDS.has(token) || TAX_WORDS.has(token)).length >= 2
  );
}
