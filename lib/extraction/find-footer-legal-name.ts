// European invoices print the seller's legal name again in the footer ("Harper Consulting Group Inc. · 4759 Main
// Street · …", "Moreau Bureautique EURL  Tél …  SIRET …"), often where the letterhead shows only a logo ("H A R P E R",
// "A D R I AT I C A"). A footer name with a legal form that the letterhead spells part of is the seller's name.

import { centerX, charWidth } from "./box-geometry";
import { dashAfterLegalForm, hasCompanySuffix, hasLegalForm, isLegalFormToken, isOnlySuffix } from "./company-suffix";
import { companySeparatorAt, findSenderLine } from "./find-recipient-name";
import { isNameCandidate, splitAtGaps } from "./find-vendor-block";
import { squash, tokenize } from "./normalize-text";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";
import { repairLegalForm } from "./repair-legal-form";
import { splitWordAt } from "./split-word";
import { untilSeparator } from "./until-separator";
import { websiteNames } from "./website-names";

// The footer: rows starting below this share of the page height.
const FOOTER_TOP = 0.7;
// A word of the name must be this long to count as spelled by the letterhead ("Co", "Bau" are too common).
const MIN_SHARED_LETTERS = 4;
// "N.V", "S.r.l": dotted initials without their last dot.
const DOTTED_INITIALS_END = /(?:^|\.)\p{L}$/u;
// A full stop with the next part glued on: a capitalised word or a house number.
const GLUED_PART = /\.(?=\p{Lu}\p{Ll}|\d)/u;
// A footer column wraps a name over at most this many more lines.
const MAX_WRAPPED_LINES = 2;

export type TFooterName = { words: TPlacedWord[]; name: string; page: number };

/** The first footer line's name (on any page) with a legal form that shares a word with the letterhead's text. */
export function findFooterLegalName(pages: TPageRows[], letterhead: string, acceptCompanyWord = false): TFooterName | null {
  // "Brooks Analytics Co.": a company word is a legal form enough when the letterhead prints none at all.
  const isLegalName = (name: string) => hasLegalForm(name) || (acceptCompanyWord && hasCompanySuffix(name));
  // "PEMBERTON" over a right column's "Office Supplies": the page's website spells the name where the letterhead
  // shows only part of it.
  const spelled = spelledBy(letterhead, pages);
  for (const page of pages) {
    for (const [index, row] of page.rows.entries()) {
      if (Math.min(...row.map((word) => word.box.y0)) < FOOTER_TOP) continue;
      const first = untilFullStopAfterLegalForm(
        untilColonAfterCompany(
          untilNumberAfterSuffix(untilDash(repairLegalForm(untilSeparator(untilFooterColumn(splitAtGaps(row)[0] ?? [], page, index))))),
        ),
      );
      const words = [...first, ...suffixBelow(page, index, first)];
      const name = joinWords(words);
      if (!name || !isLegalName(name) || isOnlySuffix(name) || !isNameCandidate(name)) continue;
      if (!sharesWordWith(name, spelled)) continue;
      // "Romero & Sánchez" over "Instalaciones S.L." under a "ROMERO" logo: the site's name spells the wrapped words too.
      const whole = [...linesAbove(page, index, words, spelled), ...words];
      return { words: whole, name: joinWords(whole), page: page.page };
    }
  }
  return null;
}

/**
 * No footer name: the legal name of an envelope window's sender line ("Berger&Hoffmann GmbH&Co.KG·Mühlenweg 90a·…")
 * under a logo letterhead ("BERGER / Logistik") that spells part of it.
 */
export function findSenderLineLegalName(page: TPageRows, letterhead: string): TFooterName | null {
  const line = findSenderLine(page);
  // "Bauer & Huber Werbeagentur KG.Landstraße 25.": or the full stop read for one, the street glued on.
  const words = line && untilFullStopAfterLegalForm(untilCompanySeparator(untilDash(untilSeparator(line))));
  const name = words && joinWords(words);
  // "Pacific Design Studio Co.": a company word is enough on the line the letterhead must spell part of.
  if (!words || !name || !hasCompanySuffix(name) || !isNameCandidate(name)) return null;
  // "Thombury & Holloway Loqistics LLP" under "THORNBURY / Logistics": the site's name spells what the reader misread.
  return sharesWordWith(name, spelledBy(letterhead, [page])) ? { words, name, page: page.page } : null;
}

/** "Carver Consulting Group Co.: 1647 Market Street": the name ends at the colon or full stop read for a separator. */
function untilCompanySeparator(words: TPlacedWord[]): TPlacedWord[] {
  const end = companySeparatorAt(words);
  if (end < 0) return words;
  // The colon is the separator's; a full stop may be the company word's own ("Co.", "Inc.") and stays.
  return [...words.slice(0, end), { ...words[end], text: words[end].text.replace(/:$/, "") }];
}

/** "Ferretti & Colombo S.r.l.: Corso Italia 63": a colon read for the separator ends the name, as on a sender line. */
function untilColonAfterCompany(words: TPlacedWord[]): TPlacedWord[] {
  const end = companySeparatorAt(words);
  return end >= 0 && words[end].text.endsWith(":") ? untilCompanySeparator(words) : words;
}

/** The letters a name's words may be found in: the letterhead's, and the names of the pages' websites and domains. */
function spelledBy(letterhead: string, pages: TPageRows[]): string {
  return `${squash(letterhead)} ${pages.flatMap((page) => [...websiteNames(page.words)]).join(" ")}`;
}

/** A word of the name (not its legal form, long enough not to be common) is in the letterhead's letters. */
function sharesWordWith(name: string, spelled: string): boolean {
  return nameWords(name).some((token) => token.length >= MIN_SHARED_LETTERS && !isOnlySuffix(token) && spelled.includes(token));
}

// Footer rows this far up or down show where its columns start.
const COLUMN_ROWS = 3;
// A column starts where at least this many other footer rows start a word after a space this wide (characters).
const MIN_COLUMN_ROWS = 2;
const COLUMN_SPACE = 1.5;

/**
 * "Pennine Office Supplies Phone +44 …": the footer's columns set closer than a gap a scan's reader keeps apart. The
 * first column ends at a word after a wide space that starts where words of the footer rows around it start too
 * after one (the next column's lines).
 */
function untilFooterColumn(words: TPlacedWord[], page: TPageRows, index: number): TPlacedWord[] {
  const afterSpace = (row: TPlacedWord[], at: number) => at > 0 && row[at].box.x0 - row[at - 1].box.x1 > COLUMN_SPACE * charWidth(row[at]);
  const near = page.rows
    .slice(Math.max(0, index - COLUMN_ROWS), index + COLUMN_ROWS + 1)
    .filter((row) => row !== page.rows[index] && Math.min(...row.map((word) => word.box.y0)) >= FOOTER_TOP);
  const startsColumn = (word: TPlacedWord) =>
    near.filter((row) => row.some((other, at) => afterSpace(row, at) && Math.abs(other.box.x0 - word.box.x0) < charWidth(word))).length >=
    MIN_COLUMN_ROWS;
  const end = words.findIndex((word, at) => afterSpace(words, at) && startsColumn(word));
  return end < 0 ? words : words.slice(0, end);
}

/**
 * "Dubois Bureautique" over "S.A.": a footer column that wrapped the legal form alone onto the next line; or the
 * legal form's bracketed qualifier ("Krüger Haustechnik UG" over "(haftungsbeschränkt)"), or the legal form an "&" joins.
 */
function suffixBelow(page: TPageRows, index: number, words: TPlacedWord[]): TPlacedWord[] {
  const next = page.rows[index + 1];
  if (words.length === 0 || !next) return [];
  const segment = untilSeparator(splitAtGaps(next)[0] ?? []);
  const aligned = segment.length > 0 && Math.abs(segment[0].box.x0 - words[0].box.x0) < 2 * charWidth(words[0]);
  const close = aligned && segment[0].box.y0 - words[0].box.y1 < words[0].box.y1 - words[0].box.y0;
  if (!close) return [];
  const text = joinWords(segment);
  // "Haustechnik Brandt GmbH &" over "Co. KG", "Fernández &" over "López S.L.": a name that ends on its "&" runs on
  // with the legal form it joins, or with the rest of the name and its legal form.
  if (words[words.length - 1].text.endsWith("&")) {
    return isLegalFormLine(text) || (!hasLegalForm(joinWords(words)) && hasLegalForm(text)) ? segment : [];
  }
  if (hasLegalForm(joinWords(words))) return /^\([\p{L} .-]+\)$/u.test(text) ? segment : [];
  return isOnlySuffix(text) ? segment : [];
}

/** "Co. KG", "Cie SARL": a legal form with the company words it joins, nothing else. */
function isLegalFormLine(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.length <= 3 && tokens.some(isLegalFormToken) && tokens.every((token) => isLegalFormToken(token) || hasCompanySuffix(token));
}

/**
 * "Pacific Supply Corp. 4187 Pine Street.Chicago, …": a footer whose dots the reader read as full stops runs the
 * name into the address; the name ends at a company word followed by a house number.
 */
function untilNumberAfterSuffix(words: TPlacedWord[]): TPlacedWord[] {
  // "Lefevre SAS Tél0208455242": or a phone number with its short label glued on.
  // "Plumbing LLC Tel(311)555-0564": or an American one, its area code in brackets.
  const startsNumber = (text: string) => /^\d/.test(text) || /^\p{L}{1,4}[.:]?(?:\+?\d{6,}|\(\d{3}\))/u.test(text);
  const end = words.findIndex(
    (word, at) =>
      at > 0 && startsNumber(word.text) && hasCompanySuffix(joinWords(words.slice(0, at))) && !isOnlySuffix(joinWords(words.slice(0, at))),
  );
  return end < 0 ? words : words.slice(0, end);
}

/**
 * "Baumann Druck GmbH. Industriestrasse 117. 9000 St. Gallen": the parts' dots read as full stops, the first glued after
 * the legal form; the name ends there, before a capitalised word that is no legal form ("GmbH & Co. KG" runs on).
 * The last full stop is the separator's, and dropped: "GmbH." is "GmbH", "S.p.A.." is "S.p.A.", but "N.V." stays. The
 * reader may glue the next part on after the full stop ("AG.Dorfstrasse").
 */
function untilFullStopAfterLegalForm(words: TPlacedWord[]): TPlacedWord[] {
  // "Informatik Jura AG.Dorfstrasse 64", "Transports Dubois SASU.23 avenue": the full stop and the next part glued on.
  // "Media Co..4706 Broadway": a company word's own full stop, then the separator's glued to the house number.
  const glued = words.findIndex((word, at) => {
    const dot = word.text.search(GLUED_PART);
    const name = dot > 0 ? joinWords([...words.slice(0, at), { ...word, text: word.text.slice(0, dot) }]) : "";
    const companyBeforeNumber = /\d/.test(word.text.charAt(dot + 1)) && hasCompanySuffix(name) && !isOnlySuffix(name);
    return at > 0 && dot > 0 && (hasLegalForm(name) || companyBeforeNumber);
  });
  if (glued >= 0) {
    const word = words[glued];
    const dot = word.text.search(GLUED_PART);
    // "S.r.l.Via Roma": dotted initials keep their last dot.
    const cut = DOTTED_INITIALS_END.test(word.text.slice(0, dot)) ? dot + 1 : dot;
    return [...words.slice(0, glued), splitWordAt(word, cut)[0]];
  }
  const end = words.findIndex(
    (word, at) =>
      at > 0 &&
      word.text.endsWith(".") &&
      /^\p{Lu}/u.test(words[at + 1]?.text ?? "") &&
      !isOnlySuffix(words[at + 1].text) &&
      hasLegalForm(joinWords(words.slice(0, at + 1))),
  );
  if (end < 0) return words;
  const last = words[end];
  const bare = last.text.slice(0, -1);
  // Dotted initials keep their own last dot: "N.V." stays "N.V.", the separator's dot read into it or not.
  return DOTTED_INITIALS_END.test(bare) ? words.slice(0, end + 1) : [...words.slice(0, end), { ...last, text: bare }];
}

/**
 * Footers also separate their parts with dashes: "Holland Kantoorinrichting N.V. - Nieuwe Binnenweg 356 - …", glued
 * after a legal form's full stop by a scan's reader ("Fernandez S.L.U.-Gran Via,96-…", "Brooks Analytics Co.- 1572 …").
 */
function untilDash(words: TPlacedWord[]): TPlacedWord[] {
  // "Ltd -Unit 14": a scan's reader glued the dash to the next part's first word.
  // "N.V.:oudegracht 141": or a colon, after a legal form's full stop.
  // "&Co.KG-Hauptstraße57a": or the dash to a legal form without one (a name's own hyphen joins no legal form).
  const index = words.findIndex(
    (word, at) =>
      /^[-–—](?:\p{Lu}\p{Ll}|$)/u.test(word.text) ||
      // "Redwood Media Corp. -1583 Main Street": or to the house number, after the company word.
      (/^[-–—]\d/.test(word.text) && at > 0 && hasCompanySuffix(joinWords(words.slice(0, at)))) ||
      /\.[-–—](?:\p{Lu}|$)/u.test(word.text) ||
      /\.:\p{L}/u.test(word.text) ||
      dashAfterLegalForm(word.text, joinWords(words.slice(0, at))) >= 0,
  );
  if (index < 0) return words;
  const word = words[index];
  const cut = word.text.search(/[-–—]|(?<=\.):(?=\p{L})/u);
  if (cut === 0) return words.slice(0, index);
  return [...words.slice(0, index), splitWordAt(word, cut)[0]];
}

/**
 * A footer column wraps a long name ("Servicios" / "Informáticos" / "Levante S.L.", "Thornbury Plumbing" / "& Heating
 * plc"): the lines right above, starting where it starts, without digits, whose words the letterhead spells too.
 */
function linesAbove(page: TPageRows, index: number, words: TPlacedWord[], spelled: string): TPlacedWord[] {
  const above: TPlacedWord[] = [];
  let top = words[0].box;
  // The next column starts where it does on the name's line: "Instalaciones Teléfono 970 …" over "Ruiz S.L.
  // facturacion@…" is two columns set closer than a gap.
  const nextColumn = splitAtGaps(page.rows[index])[1]?.[0]?.box.x0 ?? Number.POSITIVE_INFINITY;
  for (let row = index - 1; row >= Math.max(0, index - MAX_WRAPPED_LINES); row--) {
    // A word's middle tells its column: a scan's reader may box "Distribuciones" a little wider, into the next column.
    const segment = untilSeparator(splitAtGaps(page.rows[row])[0] ?? []).filter((word) => centerX(word.box) < nextColumn);
    const text = joinWords(segment);
    // The next line of the same paragraph: aligned and no more than a line's height above (not the letterhead over an empty page).
    const aligned =
      segment.length > 0 &&
      Math.abs(segment[0].box.x0 - words[0].box.x0) < 2 * charWidth(words[0]) &&
      top.y0 - segment[0].box.y1 < top.y1 - top.y0;
    const tokens = nameWords(text);
    // "lbérica" over "Construcciones": a capital I the reader took for an l starts a word the letterhead spells.
    const isSpelled = (token: string) => spelled.includes(token) || spelled.includes(token.replace(/^l/, "i"));
    const spelledToo = tokens.length > 0 && tokens.every((token) => token.length < MIN_SHARED_LETTERS || isSpelled(token));
    if (!aligned || !spelledToo || /[\d@:]/.test(text)) break;
    above.unshift(...segment);
    top = segment[0].box;
  }
  return above;
}

/** The name's words, also where a scan's reader ran them together ("Ricci&ColomboImpianti": ricci, colombo, impianti). */
function nameWords(name: string): string[] {
  // "BrooksAnalytics", "ICTAmstel": words a scan's reader ran together, split where a capital starts one.
  return name
    .split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u)
    .flatMap((part) => tokenize(part))
    .flatMap((token) => token.split(/[^\p{L}\p{N}]+/u))
    .filter((token) => token.length > 0);
}
