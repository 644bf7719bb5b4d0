// An id the page wrapped at a hyphen or slash: its start on one line, its end on the next, within one cell.

import { charWidth, unionBoxes } from "./box-geometry";
import type { TLabelMatch } from "./find-label-matches";
import { SWISS_UID, SWISS_VAT_SUFFIX, swissVatSuffix } from "./find-unlabelled-vat-id";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { pickValue, type TValuePick, type TValueSpec } from "./pick-value";

// A wrapped id's start: letters and digits ending with the mark it was wrapped at.
const WRAPPED_START = /^[\p{L}\d][\p{L}\d\-/.]*[-/]$/u;

/**
 * "CHE-964.421.346" over "MWST" in a narrow column: a Swiss UID whose VAT suffix the cell wrapped under it. The id with
 * its suffix, or the pick as it was.
 */
export function withSwissSuffixBelow(pick: TValuePick, page: TPageRows): TValuePick {
  const last = pick.words[pick.words.length - 1];
  if (pick.words.length !== 1 || !SWISS_UID.test(last.text)) return pick;
  const height = last.box.y1 - last.box.y0;
  const suffix = (page.rows[last.row + 1] ?? []).find(
    (word) =>
      SWISS_VAT_SUFFIX.test(word.text) && Math.abs(word.box.x0 - last.box.x0) < 2 * charWidth(last) && word.box.y0 - last.box.y1 < height,
  );
  if (!suffix) return pick;
  return { ...pick, words: [last, suffix], text: `${last.text} ${suffix.text}`, normalized: `${last.text} ${swissVatSuffix(suffix.text)}` };
}

/** The picked id with the part of it the page wrapped onto the next line, or from the line before, joined on. */
export function withWrappedParts(pick: TValuePick, page: TPageRows): TValuePick {
  const ended = withWrappedEnd(pick, page);
  return ended === pick ? withWrappedStart(pick, page) : ended;
}

/**
 * "FAC-" beside its label, "11400" starting a line below: the id whole, as one word spanning both, or null when the
 * word is no wrapped id's start or its end isn't found.
 */
export function wrappedIdStartingWith(word: TPlacedWord, page: TPageRows): TPlacedWord | null {
  if (!WRAPPED_START.test(word.text) || runsOnInItsLine(word, page)) return null;
  const joined = withWrappedEnd({ words: [word], text: word.text, normalized: word.text, validity: 1 }, page);
  if (joined.words.length < 2) return null;
  return { ...word, text: joined.text, box: unionBoxes(joined.words.map((part) => part.box)) };
}

/**
 * "FACTURE N° INV-2024-" over "1035" (under it), "FACTUUR Nr. INV-2024-" over "2525" (at the line's start): an id
 * ending in a hyphen or slash, its end wrapped onto the next line. A letterhead's column beside it may put a line of
 * its own between them ("RECHNUNG Nr. INV-2023-" over "KG" over "2696" under the id): the end is looked for on the
 * two rows below, under the id first.
 */
function withWrappedEnd(pick: TValuePick, page: TPageRows): TValuePick {
  // The word with the mark; the picked id may have dropped it, or taken the next word ("INV-2024- Holland").
  const marked = pick.words.findIndex((word) => /[-/]$/.test(word.text));
  // "2024- 0277": the id runs on after the mark on its own line, nothing of it wrapped.
  if (marked < 0 || /^\d/.test(pick.words[marked + 1]?.text ?? "")) return pick;
  const last = pick.words[marked];
  const width = 2 * charWidth(last);
  const lineStart = page.rows[last.row][0].box.x0;
  const height = last.box.y1 - last.box.y0;
  const below = [last.row + 1, last.row + 2].map((row) =>
    (page.rows[row] ?? []).filter((word) => word.box.y0 - last.box.y1 < height && /^[\p{L}\d]+$/u.test(word.text)),
  );
  // Under the id (left- or right-aligned with it), else first on the line where the id's line starts.
  const under = (word: TPlacedWord) => Math.abs(word.box.x1 - last.box.x1) < width || Math.abs(word.box.x0 - last.box.x0) < width;
  const startsLine = (word: TPlacedWord) => word === page.rows[word.row][0] && Math.abs(word.box.x0 - lineStart) < width;
  const end = below.flat().find(under) ?? below.flat().find(startsLine);
  if (!end) return pick;
  const words = [...pick.words.slice(0, marked + 1), end];
  // "Nr.2024-" read as the id "2024": the label glued before it stays out.
  const start = joinWords(words.slice(0, -1));
  const picked = pick.text.replace(/[-/]$/, "");
  const text = `${start.includes(picked) ? start.slice(start.indexOf(picked)) : start}${end.text}`;
  return { ...pick, words, text, normalized: typeof pick.normalized === "string" ? text : pick.normalized };
}

/**
 * "INV-2025-" over "1854", beside "N° de facture" set at the middle of the two-line cell: the id's start wrapped
 * above the line its label is on. "TAX INVOICE No. INV-" over "2023-1422" (right-aligned, a letterhead line between
 * in another column), "MWST-Nr." over "CHE-" over "898.699.764": the same found from under the label. Only an id
 * that is one word, with the start aligned with it right above it, on one of the two rows above.
 */
function withWrappedStart(pick: TValuePick, page: TPageRows): TValuePick {
  if (pick.words.length !== 1) return pick;
  const [first] = pick.words;
  if (/[-/]$/.test(first.text)) return pick;
  const height = first.box.y1 - first.box.y0;
  const width = 2 * charWidth(first);
  const aligned = (word: TPlacedWord) => Math.abs(word.box.x0 - first.box.x0) < width || Math.abs(word.box.x1 - first.box.x1) < width;
  const above = [page.rows[first.row - 1] ?? [], page.rows[first.row - 2] ?? []];
  // The nearest word over the id's column decides: a start wrapped from above is right over it.
  const overlap = (word: TPlacedWord) => Math.min(word.box.x1, first.box.x1) - Math.max(word.box.x0, first.box.x0);
  const start = above
    .map(
      (row) =>
        row.filter((word) => overlap(word) > width && first.box.y0 - word.box.y1 < height).sort((a, b) => overlap(b) - overlap(a))[0],
    )
    .find((word) => word !== undefined);
  // "2025- 02- 17" over "INV-6613": a date the reader spaced after its hyphens goes on in its own line.
  if (!start || !WRAPPED_START.test(start.text) || !aligned(start) || runsOnInItsLine(start, page)) return pick;
  const words: TPlacedWord[] = [start, first];
  const text = `${start.text}${first.text}`;
  return { ...pick, words, text, normalized: typeof pick.normalized === "string" ? text : pick.normalized };
}

/** "Factura n.: 2024- 0277": the id's end right after its start on its own line, a space the reader put after the hyphen. */
function runsOnInItsLine(word: TPlacedWord, page: TPageRows): boolean {
  const row = page.rows[word.row] ?? [];
  const next = row[row.indexOf(word) + 1];
  return next !== undefined && /^[\p{L}\d]/u.test(next.text) && next.box.x0 - word.box.x1 < 2 * charWidth(word);
}

// A VAT id has eight digits at least; fewer is the start of one ("FR 28").
const MIN_TAX_ID_DIGITS = 8;

/**
 * "N° TVA intracommunautaire FR 28" over "027240289" in a footer's column: a VAT id cut after its check digits, its
 * number wrapped onto the next line under the label (or under the id). Only digits there, and only where they make
 * the id whole.
 */
export function withTaxIdWrappedUnderLabel(
  found: TValuePick | null,
  match: TLabelMatch,
  page: TPageRows,
  spec: TValueSpec,
  beside: TPlacedWord[],
): TValuePick | null {
  if (found && digitCount(String(found.normalized)) >= MIN_TAX_ID_DIGITS) return found;
  const height = match.box.y1 - match.box.y0;
  const below = page.rows[match.row + 1] ?? [];
  // "VAT Reg. No.: GB 870 7939" over "79": or under the start of the id's part beside the label.
  const idBeside = beside.some((word) => /\d/.test(word.text));
  const starts = [match.box.x0, ...(idBeside ? [beside[0].box.x0] : [])];
  const start = below.findIndex(
    (word) =>
      /^\d{2,}$/.test(word.text) &&
      starts.some((x0) => Math.abs(word.box.x0 - x0) < 2 * charWidth(word)) &&
      word.box.y0 - match.box.y1 < height,
  );
  if (start < 0) return found;
  // Its digit groups: "FR" over "33 229536442".
  const under = [below[start]];
  for (const word of below.slice(start + 1)) {
    const last = under[under.length - 1];
    if (!/^\d+$/.test(word.text) || word.box.x0 - last.box.x1 > 2 * charWidth(word)) break;
    under.push(word);
  }
  const whole = pickValue([...beside, ...under], spec);
  return whole && digitCount(String(whole.normalized)) >= MIN_TAX_ID_DIGITS && whole.words.includes(under[0]) ? whole : found;
}

function digitCount(text: string): number {
  return text.replace(/\D/g, "").length;
}
