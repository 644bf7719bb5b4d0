// A receipt's total is what the lines right above its label add up to: "Food Beverage 76.90", "Service Chrge 10 7.69",
// "Govt Tax 5.08", "ROUNDING ADJUSTMENT -0.02" over "Grand Total 89.65"; "Total Excl. GST 254.78", "Service Tax 6%
// 15.29", "Rounding Adj -0.02" over "Net Total 270.05". Where a scan's reader misread the total or its label, the lines
// it is the sum of still say which amount it is.

import { tokenize } from "./normalize-text";
import type { TPageRows } from "./page-rows";
import { findAmounts, type TAmountPick } from "./pick-amount";

// The lines summed: a receipt's subtotal, charges, taxes and rounding, or its last few items.
const MAX_ROWS = 6;
// A negative line this small is a rounding adjustment; a larger one is a deposit or payment, which no total adds.
const ROUNDING = 0.1;
const CENT = 0.005;

/** `value` is the sum of two or more of the one-amount lines right above `row` (each line's last amount). */
export function isSumOfLinesAbove(page: TPageRows, row: number, value: number): boolean {
  let sum = 0;
  let lines = 0;
  for (let index = row - 1; index >= 0 && lines < MAX_ROWS; index--) {
    const amounts = findAmounts(page.rows[index]);
    const last = amounts.at(-1)?.parsed;
    // A line without cents, or a deposit or payment, ends the lines the total adds.
    if (last?.decimals !== 2 || last.value < -ROUNDING) return false;
    sum += isGluedRoundingDown(amounts.at(-1)) ? -last.value : last.value;
    lines++;
    if (lines >= 2 && Math.abs(sum - value) < CENT) return true;
  }
  return false;
}

/**
 * "Rounding RM-0.02": a rounding adjustment whose minus the reader glued to the currency code (read as the code's dash,
 * so as a positive amount) rounds down; a larger amount read so stays as read.
 */
function isGluedRoundingDown(amount: TAmountPick | undefined): boolean {
  return amount !== undefined && amount.parsed.value <= ROUNDING && /^\p{Lu}{2,3}-\d/u.test(amount.words[0].text);
}

/** The row of the page whose words start at `y` (a label's top), or -1. */
export function rowAt(page: TPageRows, y: number): number {
  return page.rows.findIndex((row) => row.some((word) => word.box.y0 === y));
}

type TPlaced = { page: number; y: number; normalized: unknown };

/** Of labelled total candidates, the last on the pages whose amount the lines above its label add up to. */
export function lastAddingUp<T extends TPlaced>(candidates: T[], pages: TPageRows[]): T | undefined {
  return candidates
    .filter((candidate) => typeof candidate.normalized === "number" && linesAboveAddUpTo(candidate, pages, candidate.normalized))
    .sort((a, b) => a.page - b.page || a.y - b.y)
    .at(-1);
}

/** The lines above the candidate's label add up to `value`. */
export function linesAboveAddUpTo(candidate: TPlaced, pages: TPageRows[], value: number): boolean {
  const page = pages.find((rows) => rows.page === candidate.page);
  const row = page ? rowAt(page, candidate.y) : -1;
  return page !== undefined && row > 0 && isSumOfLinesAbove(page, row, value);
}

// "Sub-Total", "Total Excl. GST", "Subtotal": a row that names the amount before charges and taxes.
const SUBTOTAL_WORDS = new Set(["sub", "subtotal", "excl", "exclusive", "exkl", "netto", "before"]);

/**
 * "Sub-Total 1637.19", "Service Tax 6% 98.23", "Rounding -0.02" over "Juntah 1735.40": below a subtotal, the first
 * line whose amount the subtotal and the lines after it add up to is the total, whatever the reader made of its label.
 */
export function sumBelowSubtotal(page: TPageRows, row: number): TAmountPick | null {
  if (!tokenize(page.rows[row].map((word) => word.text).join(" ")).some((token) => SUBTOTAL_WORDS.has(token))) return null;
  let sum = 0;
  for (let index = row; index < page.rows.length && index <= row + MAX_ROWS; index++) {
    const last = findAmounts(page.rows[index]).at(-1);
    if (last?.parsed.decimals !== 2 || last.parsed.value < -ROUNDING) return null;
    if (index >= row + 2 && Math.abs(sum - last.parsed.value) < CENT) return last;
    sum += last.parsed.value;
  }
  return null;
}
