// Ids after a label: an invoice or order number, a tax id. Ids mix letters and digits, so the reader's look-alike
// characters (0/O, 1/I) can't be repaired here; a doubtful one only lowers the confidence.

import { charWidth } from "./box-geometry";
import { gluedVatId, SWISS_UID, SWISS_UID_GLUED_SUFFIX, SWISS_VAT_SUFFIX, swissVatSuffix } from "./find-unlabelled-vat-id";
import { joinWords, type TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";
import type { TValuePick } from "./pick-value";
import { splitWordAt } from "./split-word";
import { untilSeparator } from "./until-separator";

// EU VAT ids and most other tax ids: a country prefix and 8 to 12 digits.
const TAX_ID = /^[A-Z]{2}\d{8,12}$/;

/** Ids are the first token with a digit that isn't a date ("INV-2024-0042", not the date after it). */
export function pickId(words: TPlacedWord[]): TValuePick | null {
  const clean = (text: string) =>
    text
      .replace(GLUED_NUMBER_SIGN, "")
      .replace(GLUED_NEXT_LABEL, "")
      .replace(GLUED_NEXT_WORD, "")
      .replace(/^[#:.\s]+|[,;:]+$/g, "");
  // A run of digits that happens to spell a date ("20250827") is an id here: dates beside ids print separators.
  const isDate = (text: string) => (parseDate(text)?.format ?? "compact") !== "compact";
  // "P.1.": the Italian VAT label "P.I." misread, not an id.
  // "N.9", "N9": "N.º" with its sign read as a nine.
  // "C6d.", "emisi6n": an o or l between small letters read as a digit spells a word (a label), no id.
  const isMisreadLabel = (text: string) => /^\p{Lu}\.1\.$/u.test(text) || /^N\.?9$/.test(text) || /^\p{L}+[016]\p{Ll}+[.:]*$/u.test(text);
  // "N9:" ("Nº:" misread): letters and one digit before a colon are a label, never the id ("SI-4945:" is one).
  const found = words.findIndex(
    (word) =>
      /\d/.test(clean(word.text)) &&
      !MISREAD_LABEL_WITH_COLON.test(word.text) &&
      !isDate(clean(word.text)) &&
      !MONEY.test(clean(word.text)) &&
      !isMisreadLabel(word.text),
  );
  if (found < 0) return null;
  // "#BLR WFLD2015…": a "#" marks where the id starts, and the reader turned the "_" after its first part into a gap.
  const marked = found > 0 && ID_MARKED_START.test(words[found - 1].text) && gapInChars(words[found - 1], words[found]) < 2;
  // "INV- 2024-2146": the reader split the id after its prefix's hyphen; the prefix has no digit of its own.
  const prefixed = !marked && found > 0 && ID_PREFIX.test(words[found - 1].text) && gapInChars(words[found - 1], words[found]) < 2;
  // "INV - 1044": or spaced from its hyphen on both sides, the hyphen a word of its own.
  const spacedPrefix = !marked && !prefixed && found > 1 && isSpacedPrefix(words[found - 2], words[found - 1], words[found]);
  const start = spacedPrefix ? found - 2 : marked || prefixed ? found - 1 : found;
  let taken = spacedPrefix ? words.slice(start, found + 1) : [words[start]];
  // Text layers split "RE-20201121/508" into touching pieces, and OCR splits "V042- 513777" at the hyphen.
  for (let next = words[start + taken.length]; next; next = words[start + taken.length]) {
    const last = taken[taken.length - 1];
    const touching = gapInChars(last, next) < 0.25;
    // "#83532" touching "2Data:": a word ending with a colon is the next label, never more of the id.
    if (next.text.endsWith(":")) break;
    // "No.:8526-23" touching "Date": a capitalised word is the next label's, not more of the id.
    if (/^\p{Lu}\p{Ll}{2,}/u.test(next.text) && !last.text.endsWith("-")) break;
    // "2025-0118" before "3Fecha", "2023-0880" before "ODate": a bar between the parts read as a digit or a letter,
    // glued to the next label.
    if (/^[\dOIl|]\p{Lu}\p{Ll}{2,}/u.test(next.text)) break;
    // "ATU13898357 - FN 459032b": a dash standing apart on both sides separates the next part (a scan's reading of
    // a "·"); an id's own hyphen touches at least one side ("V042- 513777").
    const after = words[start + taken.length + 1];
    // "FA-" "25" "-" "497": unless the reader spaced the id at its hyphens already and its digits go on.
    const spacedAtHyphens =
      /^\d/.test(after?.text ?? "") &&
      taken.some((word, at) => word.text.endsWith("-") && at + 1 < taken.length && gapInChars(word, taken[at + 1]) >= 0.25);
    if (/^[-–]$/.test(next.text) && !touching && (!after || gapInChars(next, after) >= 0.25) && !spacedAtHyphens) break;
    // "#:INV04599" "9" "Date:": one doubtful glyph squeezed between two words is a separator the reader misread.
    if (next.text.length === 1 && next.confidence < SEPARATOR_GLYPH_CONFIDENCE && after && after.box.x0 <= next.box.x1) break;
    if (!touching && !last.text.endsWith("-") && !next.text.startsWith("-") && !(marked && taken.length === 1)) break;
    taken.push(next);
  }
  // A table border or part separator the reader glued on ends the id: "FA-25-629|Date", "2023/591·Data:".
  taken = untilSeparator(taken);
  const joined = (part: TPlacedWord[]) => part.map((word) => word.text).join("");
  // "000523-Due" before "Date:": the next label's first word, hyphenated on where the reader took a "·" for a dash.
  const labelWordGlued = words[start + taken.length]?.text.endsWith(":") && GLUED_LABEL_WORD.test(joined(taken));
  const whole = marked ? `${taken[0].text} ${joined(taken.slice(1))}` : joined(taken);
  const normalized = capitalI(clean(labelWordGlued ? whole.replace(GLUED_LABEL_WORD, "") : whole));
  const read = taken.some((word) => word.confidence < 1);
  // Shown as the id alone where the reader glued a number sign or the next label to it.
  const glued = labelWordGlued || [GLUED_NUMBER_SIGN, GLUED_NEXT_LABEL, GLUED_NEXT_WORD].some((pattern) => pattern.test(joined(taken)));
  const text = glued || spacedPrefix ? normalized : capitalI(joinWords(taken));
  return { words: taken, text, normalized, validity: read && hasLookalikeAtJoin(normalized) ? LOOKALIKE_ID_VALIDITY : 1 };
}

/** "Sl-6964": a small l beside a capital, in an id with no other small letter, is a capital I the reader misread. */
function capitalI(id: string): string {
  return /\p{Ll}/u.test(id.replace(/l/g, "")) ? id : id.replace(/(?<=\p{Lu})l|l(?=\p{Lu})/gu, "I");
}

/** "INV" "-" "1044": a prefix in capitals (no number sign such as "NO"), a lone hyphen, the number, a space or so apart. */
function isSpacedPrefix(prefix: TPlacedWord, hyphen: TPlacedWord, number: TPlacedWord): boolean {
  return (
    /^\p{Lu}{2,5}$/u.test(prefix.text) &&
    !/^(?:NO|NR|NUM|NUMBER)$/.test(prefix.text) &&
    /^[-/]$/.test(hyphen.text) &&
    gapInChars(prefix, hyphen) < 2 &&
    gapInChars(hyphen, number) < 2
  );
}

const ID_MARKED_START = /^#[A-Z0-9]+$/;
const SEPARATOR_GLYPH_CONFIDENCE = 0.8;
const MISREAD_LABEL_WITH_COLON = /^\p{L}[\p{L}.]*\d:$/u;
const ID_PREFIX = /^\p{Lu}{2,5}[-/]$/u;
// "n.006613", "n0.SI-1304": a scan's reader ran the number sign into the id; "56777.Factuurdatum:", the next label.
// "N92025/634": "Nº" read as "N9" before an id that starts with a year and its separator.
// "N9:25/0749": or with its colon, before any id.
const GLUED_NUMBER_SIGN = /^[nN][oOr0]?[.°º]+(?=[A-Z0-9])|^N9(?=(?:19|20)\d{2}[-/.]\d)|^N9:(?=[A-Z0-9])/;
// "2024-0876Datum:": the next label run on without the full stop, a capitalised word after the id's last digit;
// "FAC-35389-Datum:", after a part separator read as a dash.
// "005210Data" before "fattura:": the next label's first word alone, its colon after the next.
// "9581-23.Invoice" before "Date:": or after a full stop. "2024/319.Dated'emission:": a label may hold an apostrophe.
// "186/PAData" before "fattura:": or after the id's closing capitals. "8502-24.lssue" before "date:": its capital I
// read as a small l. "2025-0926.N." before "cliente:": the next label's number sign ("N.º cliente").
const GLUED_NEXT_LABEL =
  /(?:\.\p{L}[\p{L}']{2,}|-\p{Lu}\p{Ll}{2,}|(?<=\d)\p{Lu}\p{Ll}{2,}):$|(?<=\d)\.?\p{Lu}\p{Ll}{2,}$|(?<=\d\S*\p{Lu}{2})\p{Lu}\p{Ll}{2,}$|(?<=\d)\.l\p{Ll}{2,}$|(?<=\d)\.N[.°º]+$/u;
// "DE495388485-Amtsgericht München", "NL216692004B01 - KvK": the footer's next part, a capitalised word or the
// Dutch trade register's "KvK", hyphenated on by the reader.
// "NL7180.51.698.B01-KvK90303713": with the register's number too.
const GLUED_NEXT_WORD = /-\p{Lu}(?:\p{Ll}{3,}|\p{Ll}\p{Lu})\d*$/u;
const GLUED_LABEL_WORD = /(?<=\d)-\p{Lu}\p{Ll}{2,}$/u;
// "7.950,62", "1,234.56", "€ 12": an amount of money, printed after "Totale fattura:", is no invoice's id.
const MONEY = /^(?:[€$£]\S*|\d{1,3}(?:[.,'’]\d{3})+[.,]\d{2})$/;
// Like an IBAN whose check digits fail: below what is ever reported as sure (≥ 0.9).
const LOOKALIKE_ID_VALIDITY = 0.6;
// Characters a reader takes for one another (0/O, 1/I, 5/S, 8/B, 2/Z, 6/G).
const LOOKALIKES = new Set([..."0O1Il5S8B2Z6G"]);

/**
 * "0D3041…": one look-alike character alone between letters and digits could be either ("OD3041…"); ids mix both,
 * so nothing says which, and a value read from a scan with one is not reported as sure. Runs of two or more
 * ("WFLD2015", "OD30") are read as printed.
 */
function hasLookalikeAtJoin(id: string): boolean {
  const runs = id.match(/\p{L}+|\p{N}+/gu) ?? [];
  return runs.some((run, index) => run.length === 1 && LOOKALIKES.has(run) && runs.length > 1 && (index > 0 || index < runs.length - 1));
}

/** The space between two words on a row, in widths of a character of the narrower-printed one. */
function gapInChars(left: TPlacedWord, right: TPlacedWord): number {
  return (right.box.x0 - left.box.x1) / Math.min(charWidth(left), charWidth(right));
}

/** Of two readings, the one starting earlier in the words. */
export function firstOf(a: TValuePick | null, b: TValuePick | null, words: TPlacedWord[]): TValuePick | null {
  if (!a || !b) return a ?? b;
  return words.indexOf(a.words[0]) <= words.indexOf(b.words[0]) ? a : b;
}

/**
 * A VAT id printed in parts, read as one id: "FR 604 219 388 61" (country prefix and digit groups), "604 1515 23" (a
 * British number without its prefix), or a Swiss UID with its tax suffix ("CHE-998.145.449 MWST").
 */
export function pickTaxId(words: TPlacedWord[]): TValuePick | null {
  return swissUid(words) ?? prefixedTaxId(words) ?? gluedEuVat(words) ?? dashedToNextPart(words) ?? digitGroups(words);
}

/** "1T01325453159": a tax id whose Italian or Irish prefix's I was read as a one, put right and doubted a little. */
export function withMisreadPrefix(pick: TValuePick | null): TValuePick | null {
  const misread = pick && typeof pick.normalized === "string" ? /^1([TE]\d{8,11})$/.exec(pick.normalized) : null;
  if (!pick || !misread) return pick;
  return { ...pick, text: `I${misread[1]}`, normalized: `I${misread[1]}`, validity: pick.validity * MISREAD_PREFIX_FACTOR };
}

// A prefix read past a misread letter is right less often than one printed plainly.
const MISREAD_PREFIX_FACTOR = 0.9;

// "55728239654-REA FI-1242922", "ATU47602620-FN 209938g": a footer's "·" read as a dash glues the next part's label
// to the id.
const ID_DASH_PART = /^((?:\p{Lu}{2}U?)?\d{8,12})[-–]\p{Lu}{2,}$/u;

/** The id before a dash the reader read for a part separator, the next part's label glued after it. */
function dashedToNextPart(words: TPlacedWord[]): TValuePick | null {
  // The first word with a digit: the end of the label may stand before it ("N°" "TVAintra." "FR12705512719-SIRET").
  const first = words.find((word) => /\d/.test(word.text));
  const found = first && ID_DASH_PART.exec(first.text);
  if (!first || !found) return null;
  return { words: [splitWordAt(first, found[1].length)[0]], text: found[1], normalized: found[1], validity: 1 };
}

/** "intra.FR51691972114": the id without the end of its label the reader glued on (a word of its own, so it ranks first). */
function gluedEuVat(words: TPlacedWord[]): TValuePick | null {
  const first = words.find((word) => /\d/.test(word.text));
  const id = first && gluedVatId(first);
  return id ? { words: [id], text: id.text, normalized: id.text, validity: 1 } : null;
}

function swissUid(words: TPlacedWord[]): TValuePick | null {
  const glued = words.find((word) => SWISS_UID_GLUED_SUFFIX.test(word.text.replace(/[,;]$/, "")));
  const parts = glued && SWISS_UID_GLUED_SUFFIX.exec(glued.text.replace(/[,;]$/, ""));
  if (glued && parts) return { words: [glued], text: glued.text, normalized: `${parts[1]} ${parts[2]}`, validity: 1 };
  const start = words.findIndex((word) => SWISS_UID.test(word.text.replace(/[,;]$/, "")));
  if (start < 0) return null;
  const suffix = words[start + 1] && SWISS_VAT_SUFFIX.test(words[start + 1].text) ? [words[start + 1]] : [];
  const taken = [words[start], ...suffix];
  const uid = words[start].text.replace(/[,;]$/, "");
  return { words: taken, text: joinWords(taken), normalized: suffix[0] ? `${uid} ${swissVatSuffix(suffix[0].text)}` : uid, validity: 1 };
}

// A national VAT number without its prefix: 8 to 12 digits in groups of 2 to 4 ("604 1515 23", "123 456 789"), or
// of up to 7 where a scan's reader ran two groups together ("9845000 40" for "984 5000 40").
const DIGIT_GROUP = /^\d{2,7}$/;

const GROUP_BEFORE_PART = /^(\d{2,9})[-–]\p{Lu}(?:\p{Ll}|\p{Lu}{2})/u;

/**
 * "853 9362 47-Registered in England", "GB 190 9539 03-Registered", "FR 89 640202192-SIRET": the last digit group with
 * the next part glued on by a dash read for its separator, as a word of its own; or null.
 */
function groupBeforePart(word: TPlacedWord): TPlacedWord | null {
  const dashed = GROUP_BEFORE_PART.exec(word.text);
  return dashed ? splitWordAt(word, dashed[1].length)[0] : null;
}

function digitGroups(words: TPlacedWord[]): TValuePick | null {
  // "771 3669 54.": the sentence's full stop after the last group.
  const isGroup = (word: TPlacedWord | undefined) => word !== undefined && DIGIT_GROUP.test(word.text.replace(/[.,;]$/, ""));
  const start = words.findIndex((word, index) => DIGIT_GROUP.test(word.text) && isGroup(words[index + 1]));
  if (start < 0) return null;
  const taken: TPlacedWord[] = [];
  for (const word of words.slice(start)) {
    const last = taken.at(-1);
    if (last && (gapInChars(last, word) > 2 || /[.,;]$/.test(last.text))) break;
    const dashed = last ? groupBeforePart(word) : null;
    if (dashed) taken.push(dashed);
    if (dashed || !isGroup(word)) break;
    taken.push(word);
  }
  const digits = taken.map((word) => word.text.replace(/[.,;]$/, "")).join("");
  if (digits.length < 8 || digits.length > 12) return null;
  return { words: taken, text: joinWords(taken), normalized: digits, validity: 1 };
}

// "DE587026 277": a scan's reader may glue most of the number to the prefix, never all of it (that is a whole id).
const PREFIX_GROUP = /^(\p{Ll}+\.)?[A-Z]{2}\d{0,7}$/u;

function prefixedTaxId(words: TPlacedWord[]): TValuePick | null {
  // "GB 947 6336 73", or its first group glued to the prefix by a scan's reader ("GB947 6336 73"), or the prefix glued
  // to the end of its label ("intra.FR20 524553628").
  // "GB5928257 94-Registered": the next group may be the last, the next part glued on.
  const groupNext = (next: TPlacedWord | undefined) => next !== undefined && (/^\d+$/.test(next.text) || groupBeforePart(next) !== null);
  const start = words.findIndex((word, index) => PREFIX_GROUP.test(word.text) && groupNext(words[index + 1]));
  if (start < 0) return null;
  const label = PREFIX_GROUP.exec(words[start].text)?.[1] ?? "";
  const taken = [label ? splitWordAt(words[start], label.length)[1] : words[start]];
  for (const word of words.slice(start + 1)) {
    // Digit groups end at a column gap: "DE 173 848343   80331 München" holds the next column's postcode.
    if (gapInChars(taken[taken.length - 1], word) > 2) break;
    // "FR 17 663495748- SIRET …": or with the dash read for the part's separator left at the group's end.
    const dashed = groupBeforePart(word) ?? (/^\d+[-–]$/.test(word.text) ? splitWordAt(word, word.text.length - 1)[0] : null);
    if (dashed) taken.push(dashed);
    if (dashed || !/^\d+[.,;]?$/.test(word.text)) break;
    taken.push(word);
  }
  const normalized = taken.map((word) => word.text.replace(/[.,;]$/, "")).join("");
  if (!TAX_ID.test(normalized)) return null;
  return { words: taken, text: joinWords(taken), normalized, validity: 1 };
}
