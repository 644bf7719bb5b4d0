// The buyer's block at the top of an invoice: a heading such as "Bill to", "Facturer à" or "Rechnungsempfänger" and
// the few lines under it in its column. Its company name is never the seller's, however strong its legal form: a
// letterhead "Pacific Plumbing Co." above "Billed to / Redwood Design Studio Inc." is Pacific Plumbing's invoice.

import { BUYER_HEADINGS } from "./field-concepts";
import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";

// The block: this many rows under its heading, starting at most this far (page widths) left of it.
const BLOCK_ROWS = 4;
const INDENT = 0.03;
// A block column is at least this wide even under a short heading ("Client").
const MIN_COLUMN_WIDTH = 0.25;

/** The words of every buyer block on the page (headings included). */
export function findBuyerBlockWords(page: TPageRows, segmentsOf: (row: TPlacedWord[]) => TPlacedWord[][]): Set<TPlacedWord> {
  const found = new Set<TPlacedWord>();
  for (const [index, row] of page.rows.entries()) {
    for (const heading of segmentsOf(row).filter(isBuyerHeading)) {
      const x0 = heading[0].box.x0 - INDENT;
      const x1 = Math.max(heading[heading.length - 1].box.x1, heading[0].box.x0 + MIN_COLUMN_WIDTH);
      for (const word of heading) found.add(word);
      for (const below of page.rows.slice(index + 1, index + 1 + BLOCK_ROWS)) {
        for (const word of below) if (word.box.x0 >= x0 && word.box.x0 < x1) found.add(word);
      }
    }
  }
  return found;
}

/** A segment that is only a buyer heading ("Bill To:", "SPETT.LE"); "Customer Care: 1800…" is not. */
function isBuyerHeading(words: TPlacedWord[]): boolean {
  const tokens = tokenize(words.map((word) => word.text).join(" "));
  return BUYER_HEADINGS.some((heading) => heading.length === tokens.length && heading.every((token, index) => token === tokens[index]));
}
