// A receipt's arithmetic: what the customer handed over less the change given back is the total. When a receipt
// prints both, this says what the total must be, which catches a total label beside the wrong amount ("Total 11.60"
// before an item discount) or an amount whose decimal point the OCR lost ("1045" for 10.45).

import { parseColonAmount } from "./misread-amount";
import { compareTokens, tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { findAmounts } from "./pick-amount";

// What was paid (cash, card) or handed back, in the languages the labels cover, matched against the words right
// before the row's amount as folded tokens (lowercase, no accents: "rückgeld" → "ruckgeld"): "Cash", "Received
// Cash", "Amount Tendered", "Change Due".
// "CASH PAD" (a misread "PAID"), "CASH RECEIVED": a word after "cash" still names the cash handed over; so does a
// speck of two characters the reader saw before the amount ("CASH I% 1257.50").
const TENDERED =
  /(?:^|\s)(?:cash(?: [a-z]{1,8}| \S{1,2})?|tunai|tendered|paid|payment|bezahlt|gegeben|bar|especes|visa|mastercard|card|ringgit(?: m sia)?)$/;
// Like TENDERED, after any leading speck the reader saw at the edge ("rae CHANGE DUE 10.00").
// "Change Dut", "Change Amt": a short word after "change" still names the change given.
const CHANGE = /(?:^|\s)(?:change(?: [a-z]{1,3})?|kembali|baki|ruckgeld|wechselgeld|rendu|monnaie rendue)$/;

// The longer label words, also read through one OCR slip ("Rayment : 50.00", "Chanqe Due").
const TENDERED_WORDS = ["tendered", "payment", "bezahlt", "gegeben", "especes", "mastercard", "ringgit"];
const CHANGE_WORDS = ["change", "kembali", "ruckgeld", "wechselgeld"];
// Real words one letter away from a label word: a service charge is no change.
const NOT_SLIPS = new Set(["charge", "charges", "changes"]);

/** The total the payment states; with no change given ("CHANGE 0.00") it is only the tendered amount read again. */
export type TPayment = { total: number; changeGiven: boolean };

/** Tendered less change, when a page prints one row of each with a single amount. */
export function findPaymentTotal(pages: TPageRows[]): TPayment | null {
  for (const page of [...pages].reverse()) {
    const tendered = amountAfter(page, TENDERED, TENDERED_WORDS);
    const change = amountAfter(page, CHANGE, CHANGE_WORDS);
    // No change given (0.00) is common: the exact amount, or a card payment.
    if (!tendered || !change || tendered.value <= change.value) {
      const unlabelled = tendered && change ? null : findUnlabelledPayment(page);
      if (unlabelled) return unlabelled;
      continue;
    }
    return { total: Math.round((tendered.value - change.value) * 100) / 100, changeGiven: change.value > 0 };
  }
  return null;
}

/**
 * "TotatAumc 2010.55" / "C 2050.00" / "CHANGE 39.45", or no labels read at all ("90.20" / "100:00" / "9.80"): three
 * rows of one amount each where the second less the third is the first are total, tendered and change, when the total
 * is at least every amount above it (items and subtotals never exceed it).
 */
function findUnlabelledPayment(page: TPageRows): TPayment | null {
  const amounts = page.rows.map(onlyAmount);
  let largestAbove = 0;
  for (let index = 0; index + 2 < amounts.length; index++) {
    // "1238.50" / "1250.00" / "11:50": the change's point read as a colon may look like a time; the sum says it isn't.
    const [total, tendered, change] = [...amounts.slice(index, index + 2), amounts[index + 2] ?? colonChange(page.rows[index + 2])];
    if (total && tendered && change && total.value > 0 && change.value > 0 && total.value >= largestAbove) {
      if (Math.abs(tendered.value - change.value - total.value) < 0.005) return { total: total.value, changeGiven: true };
    }
    for (const found of findAmounts(page.rows[index]).filter((amount) => amount.parsed.decimals === 2)) {
      largestAbove = Math.max(largestAbove, found.parsed.value);
    }
  }
  return null;
}

/**
 * What a card paid, or cash handed over, when the receipt prints no change: the amount paid, which is the total
 * unless change was given without being printed. Null when a change row is printed (findPaymentTotal's case).
 */
export function findPaidWithoutChange(pages: TPageRows[]): number | null {
  for (const page of [...pages].reverse()) {
    const tendered = amountAfter(page, TENDERED, TENDERED_WORDS);
    if (tendered && !amountAfter(page, CHANGE, CHANGE_WORDS)) return tendered.value;
  }
  return null;
}

/** The words before an amount name what was handed over or given back ("CASH", "Tendered", "Change Due"). */
export function namesPayment(words: TPlacedWord[]): boolean {
  const label = tokenize(words.map((word) => word.text).join(" ")).join(" ");
  return TENDERED.test(label) || CHANGE.test(label);
}

/** The amount (with cents, taken as positive) of the last row whose leading words match the label. */
function amountAfter(page: TPageRows, label: RegExp, words: string[]): { value: number } | null {
  let found: { value: number } | null = null;
  for (const row of page.rows) {
    const amount = onlyAmount(row);
    if (!amount) continue;
    const tokens = tokenize(
      row
        .slice(0, amount.start)
        .map((word) => word.text)
        .join(" "),
    );
    const slipped = tokens.some((token) => !NOT_SLIPS.has(token) && words.some((word) => compareTokens(word, token) === "fuzzy"));
    if (label.test(tokens.join(" ")) || slipped) found = { value: Math.abs(amount.value) };
  }
  return found;
}

/** A row that is only "11:50": a change whose decimal point the reader read as a colon, or a time. */
function colonChange(row: TPlacedWord[]): { value: number } | null {
  const match = row.length === 1 ? /^(\d{1,2}):(\d{2})$/.exec(row[0].text) : null;
  return match ? { value: Number(`${match[1]}.${match[2]}`) } : null;
}

/** The row's one amount with cents and where it starts; "Tendered 100:00" read with a colon for its point too. */
function onlyAmount(row: TPlacedWord[]): { value: number; start: number } | null {
  const amounts = findAmounts(row).filter((amount) => amount.parsed.decimals === 2);
  if (amounts.length === 1) return { value: amounts[0].parsed.value, start: amounts[0].start };
  if (amounts.length > 0) return null;
  const misread = row.flatMap((word, start) => {
    const value = parseColonAmount(word.text);
    return value === null ? [] : [{ value, start }];
  });
  return misread.length === 1 ? misread[0] : null;
}
