// A total checked against the receipt's own arithmetic: the lines it adds up, what was tendered less the change, the
// amount paid, and a decimal point the reader lost. Where they disagree the total is less sure, or another reading of
// it is taken.

import { findPaidWithoutChange, findPaymentTotal } from "./find-payment-total";
import { countPrintedAmount, findPrintedAmount, isPrintedAsNetPlusTax } from "./find-printed-amount";
import { tokenize } from "./normalize-text";
import { joinWords, type TPageRows } from "./page-rows";
import { MISREAD_FACTOR, type TValuePick } from "./pick-value";
import { isSumOfLinesAbove, lastAddingUp, linesAboveAddUpTo, sumBelowSubtotal } from "./total-breakdown";

// Letters a scan's reader takes a first digit for.
const DIGIT_FOR_LETTER: Record<string, string> = { B: "8", S: "5", O: "0", I: "1", l: "1" };

export type TRankedPick = TValuePick & { page: number; rank: number };
export type TCandidate = TRankedPick & { y: number; x: number; rate: string | null; related: boolean };

// A total equal to tendered less change is as sure as a well-labelled clean read; one that differs is never
// reported as sure (≥ 0.9): one of the three amounts was misread, and it may be the total.
const PAYMENT_AGREES_RANK = 0.7;
const PAYMENT_DISAGREES_RANK = 0.55;
// A total label whose lines add up replaces a best about as well read only (not a tax breakdown's weakened "Total").
const ADDING_UP_RANK_SHARE = 0.8;

/** The total field's best pick, checked by the lines above it, the payment and its decimal point. */
export function checkedTotal(best: TRankedPick, candidates: TCandidate[], pages: TPageRows[]): TRankedPick {
  return withLostDecimalPoint(checkedAgainstPayment(addingUp(best, candidates, pages), candidates, pages), pages);
}

/**
 * "Total Excl. GST 254.78" … "Net Total 270.05": the best total gives way to a total label below it, about as well
 * read, whose amount the lines above it add up to (the subtotal and its charges and taxes: a receipt's total comes
 * last).
 */
function addingUp(best: TRankedPick, candidates: TCandidate[], pages: TPageRows[]): TRankedPick {
  // The best's own label, when it is one. Its lines may add up too: a subtotal is its items' sum.
  const own = candidates.find((candidate) => candidate.normalized === best.normalized && candidate.page === best.page);
  const y = own?.y ?? best.words[0].box.y0;
  // "Total Sales (Inclusive GST) 228.52", "Rounding -0.02" over "Net Total 228.50": past a rounding line the total
  // label that adds up is the rounded total, however weak its label ("Net Total" names the net on an invoice).
  const roundedBelow = (candidate: TCandidate) => candidate.page === best.page && roundingBetween(pages, best.page, y, candidate.y);
  const below = candidates.filter(
    (candidate) =>
      (candidate.rank >= ADDING_UP_RANK_SHARE * best.rank || roundedBelow(candidate)) &&
      (candidate.page > best.page || (candidate.page === best.page && candidate.y > y)),
  );
  const last = lastAddingUp(below, pages);
  if (last) return { ...last, rank: Math.max(last.rank, best.rank) };
  // A subtotal taken for the total, the total's own label misread: the amount its lines add up to below it.
  const page = pages.find((rows) => rows.page === best.page);
  const sum = page && typeof best.normalized === "number" ? sumBelowSubtotal(page, best.words[0].row) : null;
  return sum ? { ...best, words: sum.words, text: joinWords(sum.words), normalized: sum.parsed.value } : best;
}

/** A row between the two heights of the page is a rounding line ("Rounding", "Rounding Adj -0.02"). */
function roundingBetween(pages: TPageRows[], page: number, top: number, bottom: number): boolean {
  const rows = pages.find((rows) => rows.page === page)?.rows ?? [];
  return rows.some((row) => row[0].box.y0 > top && row[0].box.y0 < bottom && tokenize(joinWords(row)).includes("rounding"));
}

/**
 * A receipt that prints what was tendered and the change given states its total by arithmetic. A total that agrees
 * is surer; one that doesn't gives way to a labelled candidate that does, read as printed or, for an amount the OCR
 * read without its decimal point ("1045"), in cents. With no such candidate the total stands, less sure.
 */
function checkedAgainstPayment(best: TRankedPick, candidates: TCandidate[], pages: TPageRows[]): TRankedPick {
  const payment = findPaymentTotal(pages);
  if (typeof best.normalized !== "number") return best;
  if (!payment) return confirmedByPaidAmount(best, candidates, pages);
  // By size: a total printed or read as a deduction ("-38.80") still states the amount paid.
  const agrees = (value: number) => Math.abs(Math.abs(value) - payment.total) < 0.005;
  if (agrees(best.normalized)) return { ...best, normalized: payment.total, rank: Math.max(best.rank, PAYMENT_AGREES_RANK) };
  for (const candidate of candidates) {
    const value = Number(candidate.normalized);
    if (agrees(value)) return { ...candidate, normalized: payment.total };
    if (Number.isInteger(value) && /^\d{3,}$/.test(candidate.text) && agrees(value / 100)) {
      return { ...candidate, text: payment.total.toFixed(2), normalized: payment.total, rank: candidate.rank * MISREAD_FACTOR };
    }
  }
  // No total label agrees, but the arithmetic's result is printed (an item or tax summary line): two readings
  // agree against one, still not sure. Two total labels that agree with each other ("Total 5.00", "Total After
  // Rounding 5.00") outvote it: then the tendered amount is the misread one.
  // Two labels read on the same line ("Sub Total" as a subtotal and as a total) are one reading, not two.
  const seconded = new Set(
    candidates
      .filter((candidate) => candidate.normalized === best.normalized && candidate.rank >= best.rank * 0.9)
      .map((candidate) => `${candidate.page}:${candidate.y}`),
  );
  // "Total Amount" over "1400.95" … "Cash 1480.95" / "Change 0.00": with no change given, the payment is one reading
  // (the tendered amount's), and the lines above the total's label that add up to the total are another.
  const own = candidates.find((candidate) => candidate.normalized === best.normalized && candidate.page === best.page);
  if (!payment.changeGiven && own && linesAboveAddUpTo(own, pages, best.normalized)) {
    return { ...best, rank: Math.min(best.rank, PAYMENT_DISAGREES_RANK) };
  }
  const printed = seconded.size < 2 && findPrintedAmount(pages, payment.total);
  if (printed) return { ...printed, rank: PAYMENT_DISAGREES_RANK };
  return { ...best, rank: Math.min(best.rank, PAYMENT_DISAGREES_RANK) };
}

/**
 * "Net Total" over "411.90", "DEBIT CARD 411.90": with no change printed, the amount paid names which of the total
 * labels' amounts was paid. A label that agrees with it replaces a weaker-agreeing best, as sure as two readings.
 */
function confirmedByPaidAmount(best: TRankedPick, candidates: TCandidate[], pages: TPageRows[]): TRankedPick {
  const paid = findPaidWithoutChange(pages);
  const agrees = (value: unknown) => paid !== null && typeof value === "number" && Math.abs(Math.abs(value) - paid) < 0.005;
  if (paid === null || agrees(best.normalized)) return best;
  const confirmed = candidates.findLast((candidate) => agrees(candidate.normalized));
  if (confirmed) return { ...confirmed, rank: Math.max(confirmed.rank, PAYMENT_DISAGREES_RANK) };
  // "TOTAL AMOUNT DUE B4.20" over "MASTERCARD 84.20": the total's first digit read as the letter it looks like.
  const misread = /^[A-Za-z]{0,3}?([BSOIl])(\d+[.,]\d{2})$/.exec(best.text);
  if (misread && paid !== null && agrees(Number(`${DIGIT_FOR_LETTER[misread[1]]}${misread[2].replace(",", ".")}`))) {
    return { ...best, text: paid.toFixed(2), normalized: paid, rank: Math.max(best.rank, PAYMENT_DISAGREES_RANK) };
  }
  // No total label read ("Jui RM1067.55"): the page's largest amount, more than was paid, is an item line misread;
  // the amount paid is the total.
  const unlabelled = !candidates.some((candidate) => candidate.normalized === best.normalized);
  if (typeof best.normalized !== "number") return best;
  // "SUBTOTAL RM202.22", "Net Tot RM 235.79" (unread), "VISA RM 235.79": the best label names another amount, and less
  // than was paid, which is printed twice (the total and the payment); the tax and charges after it make the total.
  // Paid once only ("CASH 50.00") it is cash handed over, the change unprinted.
  const weakBelowPaid = best.rank < PAYMENT_DISAGREES_RANK && best.normalized < paid && countPrintedAmount(pages, paid) >= 2;
  const paidAmount = (unlabelled && best.normalized > paid) || weakBelowPaid ? findPrintedAmount(pages, paid) : null;
  if (paidAmount) return { ...paidAmount, rank: PAYMENT_DISAGREES_RANK };
  if (!differByOneDigit(best.normalized, paid)) return best;
  // "TOTAL 1.89" over "MASTERCARD 1.80": one digit apart, one of the two was misread; the lines above the total that
  // add up to the amount paid say which ("Grand Total 89.05" under lines making 89.65, "CASH PAID 89.65").
  const page = pages.find((rows) => rows.page === best.page);
  const printed = page && isSumOfLinesAbove(page, best.words[0].row, paid) ? findPrintedAmount(pages, paid) : null;
  return printed ? { ...printed, rank: PAYMENT_DISAGREES_RANK } : { ...best, rank: Math.min(best.rank, PAYMENT_DISAGREES_RANK) };
}

/** Two amounts printed with as many digits, all but one the same. */
function differByOneDigit(a: number, b: number): boolean {
  const [x, y] = [a.toFixed(2), b.toFixed(2)];
  return x.length === y.length && [...x].filter((char, index) => char !== y[index]).length === 1;
}

/**
 * A total read without its decimal point ("TOTAL AMOUNT DUE 117635" over "DEBIT CARD 1176.35"): in cents when the
 * page prints that amount with its cents elsewhere, its net and tax side by side, or the lines it adds up, and less
 * sure.
 */
function withLostDecimalPoint(best: TRankedPick, pages: TPageRows[]): TRankedPick {
  if (typeof best.normalized !== "number" || !Number.isInteger(best.normalized) || !/^\D{0,3}\d{3,}$/.test(best.text)) return best;
  const cents = best.normalized / 100;
  // "TOTALE77000" under "Imponibile 631,15" and "IVA al 22% 138,85": or the lines above it add up to it.
  const page = pages.find((rows) => rows.page === best.page);
  const addsUp = page !== undefined && isSumOfLinesAbove(page, best.words[0].row, cents);
  if (!findPrintedAmount(pages, cents) && !isPrintedAsNetPlusTax(pages, cents) && !addsUp) return best;
  return { ...best, text: cents.toFixed(2), normalized: cents, rank: best.rank * MISREAD_FACTOR };
}
