// Amounts printed anywhere on the pages, for checking a total against the payment lines: the amount itself, or a
// net and tax side by side that add up to it.

import { joinWords, type TPageRows } from "./page-rows";
import { findAmounts } from "./pick-amount";
import type { TValuePick } from "./pick-value";

/** A row of two amounts with cents that add up to `value`: a tax breakdown's "Total 350.17 21.01" for 371.18. */
export function isPrintedAsNetPlusTax(pages: TPageRows[], value: number): boolean {
  return pages.some((page) =>
    page.rows.some((row) => {
      const amounts = findAmounts(row).filter((amount) => amount.parsed.decimals === 2);
      return amounts.length === 2 && Math.abs(amounts[0].parsed.value + amounts[1].parsed.value - value) < 0.005;
    }),
  );
}

/** How many times an amount with cents equal to `value` is printed on the pages. */
export function countPrintedAmount(pages: TPageRows[], value: number): number {
  return pages
    .flatMap((page) => page.rows.flatMap((row) => findAmounts(row)))
    .filter((amount) => amount.parsed.decimals === 2 && Math.abs(amount.parsed.value - value) < 0.005).length;
}

/** The last amount with cents on the pages equal to `value`. */
export function findPrintedAmount(pages: TPageRows[], value: number): (TValuePick & { page: number; rank: number }) | null {
  let found: (TValuePick & { page: number; rank: number }) | null = null;
  for (const page of pages) {
    for (const row of page.rows) {
      for (const amount of findAmounts(row)) {
        if (amount.parsed.decimals !== 2 || Math.abs(amount.parsed.value - value) >= 0.005) continue;
        const text = joinWords(amount.words);
        found = { words: amount.words, text, normalized: value, validity: 1, page: page.page, rank: 0 };
      }
    }
  }
  return found;
}
