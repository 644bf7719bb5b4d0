// A due date stated in a sentence rather than beside a label: "Merci de régler cette facture avant le 16/10/2023",
// "Please pay by 2025-11-02", "Zahlbar ohne Abzug bis 14.08.2024", "Rogamos realicen el pago antes del 05-08-2024",
// "Pagamento entro il 09-11-2024", "Te betalen vóór 26-04-2023". A row that speaks of paying, and a date right after
// a word for "by" or "before".

import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { pickValue, type TValuePick } from "./pick-value";

// Anywhere in a token: the reader may run the sentence's words together ("Merciderégler").
// "Kindly settle this invoice by", "het bedrag vóór … over te maken" (Dutch: to transfer the amount).
const PAYING = /pay|paid|settl|remit|regl|paie|zahl|berweis|pago|pagamento|pagare|betal|voldoen|bedrag|overmak/;
// "au plus tard le 16 août": at the latest.
const BY = new Set(["by", "before", "until", "avant", "bis", "spatestens", "antes", "hasta", "entro", "voor", "uiterlijk", "on", "tard"]);
// Articles between the preposition and the date ("avant le", "bis zum", "antes del", "entro il").
const ARTICLES = new Set(["le", "la", "the", "zum", "am", "del", "de", "el", "il", "al"]);
const ARTICLE_BEFORE_DAY = /^(?:le|la|the|zum|am|del|de|el|il|al)(?=\d)/i;

export function findPaymentDeadline(pages: TPageRows[]): (TValuePick & { page: number }) | null {
  for (const page of pages) {
    for (const row of page.rows) {
      if (!row.some((word) => tokenize(word.text).some((token) => PAYING.test(token)))) continue;
      const found = dateAfterBy(row);
      if (found) return { ...found, page: page.page };
    }
  }
  return null;
}

// A scan's reader takes o (and ó, missing from its alphabet) for 0 or 6: "vo6r", "v66r", "0n".
const LOOKALIKE_O = /[06]/g;
// Run on to the word before it ("Rechnungsbetragbis", "pagamentoentro"): only the longer words, "on" or "by" end too
// many others.
const MIN_GLUED_BY = 3;

/**
 * "avant", "avantle" with its article run on, "Rechnungsbetragbis" with the word before, "Rechnungsbetragbiszum"
 * with both.
 */
function isBy(read: string): boolean {
  const token = read.replace(LOOKALIKE_O, "o");
  return endsWithBy(token) || [...ARTICLES].some((article) => token.endsWith(article) && endsWithBy(token.slice(0, -article.length)));
}

function endsWithBy(token: string): boolean {
  // "oon": a letter the reader read twice.
  if (BY.has(token) || BY.has(token.replace(/(\p{L})\1+/gu, "$1"))) return true;
  // "invoiceby": "by" too, right before the date (the caller's condition); "on" ends too many words still.
  return [...BY].some((by) => (by.length >= MIN_GLUED_BY || by === "by") && token.endsWith(by));
}

function dateAfterBy(row: TPlacedWord[]): TValuePick | null {
  for (let index = 0; index < row.length; index++) {
    // The page rows split "Paymentisdueon12/07/2023" into its words and its date, which touch: read them as one.
    const next = row[index + 1];
    const touching =
      next && next.box.x0 <= row[index].box.x1
        ? { ...row[index], text: row[index].text + next.text, box: { ...row[index].box, x1: next.box.x1 } }
        : null;
    const glued = gluedDate(row[index]) ?? (touching && gluedDate(touching)) ?? dateStartedAfterBy(row, index);
    if (glued) return glued;
    const tokens = tokenize(row[index].text);
    if (tokens.length !== 1 || !isBy(tokens[0])) continue;
    let start = index + 1;
    while (start < row.length && ARTICLES.has(tokenize(row[start].text)[0] ?? "")) start++;
    // "del1demayo": the article run on to the day.
    const first = row[start] && { ...row[start], text: row[start].text.replace(ARTICLE_BEFORE_DAY, "") };
    // Up to five words: "16 de julio de 2025".
    const date = first ? pickValue([first, ...row.slice(start + 1, start + 5)], { type: "date", amount: "first" }) : null;
    if (date && date.words[0] === first) return { ...date, words: [row[start], ...date.words.slice(1)] };
  }
  return null;
}

// "invoiceby30/11/2024.", "le16aout2024.": the date run on to the word for "by", or to its article; after a full year
// the sentence's next word may be run on too ("bedragv66r27-12-2025over temaken").
// "bedragv66r2024-01-19over": or printed year first.
// "antesdel23denoviembrede2024.": Spanish "de" run on between day, month and year.
const GLUED_DATE =
  /^(.*?\p{L})(\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\.?(?:de)?\p{L}{3,9}?\.?(?:del?)?\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:(?<=\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\p{Ll}+)?[.,;]?$/u;

// "invoiceby5Aug" before "2024.", "invoicebyOct7,2024": the date's day, or its month's name, run on to "by".
const BY_THEN_DATE_START = /^(.*?(?:\p{L}(?=\d)|\p{Ll}(?=\p{Lu})))(.+)$/u;

/** A date that starts inside the word after a glued "by" and ends in the next few words of the row. */
function dateStartedAfterBy(row: TPlacedWord[], index: number): TValuePick | null {
  const word = row[index];
  const match = BY_THEN_DATE_START.exec(word.text);
  const before = match && tokenize(match[1]).at(-1);
  if (!match || !before || !isBy(before)) return null;
  const date = pickValue([{ ...word, text: match[2] }, ...row.slice(index + 1, index + 4)], { type: "date", amount: "first" });
  return date && date.words[0].box === word.box ? { ...date, words: [word, ...date.words.slice(1)] } : null;
}

function gluedDate(word: TPlacedWord): TValuePick | null {
  const match = GLUED_DATE.exec(word.text);
  const before = match && tokenize(match[1]).at(-1);
  if (!match || !before) return null;
  // "avantle30novembre2025": the article run on too.
  const by = [...BY].some((candidate) => before.replace(LOOKALIKE_O, "o").endsWith(candidate)) || ARTICLES.has(before) || isBy(before);
  const date = by ? pickValue([{ ...word, text: match[2] }], { type: "date", amount: "first" }) : null;
  return date && { ...date, words: [word] };
}
