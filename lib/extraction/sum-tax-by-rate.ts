// Invoices with several VAT rates may print one tax line per rate and no tax total ("USt. 7% …
// 19,25", "USt. 19% … 37,62"): the document's tax is their sum. A printed total line among equally
// good labels ("Summe USt. 56,87", no rate) means there is nothing to add up.

import { charWidth, untilColumnGap } from "./box-geometry";
import type { TPageRows, TPlacedWord } from "./page-rows";

export type TRatedAmount = { rate: string | null; value: number };

// A rate anywhere in a word, as long as no digit runs into it from the left: "19%", "(20%)", "a20%", "MwSt.8.1%",
// "Btw9%:62,99", "20%0n2,945.30" (a scan's reader glued the rate to its neighbours); not "100%" or "1,5%" cut short.
const RATE = /(?<!\d)(?<!\d[.,])(\d{1,2}(?:[.,]\d{1,2})?)%/;

/** The first tax rate printed in the row ("19%", "19 %", "(20%)", "MwSt.8.1%"), or null. */
export function rateOf(row: TPlacedWord[]): string | null {
  for (let index = 0; index < row.length; index++) {
    // "19 %", or "7" and "%USt" where a scan's reader glued the sign to the label after it.
    const text = row[index + 1]?.text.startsWith("%") ? `${row[index].text}%` : row[index].text;
    const rate = RATE.exec(text);
    if (rate) return rate[1].replace(",", ".");
  }
  return null;
}

/**
 * The tax rate a label states: the first after the label's start ("Imposta 22%   Imposta 4%" in one row of labels
 * are two rates), else the row's ("zzgl. 19 % MwSt.").
 */
export function rateOfLabel(row: TPlacedWord[], match: { box: { x0: number } }): string | null {
  const start = row.findIndex((word) => word.box.x0 >= match.box.x0 - 1e-6);
  return (start > 0 ? rateOf(row.slice(start)) : null) ?? rateOf(row);
}

/**
 * "zzgl. 19 %" over "MwSt. auf 291,46 EUR": the rate on the line right above the label's, where the label's cell
 * wrapped it, or null. The line above is the cell's own: it starts where the label does and holds no amount.
 */
export function rateWrappedAbove(page: TPageRows, match: { row: number; box: { x0: number; y0: number; y1: number } }): string | null {
  const above = page.rows[match.row - 1];
  const start = above?.findIndex((word) => Math.abs(word.box.x0 - match.box.x0) < 2 * charWidth(word)) ?? -1;
  if (start < 0) return null;
  const cell = untilColumnGap(above.slice(start));
  const close = match.box.y0 - Math.max(...cell.map((word) => word.box.y1)) < match.box.y1 - match.box.y0;
  const amount = cell.some((word) => /\d[.,]\d{2}\b/.test(word.text));
  return close && !amount ? rateOf(cell) : null;
}

/**
 * "Montant TVA 20" over "%:", the amount between them: the number ending the label's line is its rate, whose sign the
 * label's cell wrapped onto its next line (starting where the label starts, right under it).
 */
export function isRateWrappedBelow(page: TPageRows, match: { box: { x0: number; y1: number } }, number: TPlacedWord): boolean {
  if (!/^\d{1,2}$/.test(number.text)) return false;
  const height = match.box.y1 - number.box.y0;
  return page.words.some(
    (word) =>
      word.text.startsWith("%") &&
      Math.abs(word.box.x0 - match.box.x0) < 2 * charWidth(word) &&
      word.box.y0 >= number.box.y1 - height / 2 &&
      word.box.y0 - match.box.y1 < height,
  );
}

/** The sum of one amount per distinct rate, or null unless there are several and every one has its own rate. */
export function sumPerRate(amounts: TRatedAmount[]): number | null {
  if (amounts.length < 2 || amounts.some((amount) => amount.rate === null)) return null;
  if (new Set(amounts.map((amount) => amount.rate)).size !== amounts.length) return null;
  return Math.round(amounts.reduce((sum, amount) => sum + amount.value, 0) * 100) / 100;
}
