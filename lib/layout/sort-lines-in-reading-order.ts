import "server-only";
import type { TLine } from "./types";

/**
 * Top to bottom, then left to right. Lines whose vertical centre falls within the band of a row's first line
 * belong to that row, so a label and its value printed side by side stay next to each other even when their
 * boxes start at slightly different heights.
 */
export function sortLinesInReadingOrder(lines: TLine[]): TLine[] {
  const byTop = [...lines].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const rows: TLine[][] = [];
  for (const line of byTop) {
    const row = rows.at(-1);
    const center = (line.box.y0 + line.box.y1) / 2;
    if (row && center >= row[0].box.y0 && center <= row[0].box.y1) row.push(line);
    else rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.x0 - b.box.x0));
}
