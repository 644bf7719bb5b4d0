// Letters sent in window envelopes (DIN 5008 and its European cousins) print the sender's address in
// one small line ("Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen") right above the recipient's
// address: the line below it, in the same place, starts with the recipient's name. That's where the
// buyer is when no "Bill to" or "Kunde" heading is printed.

import type { TPageRows, TPlacedWord } from "./page-rows";
import { pickValue, type TValuePick } from "./pick-value";

const SEPARATOR = /^[●•·|\-–]$/;
const POSTCODE = /^\d{4,5}$/;
// The recipient block starts at most this far (page widths) left or right of the sender line.
const MAX_INDENT = 0.1;
const ROWS_TO_SCAN = 3;
// Word heights within this share of each other are the same type size.
const SAME_PRINT = 0.1;
// Envelope windows sit in the upper half of the first page.
const WINDOW_BOTTOM = 0.5;

export function findRecipientName(page: TPageRows): TValuePick | null {
  for (let index = 0; index < page.rows.length; index++) {
    const line = page.rows[index][0].box.y1 < WINDOW_BOTTOM ? senderLine(page.rows[index]) : null;
    if (!line) continue;
    const [left, right] = [line[0].box.x0, line[line.length - 1].box.x1];
    const smallPrint = line[0].box.y1 - line[0].box.y0;
    for (const row of page.rows.slice(index + 1, index + 1 + ROWS_TO_SCAN)) {
      const start = row.findIndex((word) => word.box.x0 >= left - MAX_INDENT && word.box.x0 < right);
      if (start < 0 || row[start].box.x0 > left + MAX_INDENT) continue;
      // The sender line wrapped ("… · 46002" / "Valencia"): its second line is in the same small print.
      if (Math.abs(row[start].box.y1 - row[start].box.y0 - smallPrint) <= SAME_PRINT * smallPrint) continue;
      const name = pickValue(row.slice(start), { type: "text", kind: "name", amount: "first" });
      return name && name.validity === 1 ? name : null;
    }
  }
  return null;
}

/** The words of a row that form a one-line sender address: parts split by two or more "●", one a postcode, in small print. */
function senderLine(row: TPlacedWord[]): TPlacedWord[] | null {
  const separators = row.flatMap((word, index) => (SEPARATOR.test(word.text) ? [index] : []));
  if (separators.length < 2) return null;
  const height = row[separators[0]].box.y1 - row[separators[0]].box.y0;
  // The line's own words: the same small print as its separators (a wide row can carry other text beside it).
  const words = row.filter((word) => Math.abs(word.box.y1 - word.box.y0 - height) <= 0.25 * height);
  return words.some((word) => POSTCODE.test(word.text)) ? words : null;
}
