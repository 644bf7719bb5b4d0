// Invoices with several VAT rates may print one tax line per rate and no tax total ("USt. 7% …
// 19,25", "USt. 19% … 37,62"): the document's tax is their sum. A printed total line among equally
// good labels ("Summe USt. 56,87", no rate) means there is nothing to add up.

import type { TPlacedWord } from "./page-rows";

export type TRatedAmount = { rate: string | null; value: number };

const RATE = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*%$/;

/** The first tax rate printed in the row ("19%", "19 %", "(20%)"), or null. */
export function rateOf(row: TPlacedWord[]): string | null {
  for (let index = 0; index < row.length; index++) {
    const text = row[index + 1]?.text === "%" ? `${row[index].text}%` : row[index].text;
    // "19%", "19 %", "(20%)", "20%:".
    const rate = RATE.exec(text.replace(/^[([]/, "").replace(/[)\],;:]+$/, ""));
    if (rate) return rate[1].replace(",", ".");
  }
  return null;
}

/** The sum of one amount per distinct rate, or null unless there are several and every one has its own rate. */
export function sumPerRate(amounts: TRatedAmount[]): number | null {
  if (amounts.length < 2 || amounts.some((amount) => amount.rate === null)) return null;
  if (new Set(amounts.map((amount) => amount.rate)).size !== amounts.length) return null;
  return Math.round(amounts.reduce((sum, amount) => sum + amount.value, 0) * 100) / 100;
}
