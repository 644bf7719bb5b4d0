// Without a "Vendor:" label, the seller is the letterhead: the top lines of the first page.
// The name is the first line there with a company suffix (strong suffixes like "Ltd" or "Sdn Bhd"
// beat weak ones like "Company"), else, below a noisy first line, the second if a registration number follows it, else the top-most wordy line; the address is the run of lines
// after it that starts with a number or a street word and ends at a phone, tax id or document line.

import { charWidth } from "./box-geometry";
import { hasLegalForm, isLegalFormToken, isOnlySuffix, suffixLevel } from "./company-suffix";
import { DOCUMENT_WORDS, withoutDocumentWords } from "./document-title";
import { findBuyerBlockWords } from "./find-buyer-block-words";
import { findAddressLines, isNoiseLine, STOP_WORDS } from "./find-letterhead-address";
import { letterheadSpelling } from "./letterhead-spelling";
import { withoutNoiseAtEdges } from "./name-edge-noise";
import { squash, tokenize } from "./normalize-text";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";
import { cleanName, isCompanyRegistrationRow, isRegistrationRow, TRAILING_ID } from "./registration-number";
import { repairLegalForm } from "./repair-legal-form";
import { isBusinessPrefix, sharesToken, shortensName, startsBusinessName, startsWithSign } from "./shop-sign";
import { spellWithSign } from "./sign-spelling";
import { untilSeparator } from "./until-separator";
import { isNamedAcrossLines, isNamedByWebsite, websiteNames } from "./website-names";
import { withoutMonogram } from "./without-monogram";

const wordSet = (words: string) => new Set(words.split(" "));

/** `addressLines`: per row, the words under the name's column (two-column letterheads keep "INVOICE" out). */
/** `letterhead`: the top two name lines as printed, chosen or not (a logo's "H A R P E R" over "Consulting Group"). */
export type TVendorBlock = {
  nameWords: TPlacedWord[];
  name: string;
  hasSuffix: boolean;
  addressLines: TPlacedWord[][];
  letterhead: string;
};

const NOT_A_NAME = wordSet("thank thanks tq welcome selamat datang bill ship sold customer client attention page number");
// "*** RE-PRINT ***", "== COPY ==": a banner framed by marks.
const BANNER = /^[*=#~-]{2,}.*[*=#~-]{2,}$/;
// "TQFOR SHOPPING", "SELAMATDATANG": a thank-you or welcome line whose spaces the reader lost.
const THANKS_GLUED = /^(?:thank|tq(?:for|you|u)|selamatdatang|welcometo)/;
const TOP_ROWS = 12;
// "Thornbury Plumbing &", "SMITH AND": a name line that asks for the next line.
const JOINS_NEXT_LINE = /(?:&|\band)$/i;
export function findVendorBlock(page: TPageRows): TVendorBlock | null {
  const buyerWords = findBuyerBlockWords(page, splitAtGaps);
  // A row can hold several segments ("YONG CEN ENTERPRISE      POSTED"); names are one segment.
  const candidates = page.rows
    .slice(0, TOP_ROWS)
    .flatMap((row, index) =>
      (rowTop(row) < 0.5 ? splitAtGaps(row).filter((words) => !words.some((word) => buyerWords.has(word)) && !isBanner(words)) : [])
        .map((words) => endAtLegalForm(repairLegalForm(withoutMonogram(withoutNoiseAtEdges(withoutDocumentWords(untilSeparator(words)))))))
        .map((words) => ({ index, words, text: joinWords(words) })),
    )
    // A line the reader could hardly read is a logo or a stamp, not the name.
    .filter((candidate) => candidate.words.length > 0 && !isNoiseLine(candidate.words) && isNameCandidate(candidate.text));
  // A name printed under the first name's own address block is another party's (a window envelope's recipient),
  // unless the letterhead spells it: "LONE STAR" / "Design Studio" above its sender line "Lone Star Design Studio Co.".
  const firstBlockEnd = candidates[0] ? endOfAddressBelow(page, candidates[0].index) : null;
  const spelledByLetterhead = letterheadSpelling(candidates);
  const siteNames = websiteNames(page.words);
  const ownBlock =
    firstBlockEnd === null
      ? candidates
      : candidates.filter((candidate) => candidate.index <= firstBlockEnd || spelledByLetterhead(candidate.text));
  // "Bakker Kantoorinrichting" over "B.V.": a name's legal form wrapped onto the next line counts as its own.
  const levelOf = (candidate: TCandidate) => {
    const suffix = suffixBelow(page, candidate);
    return suffixLevel(suffix ? `${candidate.text} ${joinWords(suffix)}` : candidate.text);
  };
  const chosen =
    ownBlock.find((candidate) => levelOf(candidate) === 2) ??
    ownBlock.find((candidate) => levelOf(candidate) === 1) ??
    // Neither has a legal form: the one the page's website or email domain spells ("Azure Interior" by
    // azure-interior.com) over a tagline or brand line printed above it ("Global Wholesaler").
    ownBlock.find((candidate) => isNamedByWebsite(cleanName(candidate.text), siteNames)) ??
    // A Malaysian business name ("SYARIKAT SOON HUAT FURNITURE") under its owner's name ("TAN MEI LING").
    ownBlock.slice(1, 3).find((candidate) => startsBusinessName(candidate.text, joinWords(page.rows[candidate.index - 1] ?? []))) ??
    // A noisy first line ("3180404 deP rel") gives way to the line above the registration. Only at the top: the
    // last line of an address sits above a tax id too; and a clean first line (a brand above its outlet) stays.
    (candidates[0] && looksLikeNoise(candidates[0].words, page.rows[candidates[0].index])
      ? candidates.slice(1, 2).find((candidate) => isRegistrationRow(page.rows[candidate.index + 1]))
      : undefined) ??
    // A shop sign over the name it shortens ("PRIMA MOTOR" over "SYARIKAT PRIMA MOTOR", "HKS" over "HOCK KEE …"),
    // or a greeting or person over the name whose registration number follows it.
    (candidates[1]?.index === candidates[0]?.index + 1 &&
    (shortensName(candidates[0].text, candidates[1].text) || (isRegistered(page, candidates[1]) && !isRegistered(page, candidates[0])))
      ? candidates[1]
      : undefined) ??
    // The person over the shop's sign over its registered name ("TAN MEI LING" / "SENG HENG" / "SENG HENG HARDWARE"),
    // or over the name printed twice, the second time with its number ("RIMBUN PHARMACY (200875790971 (744245-M))").
    (candidates[2]?.index === candidates[0]?.index + 2 &&
    isRegistered(page, candidates[2]) &&
    !isRegistered(page, candidates[0]) &&
    (shortensName(candidates[1].text, candidates[2].text) || squash(candidates[1].text) === squash(cleanName(candidates[2].text)))
      ? candidates[2]
      : undefined) ??
    // The same without a registration number, where the sign's words start the name ("WAH CHONG" / "WAH CHONG
    // MARKETING") and the line above shares none of them (the owner).
    (candidates[2]?.index === candidates[0]?.index + 2 &&
    startsWithSign(candidates[1].text, candidates[2].text) &&
    !sharesToken(candidates[0].text, candidates[2].text)
      ? candidates[2]
      : undefined) ??
    candidates.find((candidate) => candidate.words.length > 1 || squash(candidate.text).length >= 5) ??
    candidates[0];
  if (!chosen) return null;
  // "Installationen Gruber" over "GmbH": a legal form on a line of its own ends the name printed above it.
  // "ZAM ZAM SUPERMARKET (PUCHONG" over "JAYA) SDN BHD": the name wrapped inside its brackets.
  const openedAbove = /^[^(]*\)/.test(chosen.text)
    ? candidates.find((candidate) => candidate.index === chosen.index - 1 && /\([^)]*$/.test(candidate.text))
    : undefined;
  // "PERNIAGAAN LUCKY STAR FOOD" over "INDUSTRIES" over its registration: a business name wrapped, not a person or
  // a greeting over the registered name.
  const wrappedBusiness = candidates.find(
    (candidate) =>
      candidate.index === chosen.index - 1 &&
      isBusinessPrefix(tokenize(candidate.text)[0] ?? "") &&
      sameColumn(candidate.words, chosen.words) &&
      // A sign over the name it repeats ("RESTORAN PERMATA" twice, "RESTORAN TAI" over "RESTORAN TA FOOK" as the reader
      // read them) wraps nothing.
      !squash(chosen.text).includes(squash(candidate.text)) &&
      tokenize(chosen.text)[0] !== tokenize(candidate.text)[0],
  );
  // "Thornbury Plumbing &" over "Heating Limited": the name's start, whose "&" runs on to the name's next line in its
  // column (another column's line may sit between, "INV08529" read a little higher).
  const lineAbove = candidates.findLast(
    (candidate) => candidate.index < chosen.index && candidate.index >= chosen.index - 2 && sameColumn(candidate.words, chosen.words),
  );
  // A sign over the name it repeats ("RESTORAN &" over "RESTORAN & KATERING KENANGA") runs on to nothing.
  const repeats = (above: TCandidate) => squash(chosen.text).startsWith(squash(above.text));
  // "Jansen & De Vries" over "Advies B.V.": a partnership's names over the one word and legal form its line wrapped.
  const partners = (above: TCandidate) => / & /.test(above.text) && isWordAndLegalForm(cleanName(chosen.text));
  // "NS Noordzee" over "Schilderwerken N.V.": a name wrapped without a mark, which the page's website or email domain
  // spells across the two lines ("noordzeeschilderwerken.nl"), after a monogram of the whole name.
  const spelledAcross = (above: TCandidate) => {
    const upper = withoutMonogram([...above.words, ...chosen.words]).filter((word) => above.words.includes(word));
    return upper.length > 0 && isNamedAcrossLines(joinWords(upper), cleanName(chosen.text), siteNames);
  };
  const runsOnto =
    lineAbove &&
    (JOINS_NEXT_LINE.test(lineAbove.text) || partners(lineAbove) || spelledAcross(lineAbove)) &&
    !hasLegalForm(lineAbove.text) &&
    !repeats(lineAbove)
      ? lineAbove
      : undefined;
  // "… HARDWARE" over "(M) SDN.BHD.", "(BANGSAR) SDN BHD": a legal form alone, after its bracketed country or branch.
  const above = isOnlySuffix(cleanName(chosen.text).replace(/^\([^()]*\)\s*/, ""))
    ? candidates.findLast((candidate) => candidate.index < chosen.index && sameColumn(candidate.words, chosen.words))
    : (openedAbove ?? wrappedBusiness ?? runsOnto);
  const nameWords = above ? withoutMonogram([...above.words, ...chosen.words]) : [...chosen.words];
  let lastRow = chosen.index;
  // "HOME MASTER HARDWARE &" / "ELECTRICAL", or a suffix printed on its own line ("… Sdn" / "Bhd (720420-B)").
  const next = suffixBelow(page, chosen) ?? (page.rows[chosen.index + 1] && splitAtGaps(page.rows[chosen.index + 1])[0]);
  // A legal form ends the name, whatever mark the reader put after it ("… (M) SON.8HD,(2017…").
  const runsOn =
    (JOINS_NEXT_LINE.test(cleanName(chosen.text)) || /[-,]$/.test(cleanName(chosen.text))) &&
    (!hasLegalForm(chosen.text) || chosen.text.endsWith("&"));
  if (next && (runsOn || isOnlySuffix(cleanName(joinWords(next))))) {
    nameWords.push(...next);
    lastRow++;
  }
  // "TERATAI HOSPITALITY" over "TERATA HOSPITAUITYPLT": the sign's better reading of the registered name's words.
  const signed = above || lastRow !== chosen.index ? null : spellWithSign(candidates, chosen);
  if (signed) nameWords.splice(0, nameWords.length, ...signed.words);
  if (signed) lastRow = Math.max(...signed.words.map((word) => word.row));
  const name = signed?.name ?? cleanName(joinWords(nameWords));
  const column = { x0: Math.min(...nameWords.map((word) => word.box.x0)), x1: Math.max(...nameWords.map((word) => word.box.x1)) };
  // Per reader line: a tall speck can make a row of two lines ("…KUALA LUMPUR." over "H/P: 012-…").
  // A row with nothing in the name's column stays as an empty line: the address ends there.
  const lines = page.rows.slice(lastRow + 1).flatMap((row) => {
    const inColumn = splitByLine(row)
      .map((line) =>
        splitAtGaps(line)
          .filter((words) => overlaps(words, column))
          .flat(),
      )
      .filter((words) => words.length > 0);
    return inColumn.length > 0 ? inColumn : [[]];
  });
  const letterhead = joinWords(candidates.slice(0, 2).flatMap((candidate) => candidate.words));
  return { nameWords, name, hasSuffix: suffixLevel(name) > 0, addressLines: findAddressLines(lines), letterhead };
}

/** The row of the last address line right under row `index` (a street and a town at least), or null. */
function endOfAddressBelow(page: TPageRows, index: number): number | null {
  const rows = page.rows.slice(index + 1, index + 1 + TOP_ROWS);
  const lines = findAddressLines(rows.map((row) => untilSeparator(splitAtGaps(row)[0] ?? [])));
  // A line with a legal form is the next party's name, not the address ("Denver, CO 80202" is a state and a ZIP).
  const isName = (text: string) => suffixLevel(text) === 2 || (suffixLevel(text) === 1 && !/\d/.test(text));
  const named = lines.findIndex((line) => isName(joinWords(line)));
  const address = named < 0 ? lines : lines.slice(0, named);
  if (address.length < 2) return null;
  const last = address[address.length - 1][0];
  return index + 1 + rows.findIndex((row) => row.includes(last));
}

/** "SUPER.SEVEN CASH & CARRY SDN BHD 7 5": a legal form ends the name; only its registration number may follow. */
function endAtLegalForm(words: TPlacedWord[]): TPlacedWord[] {
  const last = words.findLastIndex((word, index) => index > 0 && tokenize(word.text).some(isLegalFormToken));
  if (last < 0 || last === words.length - 1) return words;
  const next = words[last + 1];
  // "Krüger Haustechnik GmbH &" over "Co. KG": the legal form goes on, on the next line.
  if (next.text === "&" && last + 2 === words.length) return words;
  return words.slice(0, TRAILING_ID.test(` ${next.text}`) ? last + 2 : last + 1);
}

/** "***RE-PRINT ***" as printed, before the marks at its edges are cleaned off as specks. */
function isBanner(words: TPlacedWord[]): boolean {
  return BANNER.test(joinWords(words));
}

export function isNameCandidate(text: string): boolean {
  if (containsDate(text) || BANNER.test(text.trim())) return false;
  const tokens = tokenize(text);
  const bare = cleanName(text);
  const [letters, digits] = [(bare.match(/\p{L}/gu) ?? []).length, (bare.match(/\d/g) ?? []).length];
  // "RESTORAN NEW ERA:(PG5830498-V)", "Construcciones Castilla S.L:", "PRINTING (M):SDN. BHD": a colon the reader read
  // before the registration's bracket, for a legal form's full stop or before the legal form is no label's.
  const afterColon = isOnlySuffix(cleanName(text.slice(text.lastIndexOf(":") + 1)));
  const labelColon = /:(?!\()/.test(text) && !(text.endsWith(":") && hasLegalForm(text.slice(0, -1))) && !afterColon;
  if (letters < 3 || digits > letters || text.includes("@") || labelColon) return false;
  // A run of five digits is a phone, id or date stamp; a line with no capital letter is handwriting or noise.
  if (/\d{5}/.test(bare) || !/\p{Lu}/u.test(text)) return false;
  if (tokens.some((token) => NOT_A_NAME.has(token) || STOP_WORDS.has(token))) return false;
  // "TQFOR SHOPPING WITH myNEWS.COM": a thank-you line whose spaces the reader lost.
  if (THANKS_GLUED.test(squash(text))) return false;
  // "*RE-PRINT": a document word the reader hyphenated, its banner's marks lost on a faint scan.
  return !tokens.every((token) => DOCUMENT_WORDS.has(token)) && !DOCUMENT_WORDS.has(tokens.join(""));
}

function containsDate(text: string): boolean {
  const words = text.split(" ");
  return words.some((_, start) =>
    [1, 2, 3].some((length) => start + length <= words.length && parseDate(words.slice(start, start + length).join(" "))),
  );
}

/** "KOPITIAM SAN YUAN (1041554-Y)", or a name over "CO.REG.NO.: PG3293032-T". */
function isRegistered(page: TPageRows, candidate: { index: number; text: string }): boolean {
  return cleanName(candidate.text) !== candidate.text.trim() || isCompanyRegistrationRow(page.rows[candidate.index + 1]);
}

/** Handwriting or a stamp read as text: a word with a capital after a small letter ("deP"), or a long number beside it. */
function looksLikeNoise(words: TPlacedWord[], row: TPlacedWord[]): boolean {
  return words.some((word) => /\p{Ll}\p{Lu}/u.test(word.text)) || row.some((word) => /\d{5}/.test(word.text));
}

/**
 * A row's segments: words of one reader line without a column gap. Two lines that share a row on a slanted scan
 * ("TRI SHAAS SDN BHD" just above "MYDIN MART SRI MUDA") are kept apart rather than interleaved by x.
 */
export function splitAtGaps(row: TPlacedWord[]): TPlacedWord[][] {
  const segments: TPlacedWord[][] = [];
  const ordered = [...row].sort((a, b) => a.line - b.line || a.box.x0 - b.box.x0);
  ordered.forEach((word, index) => {
    const previous = ordered[index - 1];
    const gap = previous ? word.box.x0 - previous.box.x1 : 0;
    if (!previous || previous.line !== word.line || gap > 2.5 * Math.max(charWidth(word), charWidth(previous))) segments.push([word]);
    else segments[segments.length - 1].push(word);
  });
  return segments;
}

function splitByLine(row: TPlacedWord[]): TPlacedWord[][] {
  const byLine = new Map<number, TPlacedWord[]>();
  for (const word of row) byLine.set(word.line, [...(byLine.get(word.line) ?? []), word]);
  return [...byLine.values()];
}

const COLUMN_MARGIN = 0.05;

function overlaps(words: TPlacedWord[], column: { x0: number; x1: number }): boolean {
  return words.some((word) => word.box.x1 > column.x0 - COLUMN_MARGIN && word.box.x0 < column.x1 + COLUMN_MARGIN);
}

/** Two segments starting within a few characters of each other, or overlapping. */
type TCandidate = { index: number; words: TPlacedWord[]; text: string };

/** The next row's segment in the candidate's column when it is a legal form alone ("B.V."), else null. */
function suffixBelow(page: TPageRows, candidate: TCandidate): TPlacedWord[] | null {
  // "… Berger UG" over "(haftungsbeschränkt)": the next row in the name's column, past one of the other column's only.
  for (const below of page.rows.slice(candidate.index + 1, candidate.index + 3)) {
    const inColumn = splitAtGaps(below).filter((words) => sameColumn(words, candidate.words));
    if (inColumn.length > 0) return inColumn.find((words) => isOnlySuffix(cleanName(joinWords(words)))) ?? null;
  }
  return null;
}

function isWordAndLegalForm(text: string): boolean {
  const [first, ...rest] = text.split(/\s+/);
  return rest.length > 0 && !isOnlySuffix(first) && isOnlySuffix(rest.join(" "));
}

function sameColumn(a: TPlacedWord[], b: TPlacedWord[]): boolean {
  return a[0].box.x0 < b[b.length - 1].box.x1 + COLUMN_MARGIN && b[0].box.x0 < a[a.length - 1].box.x1 + COLUMN_MARGIN;
}

function rowTop(row: TPlacedWord[]): number {
  return Math.min(...row.map((word) => word.box.y0));
}
