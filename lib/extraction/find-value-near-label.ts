// Where a labelled value sits: on the same visual row to the right of the label, or on the row
// directly below it, overlapping it horizontally (labels above values in boxed or tabular layouts).

import { centerY, charWidth, isColumnGap, unionBoxes, untilColumnGap, verticalOverlap } from "./box-geometry";
import { cellSpan, isRowOfAmountsBelow, wordsUnderLabelCell } from "./column-below-label";
import { hasCompanySuffix } from "./company-suffix";
import type { TLabelMatch } from "./find-label-matches";
import { gluedTail } from "./glued-tail";
import { firstLabelWord, nameBelow } from "./name-below-heading";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { findAmounts } from "./pick-amount";
import { pickValue, type TValuePick, type TValueSpec } from "./pick-value";
import { isRateWrappedBelow } from "./sum-tax-by-rate";
import { untilSeparator } from "./until-separator";
import { overlapTolerance, wordsLaterOnLine } from "./words-later-on-line";
import { withSwissSuffixBelow, withTaxIdWrappedUnderLabel, withWrappedParts, wrappedIdStartingWith } from "./wrapped-id";

// A value below its label is a little less certain than one beside it.
const BELOW_FACTOR = 0.9;
// How far (in label heights) the centre of a word on "the same line" may be from the label's.
const MAX_CENTER_OFFSET = 0.7;
// A line ending this far right (page widths) may have been wrapped onto the next.
const WRAP_MARGIN = 0.8;
// A label's value starts at most this many words after it ("prestation: 9 octobre 2025").
const LABEL_TO_VALUE_WORDS = 3;
// Rows further apart than this (in label heights) belong to different blocks.
const BLOCK_GAP = 1.5;

export function findValueNearLabel(match: TLabelMatch, page: TPageRows, spec: TValueSpec): TValuePick | null {
  // A row of labels over a row of amounts: the amount under the label ("Btw 21% over 4.535,23" states its base).
  if (spec.type === "number" && isRowOfAmountsBelow(page, match.row)) {
    const under = valueBelow(match, page, spec);
    if (under) return { ...under, validity: under.validity * BELOW_FACTOR };
  }
  const right = valueRightOf(match, page, spec);
  // "Total Payable" alone on its line, the row above's "Service Tax 47.54" reaching down beside it on a slanted scan,
  // its own amount right-aligned on the line below.
  if (right && spec.type === "number" && isAnotherRowsAmount(right, match, page)) {
    const under = valueBelow(match, page, spec);
    if (under) return { ...under, validity: under.validity * BELOW_FACTOR };
  }
  // "OTAL AMOUNT  14164" over "1843.64": an amount without cents beside the label, one with them alone under it in its
  // column; the reader's noise beside the label, the amount printed on the next line.
  const withCents = right && spec.kind === "amount" && right.validity < 1 ? amountWithCentsUnder(right, page, spec) : null;
  if (withCents) return { ...withCents, validity: withCents.validity * BELOW_FACTOR };
  if (right && spec.kind === "name" && !hasCompanySuffix(right.text)) {
    // "Rechnungsersteller  FeRD elektronische" over "Lieferant GmbH": a logo's words beside a heading, read as one
    // line with it, give way to the company under the heading.
    const below = nameBelow(match, page, spec);
    if (below && hasCompanySuffix(below.text)) return { ...below, validity: below.validity * BELOW_FACTOR };
  }
  // "Nº Factura   Fecha   Fecha de vencimiento   Cód. cliente" over a row of values: a pick past other cells of the
  // label's row belongs to one of them ("C6d.", the reader's "Cód."); the value under the label is this label's.
  if (right && spec.type !== "number" && spec.kind !== "name" && isPastOtherCells(match, page, right)) {
    const under = valueBelow(match, page, spec);
    if (under) return { ...under, validity: under.validity * BELOW_FACTOR };
  }
  // "Codice cliente   Data consegna" over "C71381   27 agosto 2025": in a row of column headings the cell across the
  // gap is the next column's heading; the label's value is the one under it, if that is a name.
  if (right && spec.kind === "name" && isNextHeading(match, page, right)) {
    const under = pickValue(wordsBelow(match, page), spec);
    return under?.validity === 1 ? { ...under, validity: under.validity * BELOW_FACTOR } : null;
  }
  // A name beside its label ("Customer: 2") is the label's value, however odd; only a heading with
  // nothing beside it, or with another column's text across a gap, heads a block with the name below.
  if (right && (spec.kind !== "name" || right.validity === 1 || !isColumnGap(page.rows[match.row][match.lastWord], right.words[0])))
    return right;
  const below = spec.kind === "name" ? nameBelow(match, page, spec) : valueBelow(match, page, spec);
  const belowPick = below && { ...below, validity: below.validity * BELOW_FACTOR };
  if (!right || !belowPick) return right ?? belowPick;
  return belowPick.validity > right.validity ? belowPick : right;
}

/** The amount picked beside the label is the one amount of another row that names it ("Service Tax os 47.54"). */
function isAnotherRowsAmount(pick: TValuePick, match: TLabelMatch, page: TPageRows): boolean {
  const first = pick.words[0];
  if (first.row === match.row) return false;
  const row = page.rows[first.row];
  return findAmounts(row).length === 1 && row.some((word) => word.box.x1 <= first.box.x0 && /\p{L}{2}/u.test(word.text));
}

/**
 * The pick beside a label without a colon stands across a column gap, is no company, and both have words under them
 * on the next line: a row of headings over a row of values.
 */
function isNextHeading(match: TLabelMatch, page: TPageRows, pick: TValuePick): boolean {
  const labelEnd = page.rows[match.row][match.lastWord];
  if (labelEnd.text.endsWith(":") || !isColumnGap(labelEnd, pick.words[0]) || hasCompanySuffix(pick.text)) return false;
  const under = wordsBelow(match, page);
  const [x0, x1] = [pick.words[0].box.x0, pick.words[pick.words.length - 1].box.x1];
  return under.length > 0 && page.rows[under[0].row].some((word) => word.box.x1 > x0 && word.box.x0 < x1);
}

/** The next row is one amount alone, with cents, right under the pick and no further below than a line's height. */
function amountWithCentsUnder(pick: TValuePick, page: TPageRows, spec: TValueSpec): TValuePick | null {
  const last = pick.words[pick.words.length - 1];
  const next = page.rows[last.row + 1];
  if (!next || next[0].box.y0 - last.box.y1 > last.box.y1 - last.box.y0) return null;
  const amounts = findAmounts(next);
  const alone = amounts.length === 1 && next.every((word) => amounts[0].words.includes(word));
  const under = next.every((word) => word.box.x1 > pick.words[0].box.x0 && word.box.x0 < last.box.x1);
  const found = alone && under ? pickValue(next, spec) : null;
  return found?.validity === 1 ? found : null;
}

/** Words with letters stand in the label's row between the label and the pick, the first across a column gap. */
function isPastOtherCells(match: TLabelMatch, page: TPageRows, pick: TValuePick): boolean {
  const row = page.rows[match.row];
  const labelEnd = row[match.lastWord];
  const between = row.filter((word) => word.box.x0 > labelEnd.box.x1 && word.box.x1 <= pick.words[0].box.x0 && /\p{L}/u.test(word.text));
  return between.length > 0 && isColumnGap(labelEnd, between[0]);
}

function valueRightOf(match: TLabelMatch, page: TPageRows, spec: TValueSpec): TValuePick | null {
  const bands = bandsRightOf(match, page);
  const labelEnd = page.rows[match.row][match.lastWord];
  // The reader's own line is the best evidence of what sits beside the label: on a skewed scan the amount
  // beside "Total" can be lower than the label by most of a line, closer to the row below's centre.
  const sameLine = wordsLaterOnLine(labelEnd, page.rows[match.row], page);
  // A label cell wrapped over two lines ("Numero de" / "factura:") has its value by the cell's middle, not its last line.
  const wrappedCell = match.box.y1 - match.box.y0 > 1.5 * (labelEnd.box.y1 - labelEnd.box.y0);
  if (sameLine.length > 0 && !wrappedCell) bands.unshift(sameLine);
  const tail = gluedTail(labelEnd);
  if (tail) bands.unshift([tail, ...(bands[0] ?? [])]);
  let found: TValuePick | null = null;
  // "Factuur nr. FAC-" over a line starting "11400": the id beside the label is only its start, its end wrapped.
  const wrappedId = spec.kind === "id" && sameLine.length > 0 ? wrappedIdStartingWith(sameLine[0], page) : null;
  if (wrappedId) found = pickValue([wrappedId], { ...spec, after: labelEnd });
  for (const band of found ? [] : bands) {
    // "22/09/2025|Cod.cliente:", "INV03396|InvoiceDate:": a value ends at a table border or part separator.
    found = pickValue(untilSeparator(band), { ...spec, after: labelEnd });
    if (found && spec.type === "number" && isRateWrappedBelow(page, match, found.words[0])) found = null;
    if (found) break;
  }
  if (found && spec.kind === "id") found = withWrappedParts(found, page);
  // What is beside the label: the reader's line, or the band the pick came from (a text layer's separate run).
  const beside = sameLine.length > 0 ? sameLine : (bands.find((band) => found !== null && band.includes(found.words[0])) ?? []);
  if (spec.kind === "tax_id") found = withTaxIdWrappedUnderLabel(found, match, page, spec, untilSeparator(beside));
  if (found && spec.kind === "tax_id") found = withSwissSuffixBelow(found, page);
  if (found?.validity === 1 || (found && spec.kind !== "id" && spec.kind !== "tax_id")) return found;
  // "… | VAT registration no.: GB 947" over "6336 73", "… | P.I.:" over "IT31299171174", "… | Fecha de vencimiento:"
  // over "07/08/2024": a long meta row the page wrapped runs on at the start of the next line.
  const continuation = wrappedContinuation(match, page);
  const wrapped = continuation && pickValue([...untilSeparator(tail ? [tail, ...sameLine] : sameLine), ...continuation], spec);
  return wrapped && wrapped.validity > (found?.validity ?? 0) ? wrapped : found;
}

/**
 * The next row's first words, when the label's row is one run of text reaching the right margin, and the next row
 * starts where it starts, with nothing under the label (a row of labels has its values there).
 */
function wrappedContinuation(match: TLabelMatch, page: TPageRows): TPlacedWord[] | null {
  const [row, next] = [page.rows[match.row], page.rows[match.row + 1]];
  const last = row[row.length - 1];
  // A wrapped line is one run of text, label and all ("Asesoría Fernández S.L.      Factura" is a letterhead), that
  // reaches the margin; or a row of cells that ends with the label and its colon ("Factuur nr.: FAC-57956   Uiterste
  // betaaldatum:"), wherever its narrower box ended it ("Datum: 09.01.2024   Zahlbar bis:").
  const endsWithLabel = match.lastWord === row.length - 1 && last.text.endsWith(":");
  if (!next || (!endsWithLabel && last.box.x1 < WRAP_MARGIN)) return null;
  if (!endsWithLabel && row.some((word, index) => index > 0 && isColumnGap(row[index - 1], word))) return null;
  // A row of labels has its values under them ("… N° TVA intracommunautaire" over "… FR89008336917"); another label
  // under it is the wrapped row's ("… · Date d'échéance:" over "2023-04-13 · … · Date de prestation:"), and so is a
  // value a few words after one ("Zahlungsziel:" over "… Lieferdatum: 11.06.2025", "le: 25" over "… prestation: 9
  // octobre 2025").
  const under = wordsBelow(match, page);
  const underRow = under.length > 0 ? page.rows[under[0].row] : [];
  const beforeUnder = underRow.slice(Math.max(0, underRow.indexOf(under[0]) - LABEL_TO_VALUE_WORDS), underRow.indexOf(under[0]));
  const wrappedRowsLabel = [...under, ...beforeUnder].some((word) => word.text.endsWith(":")) && !under.includes(next[0]);
  if (under.length > 0 && !wrappedRowsLabel) return null;
  const aligned = Math.abs(next[0].box.x0 - row[0].box.x0) < 2 * charWidth(row[0]);
  const close = next[0].box.y0 - last.box.y1 < last.box.y1 - last.box.y0;
  return aligned && close ? untilColumnGap(next) : null;
}

/** The value under the label, unless the label heads a column of amounts (a line-item table's "Total (GBP)"). */
function valueBelow(match: TLabelMatch, page: TPageRows, spec: TValueSpec, wrapped = false): TValuePick | null {
  const under = wordsBelow(match, page, spec.type === "number");
  const picked = wrappedTaxIdInCell(pickValue(under, spec), under, page, spec) ?? wrappedDateInCell(under, page, spec);
  const joined = picked && (spec.kind === "id" || spec.kind === "tax_id") ? withWrappedParts(picked, page) : picked;
  const pick = joined && spec.kind === "tax_id" ? withSwissSuffixBelow(joined, page) : joined;
  // "Date limite de" / "paiement" over "2023-05-15": a label cell wrapped over two lines has its value under the second;
  // an amount's may stand beside it ("TOTAL SALES RM" over "(INCLUSIVE GST) 1491.30").
  if (!pick && !wrapped && under.length > 0 && under.every((word) => word.row === under[0].row && !/\d/.test(word.text))) {
    const lastWord = page.rows[under[0].row].indexOf(under[under.length - 1]);
    if (lastWord < 0) return null;
    const box = unionBoxes([match.box, ...under.map((word) => word.box)]);
    const continued = { ...match, row: under[0].row, lastWord, box: { ...box, y0: under[0].box.y0 } };
    return (spec.type === "number" ? valueRightOf(continued, page, spec) : null) ?? valueBelow(continued, page, spec, true);
  }
  // A label alone on its line heads no table: "TOTAL" over "440.05" over "MASTERCARD 440.05" is a receipt's total.
  // "TOTAL" or "NETT TOTAL": the label's phrase is the whole row.
  const row = page.rows[match.row];
  const alone = isAloneOnRow(match, row);
  return pick && spec.type === "number" && !alone && headsColumnOfAmounts(pick, page) ? null : pick;
}

/**
 * "11 de junio de" over "2023" under "Fecha factura": a date written out that its table cell wrapped, its end on the
 * next line under its start.
 */
function wrappedDateInCell(under: TPlacedWord[], page: TPageRows, spec: TValueSpec): TValuePick | null {
  return spec.type === "date" ? pickValue(withCellsNextLine(under, page), spec) : null;
}

/** "GB 997 2212" over "83" under "VAT Reg. No.": a tax id its cell wrapped, read whole where that reads better. */
function wrappedTaxIdInCell(picked: TValuePick | null, under: TPlacedWord[], page: TPageRows, spec: TValueSpec): TValuePick | null {
  if (spec.kind !== "tax_id" || picked?.validity === 1) return picked;
  const whole = pickValue(withCellsNextLine(under, page), spec);
  return whole && whole.validity > (picked?.validity ?? 0) ? whole : picked;
}

/** A cell's words on one line and those of the next line under them, or [] when the cell's next line is empty. */
function withCellsNextLine(under: TPlacedWord[], page: TPageRows): TPlacedWord[] {
  if (under.length === 0 || under.some((word) => word.row !== under[0].row)) return [];
  const [x0, x1] = [Math.min(...under.map((word) => word.box.x0)), Math.max(...under.map((word) => word.box.x1))];
  const bottom = Math.max(...under.map((word) => word.box.y1));
  const height = bottom - Math.min(...under.map((word) => word.box.y0));
  const rest = (page.rows[under[0].row + 1] ?? []).filter((word) => word.box.x0 < x1 && word.box.x1 > x0 && word.box.y0 - bottom < height);
  return rest.length > 0 ? [...under, ...rest] : [];
}

/** The row right under the picked amount has an amount in the same place: the pick is a table column's first line. */
function headsColumnOfAmounts(pick: TValuePick, page: TPageRows): boolean {
  const last = pick.words[pick.words.length - 1];
  const next = page.rows[last.row + 1];
  const height = last.box.y1 - last.box.y0;
  if (!next || next[0].box.y0 - last.box.y1 > BLOCK_GAP * height) return false;
  const [x0, x1] = [pick.words[0].box.x0, last.box.x1];
  return findAmounts(next.filter((word) => word.box.x1 > x0 && word.box.x0 < x1)).some((found) => found.parsed.decimals === 2);
}

/**
 * Words to the right of the label, grouped into horizontal bands and ordered by how close each
 * band's centre is to the label's. On a skewed photo the amount beside "Total" can sit half a line
 * lower than the label, level with the previous label's amount; the closest band still wins.
 */
function bandsRightOf(match: TLabelMatch, page: TPageRows): TPlacedWord[][] {
  const labelWords = new Set(page.rows[match.row].slice(0, match.lastWord + 1));
  const height = match.box.y1 - match.box.y0;
  const labelCenter = centerY(match.box);
  const start = match.box.x1 - overlapTolerance(page.rows[match.row][match.lastWord]);
  const words = page.words
    .filter((word) => !labelWords.has(word) && word.box.x0 >= start && word.box.x1 > match.box.x1)
    // A date joined over the two lines a narrow column wrapped it on spans the label's middle however far its own is.
    .filter(
      (word) =>
        Math.abs(centerY(word.box) - labelCenter) <= MAX_CENTER_OFFSET * height || (word.box.y0 < labelCenter && word.box.y1 > labelCenter),
    )
    .sort((a, b) => centerY(a.box) - centerY(b.box));
  const bands: TPlacedWord[][] = [];
  for (const word of words) {
    const band = bands.find((candidate) => verticalOverlap(candidate[0].box, word.box) >= 0.5);
    if (band) band.push(word);
    else bands.push([word]);
  }
  const offset = (band: TPlacedWord[]) => Math.abs(centerY(band[0].box) - labelCenter);
  return bands.sort((a, b) => offset(a) - offset(b)).map((band) => band.sort((a, b) => a.box.x0 - b.box.x0));
}

/**
 * The label's phrase is its whole row, one run of text: "TOTAL", "NETT TOTAL", or the label with words of its own
 * after it, no number or other label among them ("TOTAL SALES (INCLUSIVE GST)" over "352.50").
 */
function isAloneOnRow(match: TLabelMatch, row: TPlacedWord[]): boolean {
  if (row.some((word, index) => index > 0 && isColumnGap(row[index - 1], word))) return false;
  // "Total Qty:" names a count with a label of its own.
  return row.slice(match.lastWord + 1).every((word) => !/\d/.test(word.text) && !word.text.endsWith(":"));
}

function wordsBelow(match: TLabelMatch, page: TPageRows, amount = false): TPlacedWord[] {
  const height = match.box.y1 - match.box.y0;
  // Under the label's cell, not only its own words: an amount right-aligned under "IVA al 22%" starts past "IVA".
  const cell = cellSpan(page.rows[match.row], match.lastWord);
  // A receipt's "GRAND TOTAL" alone on its line prints its amount right-aligned on the next: the cell runs to the edge.
  const alone = amount && (match.lastWord === page.rows[match.row].length - 1 || isAloneOnRow(match, page.rows[match.row]));
  const [left, right] = [Math.min(match.box.x0, cell.x0), alone ? 1 : Math.max(match.box.x1, cell.x1)];
  const candidates = page.words.filter(
    (word) => centerY(word.box) > match.box.y1 && word.box.y0 - match.box.y1 <= 1.5 * height && word.box.x1 > left && word.box.x0 < right,
  );
  if (candidates.length === 0) return [];
  const anchor = candidates.reduce((top, word) => (word.box.y0 < top.box.y0 ? word : top));
  const rowBelow = page.words
    .filter((word) => verticalOverlap(anchor.box, word.box) >= 0.5 && word.row !== match.row)
    .sort((a, b) => a.box.x0 - b.box.x0);
  return (
    wordsUnderLabelCell(page, match.row, firstLabelWord(match, page), rowBelow, match.lastWord) ??
    rowBelow.filter((word) => word.box.x1 > match.box.x0)
  );
}
