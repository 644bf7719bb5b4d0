// The name under a party's heading: "Bill to", "Käufer/Leistungsempfänger:" over the block whose first line that is no
// "label: value" pair and no id names the party.

import { isColumnGap, untilColumnGap } from "./box-geometry";
import { hasCompanySuffix, isOnlySuffix } from "./company-suffix";
import type { TLabelMatch } from "./find-label-matches";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { pickValue, type TValuePick, type TValueSpec } from "./pick-value";

// An address block's heading is followed by at most a few id lines before the name.
const MAX_BLOCK_ROWS = 4;
// Rows further apart than this (in label heights) belong to different blocks.
const BLOCK_GAP = 1.5;

/**
 * A heading over an address block ("Käufer/Leistungsempfänger:", "Bill to") is followed by the
 * name, sometimes after a few "Nummer : GE2020211" lines: the first line of the block in the
 * heading's column that is no "label: value" pair and no id. The block ends at a blank gap.
 */
export function nameBelow(match: TLabelMatch, page: TPageRows, spec: TValueSpec): TValuePick | null {
  const lines = blockLinesBelow(match, page);
  for (const [index, column] of lines.entries()) {
    if (column.some((word) => word.text.endsWith(":") || word.text.startsWith(":"))) continue;
    const name = pickValue(column, spec);
    if (name?.validity !== 1) continue;
    // "Torres & Navarro Construcciones" over "S.A.": the name's legal form wrapped onto a line of its own.
    const following = lines[index + 1] ?? [];
    if (following.length > 0 && !hasCompanySuffix(name.text) && isOnlySuffix(joinWords(following))) {
      const whole = pickValue([...column, ...following], spec);
      if (whole?.validity === 1) return whole;
    }
    // "The Receiver" over "XZY Company": a person or department above the company is not the party's name.
    const next = lines[index + 1] && pickValue(lines[index + 1], spec);
    return next && next.validity === 1 && hasCompanySuffix(next.text) && !hasCompanySuffix(name.text) ? next : name;
  }
  return null;
}

/** The block's first few lines in the heading's column, up to a blank gap. */
function blockLinesBelow(match: TLabelMatch, page: TPageRows): TPlacedWord[][] {
  const height = match.box.y1 - match.box.y0;
  // "Datos del cliente" matched at "cliente": the column starts where the heading's first word does.
  const left = headingStart(match, page);
  let previousBottom = match.box.y1;
  const lines: TPlacedWord[][] = [];
  for (const row of page.rows.slice(match.row + 1, match.row + 1 + MAX_BLOCK_ROWS)) {
    const column = untilColumnGap(row.filter((word) => word.box.x1 > left));
    if (column.length === 0 || column[0].box.x0 >= match.box.x1) continue;
    const top = Math.min(...column.map((word) => word.box.y0));
    if (top - previousBottom > BLOCK_GAP * height) break;
    previousBottom = Math.max(...column.map((word) => word.box.y1));
    lines.push(column);
  }
  return lines;
}

/** Where the heading's line segment starts: its words before the match, back to a column gap. */
function headingStart(match: TLabelMatch, page: TPageRows): number {
  const row = page.rows[match.row];
  let first = firstLabelWord(match, page);
  while (first > 0 && !isColumnGap(row[first - 1], row[first])) first--;
  return row[first].box.x0;
}

/** The index of the match's first word in its row. */
export function firstLabelWord(match: TLabelMatch, page: TPageRows): number {
  const start = page.rows[match.row].findIndex((word) => word.box.x0 >= match.box.x0 - 1e-6);
  return start === -1 ? match.lastWord : Math.min(start, match.lastWord);
}
