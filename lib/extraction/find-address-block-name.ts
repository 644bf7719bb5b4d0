// Without a heading or an envelope sender line, the buyer's address still stands out as a block:
// a few left-aligned lines ending with a postcode and city ("Kunden AG Mitte / Kundenstraße 15 /
// 69876 Frankfurt"). The seller's own block looks the same, so the block naming the seller is skipped.

import { charWidth } from "./box-geometry";
import { hasCompanySuffix, isOnlySuffix } from "./company-suffix";
import { GLUED_PARTY_HEADINGS, PARTY_HEADING_WORDS } from "./field-concepts";
import { UK_POSTCODE } from "./find-address-parts";
import { STREET_WORDS } from "./find-letterhead-address";
import { squash, tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { parseDate } from "./parse-date";
import { pickValue, type TValuePick } from "./pick-value";
import { PART_SEPARATOR } from "./until-separator";

// "80333 München", "DE 80333 München", "D-80333 München", "F-75002 Paris"; "Fremont CA 94538".
// A scan's reader may drop the space after the postcode or the comma ("44000NANTES", "Denver,CO 80202").
const POSTCODE_CITY = /^(?:[A-Z]{1,2}[- ])?\d{4,5}\s*\p{Lu}/u;
// After the city's comma a scan's reader may set a letter of the state small or read its O as a zero ("Austin, Tx
// 78701", "Denver, c0 80202"), or drop the space before the ZIP code ("Seattle,WA98101").
const CITY_STATE_ZIP = /\p{L}(?:,\s*[A-Za-z][A-Za-z0]\s*|\s+[A-Z]{2}\s+)\d{5}(?:-\d{4})?$/u;
// "9000 St. Gallen", "4500 Ste-Foy": a saint right after the postcode names the town, no street ("Randolph St.").
const SAINT_AFTER_POSTCODE = /^(\S+\s+)(?:St|Ste|Sankt)\b\.?-?\s*(?=\p{Lu})/u;
// Address blocks sit in the upper half of the first page.
const BLOCK_BOTTOM = 0.5;
const MAX_LINES_ABOVE = 4;
// Lines of one block start within this distance (page widths) of each other…
const ALIGN_TOLERANCE = 0.02;
// …and are no further apart than this, in line heights (letters space address lines generously).
const LINE_GAP = 2.5;
const SIZE_TOLERANCE = 0.25;
// Letters that reach below the line, and the share of a line's box they add.
const DESCENDERS = /[gjpqy]/;
const DESCENDER_SHARE = 0.15;
// "Attn:", "Att.", "À l'attention de", "z. Hd.", "zu Händen", "t.a.v.", "c.a.", "All'attenzione di", "A la atención de":
// a person at the party.
const ATTENTION_LINE =
  /^(?:attn?\b|attention\b|[aà] l['’]att|z\.\s?hd?\.|zu h[äa]nden|t\.\s?a\.\s?v\.|c\.\s?a\.|all['’]attenzione|alla c|a la atenci[oó]n)/iu;
// The country, or the buyer's VAT or fiscal code, follows the postcode line.
const LINES_BELOW = 2;

type TSegment = { words: TPlacedWord[]; text: string; row: number };

/** The first line of the top-most address block that is not the seller's, or null. */
export function findAddressBlockName(page: TPageRows, sellerNames: string[]): TValuePick | null {
  return findAddressBlock(page, sellerNames)?.name ?? null;
}

/**
 * The top-most address block that is not the seller's: its name, and its words with the lines that follow its
 * postcode line in its column ("SPAIN", "C.F./P.IVA: 12626782302"), which are the buyer's too.
 */
export function findAddressBlock(page: TPageRows, sellerNames: string[]): { name: TValuePick; words: Set<TPlacedWord> } | null {
  // "Ashdown & Thornbury Office Supplies" over "Ltd": the seller's name without its legal form, which may stand on a
  // line of its own, names the seller's block too (long enough not to be a word of another name).
  const names = sellerNames.map((name) => squash(name)).filter((seller) => seller.length > 0);
  const stems = sellerNames
    .map((name) => [squash(name), squash(withoutLegalForm(name))])
    .filter(([whole, stem]) => stem !== whole && stem.length >= MIN_STEM)
    .map(([, stem]) => stem);
  const sellers = [...names, ...stems];
  const sellerHasAmpersand = sellerNames.some((name) => name.includes("&"));
  const sellerWords = new Set(sellerNames.flatMap((name) => name.split(/\s+/).map(squash)));
  const namesSeller = (line: TSegment) => {
    // "Email: accounts@harper-consulting-group.com" above the buyer's name spells the seller's name without naming it.
    if (/@|www\.|https?:/i.test(line.text)) return false;
    const text = squash(line.text);
    // "De Vries & Visser Advies B.V." buying from "Visser Advies B.V.": a partnership whose name ends with the
    // seller's is another firm.
    const partnerOf = (seller: string) => text.endsWith(seller) && text !== seller && /&/.test(line.text) && !sellerHasAmpersand;
    // "Transports Fontaine S.A." buying from "Transports Fontaine SAS": the seller's letters hold the line's, but its
    // legal form is another.
    const lastWord = line.words[line.words.length - 1].text;
    const ownLegalForm = isOnlySuffix(lastWord) && !sellerWords.has(squash(lastWord));
    const spells = (seller: string) =>
      (text.includes(seller) && !partnerOf(seller)) || (holdsWhole(seller, text) && text.length > 3 && !ownLegalForm);
    // "Brooks Electric Co." buying from "Brooks Electric LLC": a line with a company word of its own, other than the
    // seller's, is another company of the same name.
    return names.some(spells) || (!hasCompanySuffix(line.text) && stems.some(spells));
  };
  // "Sanchez & Lopez S.L. ·Avenida de la Constit": or its address parts, cut before the house number by a gap.
  const isSenderLine = (line: TSegment) =>
    (/\d/.test(line.text) || PART_SEPARATOR.test(line.text)) &&
    sellers.some((seller) => squash(line.text).includes(seller) && squash(line.text).length > seller.length + MIN_ADDRESS);
  const segmentsByRow = page.rows.map((row, index) => segments(row, index));
  for (const rowSegments of segmentsByRow) {
    for (const segment of rowSegments) {
      if (segment.words[0].box.y1 > BLOCK_BOTTOM || !isPostcodeLine(segment.text)) continue;
      const above = linesAbove(segment, segmentsByRow);
      // "Electricite Lefevre SARL-83.rue du Commerce NANTES": the seller's name with its address run on is the sender
      // line over the window, no line of the buyer's block.
      // Lines above it belong to the letterhead ("VAT registration no.: …" over the sender line).
      const block = above.slice(above.findLastIndex(isSenderLine) + 1);
      // Name, street, postcode and city: the name sits above the street line.
      if (block.length < 3) continue;
      const names = block.slice(0, -2).map((line) => pickValue(line.words, { type: "text", kind: "name", amount: "first" }));
      // "P.O.# PO-242697", "Account No.: 40587": a meta column's labelled value over the block names nobody.
      // "Vervaldatum 17-02-2025", "Klantnr. 65744": nor does a label before its date or number, its colon unprinted.
      const index = names.findIndex(
        (pick, at) =>
          pick !== null &&
          pick.validity === 1 &&
          !pick.text.endsWith(":") &&
          !/[#:]/.test(block[at].text) &&
          // "9HX": a postcode's half wrapped off the sender line above spells no name; nor does "LLP", the legal form a
          // letterhead wrapped off its name over its address.
          /\p{L}{3}/u.test(pick.text) &&
          !isOnlySuffix(pick.text) &&
          !isBeforeValue(block[at], segmentsByRow),
      );
      // The seller's own block; a line of the seller's above the name (its sender line) is no part of this one.
      if (block.slice(Math.max(0, index)).some(namesSeller)) continue;
      if (index >= 0) {
        // The block is the buyer's from its name down: a line above it can be the end of the seller's block.
        const lines = [...block.slice(index), ...linesBelow(segment, segmentsByRow)];
        return { name: names[index]!, words: new Set(lines.flatMap((line) => line.words)) };
      }
    }
  }
  return null;
}

const MIN_STEM = 8;
// A sender line holds the seller's name and at least this many more letters or digits (its address).
const MIN_ADDRESS = 5;
// "65744", "K-10293": a customer or account number; a name line of one or two words before it is its label.
const LONE_NUMBER = /^[A-Z]{0,3}[-/]?\d{3,}$/;
const MAX_LABEL_WORDS = 2;

/** `part` is in `whole`, its last number not the start of a longer one ("vialeeuropa15" is not in "…vialeeuropa154"). */
function holdsWhole(whole: string, part: string): boolean {
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    if (!/\d$/.test(part) || !/\d/.test(whole.charAt(at + part.length))) return true;
  }
  return false;
}

/** The name without the legal form that ends it ("Ashdown & Thornbury Office Supplies Ltd" → "… Supplies"). */
function withoutLegalForm(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && isOnlySuffix(words[words.length - 1])) words.pop();
  return words.join(" ");
}

/**
 * The line's row goes on with a date, or a short line with a lone number, after it: the line is that value's label
 * ("Vervaldatum   17-02-2025", "Klantnr.   65744").
 */
function isBeforeValue(line: TSegment, segmentsByRow: TSegment[][]): boolean {
  const row = segmentsByRow[line.row];
  const next = row[row.indexOf(line) + 1];
  if (next === undefined) return false;
  const loneNumber = next.words.length === 1 && LONE_NUMBER.test(next.text) && line.words.length <= MAX_LABEL_WORDS;
  return parseDate(next.text) !== null || loneNumber;
}

/** Up to LINES_BELOW lines under the postcode line, starting where it starts, before a blank gap. */
function linesBelow(last: TSegment, segmentsByRow: TSegment[][]): TSegment[] {
  const lines: TSegment[] = [];
  let above = last;
  for (const rowSegments of segmentsByRow.slice(last.row + 1, last.row + 1 + LINES_BELOW)) {
    const line = rowSegments.find((segment) => Math.abs(segment.words[0].box.x0 - last.words[0].box.x0) <= ALIGN_TOLERANCE);
    const box = above.words[0].box;
    if (!line || line.words[0].box.y0 - box.y1 > LINE_GAP * (box.y1 - box.y0)) break;
    // "Factuurdatum: 4 oktober 2024 | Factuurnr.: …", "Rechnungs-Nr.: RE-44541 Rechnungsdatum: …": a meta row of
    // parts or labels under the block is the document's, not the buyer's.
    if (PART_SEPARATOR.test(line.text) || (line.text.match(/:/g) ?? []).length >= 2) break;
    lines.push(line);
    above = line;
  }
  return lines;
}

/** "Manchester M1 2AB", or the postcode on a line of its own ("BS1 5TR"). */
function endsWithUkPostcode(text: string): boolean {
  const found = text.match(new RegExp(UK_POSTCODE.source, "g"));
  return (found !== null && text.endsWith(found[found.length - 1])) || GLUED_UK_POSTCODE.test(text);
}

// "BristolBS15TR": the town with its postcode run on, the spaces lost.
const GLUED_UK_POSTCODE = /\p{Ll}[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/u;

function isPostcodeLine(printed: string): boolean {
  // "080o7Barcelona": a zero of the postcode read as the letter.
  const text = printed.replace(/(?<=\d)[oO](?=\d)/g, "0");
  // "2439 W. Randolph St.", "3470 MainStreet": an American house number before a street is no postcode before a town.
  const isStreet = tokenize(text.replace(SAINT_AFTER_POSTCODE, "$1")).some(
    (token) => STREET_WORDS.has(token) || [...STREET_WORDS].some((word) => word.length >= 4 && token.endsWith(word)),
  );
  return (POSTCODE_CITY.test(text) && !isStreet) || CITY_STATE_ZIP.test(text) || endsWithUkPostcode(text);
}

/** The block's lines from its top down to `last`: segments starting where `last` starts, on the rows right above it. */
function linesAbove(last: TSegment, segmentsByRow: TSegment[][]): TSegment[] {
  const lines = [last];
  const x0 = last.words[0].box.x0;
  const american = CITY_STATE_ZIP.test(last.text);
  for (let row = last.row - 1; row >= 0 && lines.length <= MAX_LINES_ABOVE; row--) {
    const below = lines[0].words[0].box;
    // A row of the other column only (the seller's phone number beside the buyer's street) is skipped.
    const line = segmentsByRow[row].find((segment) => Math.abs(segment.words[0].box.x0 - x0) <= ALIGN_TOLERANCE);
    const bottom = line ? Math.max(...line.words.map((word) => word.box.y1)) : rowBottom(segmentsByRow[row]);
    if (below.y0 - bottom > LINE_GAP * (below.y1 - below.y0)) break;
    if (!line) continue;
    // The small sender line above an envelope window is no part of the block: a line much smaller than the one under
    // it ends the block. Only smaller: a scan's reader boxes a line taller for its descenders ("Oudegracht 392"), so a
    // line without any over one with some ("Att. Anna Huber" over "Hauptplatz 64/10") may be smaller still.
    // Against the block's smallest line so far: a scan's reader boxes one line a little taller ("Manchester" over "M1 2AB").
    const height = line.words[0].box.y1 - line.words[0].box.y0;
    const under = Math.min(...lines.map((below) => below.words[0].box.y1 - below.words[0].box.y0));
    const tolerance = SIZE_TOLERANCE + (DESCENDERS.test(lines[0].text) && !DESCENDERS.test(line.text) ? DESCENDER_SHARE : 0);
    // An attention line ("Att. Elodie Girard") has its party's name right above it, whatever the sizes the reader boxed.
    if (height < (1 - tolerance) * under && !ATTENTION_LINE.test(lines[0].text)) break;
    // Nor is it one by its parts, whatever its size: "Ashdown & Hartley Ltd · Unit 8, … · Leeds LS1"; nor its end
    // wrapped under it in its small print ("4AP").
    if ((line.text.match(/[·•●|]/g) ?? []).length >= 2) {
      if (lines.length > 3 && isWrappedEndOf(lines[0], line, lines[1])) lines.shift();
      break;
    }
    // A block has one postcode line: another one above ends the block before it (the seller's, printed close). Above
    // an American "Chicago, IL 60607" a house number before the street is no postcode ("2960 Broadway").
    if (isPostcodeLine(line.text) && !(american && !CITY_STATE_ZIP.test(line.text))) break;
    // "FACTURERA", "Facturara": a heading whose space the reader lost heads the block; it is no line of it.
    if (GLUED_PARTY_HEADINGS.has(squash(line.text))) break;
    lines.unshift(line);
    // "Datos del cliente", "Bill to": the block's heading is its first line; what is above is another block.
    if (tokenize(line.text).every((token) => PARTY_HEADING_WORDS.has(token))) break;
  }
  return lines;
}

/**
 * `end` is printed in the sender line's small size, smaller than the block's line under it. A company's name is no
 * end of an address ("Randstad ICT V.O.F." over "t.a.v. Joost Visser", their sizes as a scan's reader boxed them).
 */
function isWrappedEndOf(end: TSegment, senderLine: TSegment, next: TSegment): boolean {
  const height = (segment: TSegment) => segment.words[0].box.y1 - segment.words[0].box.y0;
  return (
    !hasCompanySuffix(end.text) &&
    Math.abs(height(end) - height(senderLine)) < (SIZE_TOLERANCE * height(senderLine)) / 2 &&
    height(end) < (1 - SIZE_TOLERANCE / 2) * height(next)
  );
}

function rowBottom(rowSegments: TSegment[]): number {
  return Math.max(...rowSegments.flatMap((segment) => segment.words.map((word) => word.box.y1)));
}

/** A row's runs of words split at column gaps. */
function segments(row: TPlacedWord[], index: number): TSegment[] {
  const runs: TPlacedWord[][] = [];
  for (const word of row) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && word.box.x0 - previous.box.x1 <= 2.5 * Math.max(charWidth(word), charWidth(previous))) run.push(word);
    else runs.push([word]);
  }
  return runs.map((words) => ({ words, text: words.map((word) => word.text).join(" "), row: index }));
}
