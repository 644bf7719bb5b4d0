// Groups a page's words into visual rows. OCR often returns one row as several lines (a label
// on the left, its amount far right), so label matching and the fallbacks work on rows.

import type { TBox, TPageLayout, TWord } from "@/lib/layout/types";
import { centerY, charWidth, unionBoxes, verticalOverlap } from "./box-geometry";
import { isOnlySuffix } from "./company-suffix";
import { joinWrappedDates } from "./join-wrapped-dates";
import { splitGluedAmount, splitGluedCurrencyCode } from "./split-glued-amount";
import { splitGluedDate, splitGluedDay, withoutEchoedLetter } from "./split-glued-date";
import { splitWordAt } from "./split-word";

/** A word with its page, its visual row, and the layout line it came from (index into page.lines). */
export type TPlacedWord = TWord & { page: number; row: number; line: number };

export type TPageRows = { page: number; rows: TPlacedWord[][]; words: TPlacedWord[] };

/** The words' texts as printed, one space between them. */
export function joinWords(words: TWord[]): string {
  return words.map((word) => word.text).join(" ");
}

export function buildPageRows(page: TPageLayout): TPageRows {
  const lines = page.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.words.some((word) => word.text.trim()))
    .sort((a, b) => centerY(a.line.box) - centerY(b.line.box));
  const rowBoxes: TBox[] = [];
  const rowWords: Array<Array<TWord & { line: number }>> = [];
  for (const { line, index } of lines) {
    const words = line.words.map((word) => ({ ...word, line: index }));
    const last = rowBoxes.length - 1;
    if (last >= 0 && sameRow(rowBoxes[last], line.box)) {
      rowWords[last].push(...words);
      rowBoxes[last] = unionBoxes([rowBoxes[last], line.box]);
    } else {
      rowBoxes.push(line.box);
      rowWords.push(words);
    }
  }
  const confidenceOf = (word: TWord) => (page.source === "text_layer" ? 1 : word.confidence);
  const sorted = rowWords.map((words) =>
    words
      .filter((word) => word.text.trim())
      .sort((a, b) => a.box.x0 - b.box.x0)
      .filter((word, index, inRow) => !isReadTwice(word, inRow[index - 1]) && !isReadTwice(word, inRow[index + 1])),
  );
  const rows = joinWrappedDates(sorted).map((words, row) =>
    words
      .flatMap((word) => splitGluedAmount({ ...word, text: word.text.trim(), confidence: confidenceOf(word), page: page.page, row }))
      .flatMap((word, index, split) => splitGluedCurrencyCode(word, split[index + 1]))
      .map((word, index, split) => withoutEchoedLetter(word, split[index - 1]))
      .flatMap((word) => splitGluedDate(word))
      .flatMap((word, index, split) => splitGluedDay(word, split.slice(index + 1)))
      .flatMap(splitAtBars)
      .reduce(joinSplitInitials, [])
      .reduce(joinSpacedLegalForm, []),
  );
  return { page: page.page, rows, words: rows.flat() };
}

/**
 * "27/07/2023|InvoiceNo.:#10182|Date": a meta row's bars read glued to the parts they separate. Each part is a word
 * of its own, the bar kept at its start, so the label inside is found and the separator still ends the part before.
 */
function splitAtBars(word: TPlacedWord): TPlacedWord[] {
  // "02/12/2024·Numerodefacture:#41699", "Number501726642·Registered": a dot too, before a label or a capitalised word.
  const dot = word.text.search(/(?<=.)·(?=[^·]*:|\p{Lu}\p{Ll})/u);
  const bar = word.text.indexOf("|", 1);
  const at = bar < 0 ? dot : dot < 0 ? bar : Math.min(bar, dot);
  if (at < 0 || at === word.text.length - 1) return [word];
  const [before, after] = splitWordAt(word, at);
  return [before, ...splitAtBars(after)];
}

/** "P" ".I.:": a text layer's kerning split dotted initials after their first letter; they are one word. */
function joinSplitInitials(words: TPlacedWord[], word: TPlacedWord): TPlacedWord[] {
  const previous = words.at(-1);
  const split =
    previous &&
    /^\p{Lu}$/u.test(previous.text) &&
    /^\.\p{Lu}\./u.test(word.text) &&
    word.box.x0 - previous.box.x1 <= 1.2 * charWidth(previous);
  if (!split) return [...words, word];
  return [...words.slice(0, -1), { ...previous, text: previous.text + word.text, box: unionBoxes([previous.box, word.box]) }];
}

// "N." "V.", "S." "r." "l.": one dotted initial a word.
const DOTTED_INITIALS = /^(?:\p{L}\.)+$/u;
const DOTTED_INITIAL_END = /^\p{L}\.?$/u;

/**
 * "Bakker Kantoorinrichting N. V.": a scan's reader put spaces between a legal form's dotted initials; they are one
 * word ("N.V."), so the name's legal form is found. Only where the initials make a legal form ("J. R. Smith" stays).
 */
function joinSpacedLegalForm(words: TPlacedWord[], word: TPlacedWord): TPlacedWord[] {
  const previous = words.at(-1);
  if (!previous || !DOTTED_INITIALS.test(previous.text) || !DOTTED_INITIAL_END.test(word.text)) return [...words, word];
  if (word.box.x0 - previous.box.x1 > 1.5 * charWidth(previous)) return [...words, word];
  const joined = { ...previous, text: previous.text + word.text, box: unionBoxes([previous.box, word.box]) };
  // "S.r." joins on towards "S.r.l.".
  return isOnlySuffix(joined.text) || LEGAL_FORM_STARTS.has(joined.text.toLowerCase()) ? [...words.slice(0, -1), joined] : [...words, word];
}

// Dotted legal forms of three initials, by the first two.
const LEGAL_FORM_STARTS = new Set(["s.r.", "s.p.", "s.n."]);

/**
 * "Invoice number 2 24046", "ARE E NOT": a scan's reader read a word's first or last letters again as a short word of
 * their own in the same line, its box mostly inside the word's. The longer reading is the word.
 */
function isReadTwice(word: TWord & { line: number }, neighbour: (TWord & { line: number }) | undefined): boolean {
  // Two reader lines sharing a slanted row overlap without repeating each other.
  if (!neighbour || neighbour.line !== word.line || word.text.length >= neighbour.text.length) return false;
  const shared = Math.min(word.box.x1, neighbour.box.x1) - Math.max(word.box.x0, neighbour.box.x0);
  return shared >= 0.5 * (word.box.x1 - word.box.x0) && verticalOverlap(word.box, neighbour.box) >= 0.5;
}

/** Half the shorter box shared, and a third of the taller, so a tall sideways watermark doesn't swallow the rows it crosses. */
function sameRow(a: TBox, b: TBox): boolean {
  const shared = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return verticalOverlap(a, b) >= 0.5 && shared >= 0.3 * Math.max(a.y1 - a.y0, b.y1 - b.y0);
}
