// The buyer's block at the top of an invoice: a heading such as "Bill to", "Facturer à" or "Rechnungsempfänger" and
// the few lines under it in its column. Its company name is never the seller's, however strong its legal form: a
// letterhead "Pacific Plumbing Co." above "Billed to / Redwood Design Studio Inc." is Pacific Plumbing's invoice.

import { BUYER_HEADINGS } from "./field-concepts";
import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";

// The block: up to this many rows under its heading ("Alla c.a. di …" and a "C.F./P.IVA" line may follow the
// address), each no further below the last than this many line heights, starting at most INDENT left of it.
const BLOCK_ROWS = 6;
const BLOCK_GAP = 1.5;
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
      const height = heading[0].box.y1 - heading[0].box.y0;
      let bottom = Math.max(...heading.map((word) => word.box.y1));
      for (const below of page.rows.slice(index + 1, index + 1 + BLOCK_ROWS)) {
        const inColumn = below.filter((word) => word.box.x0 >= x0 && word.box.x0 < x1);
        if (inColumn.length === 0) continue;
        // A blank line ends the block: what follows is the document's meta data or its table.
        if (Math.min(...inColumn.map((word) => word.box.y0)) - bottom > BLOCK_GAP * height) break;
        for (const word of inColumn) found.add(word);
        bottom = Math.max(...inColumn.map((word) => word.box.y1));
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
