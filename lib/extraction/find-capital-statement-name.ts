// A French company must print its legal form and share capital on its invoices ("Free SAS au capital de 3.441.812
// Euros", "NETPRESSE / Sarl au capital de 10 000€"): only the issuer prints its own, so that statement names the
// seller even where the top of the page is the customer's address or a service department's. The name is what
// stands before the legal form, or the short line above when the statement starts a line.

import { foldText } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";

export type TCapitalStatementName = { words: TPlacedWord[]; name: string; page: number };

// "au capital de", "au capital social de", "with a share capital of", "capital social :".
const CAPITAL_CLAUSE = /^(?:au capital(?: social)? de|capital social|with a share capital of|share capital of)\b/;
const LEGAL_FORMS = [
  "sarl",
  "sas",
  "sasu",
  "sa",
  "eurl",
  "snc",
  "sca",
  "selarl",
  "sci",
  "societe anonyme",
  "societe par actions simplifiee",
  "societe a responsabilite limitee",
  "ltd",
  "limited",
];
const NAME_MAX_WORDS = 5;
const ROWS_ABOVE = 2;

export function findCapitalStatementName(pages: TPageRows[]): TCapitalStatementName | null {
  for (const page of pages) {
    for (const [index, row] of page.rows.entries()) {
      const folded = row.map((word) => foldText(word.text).replace(/[,.;:–—-]+$/, ""));
      const clause = folded.findIndex((_, at) => CAPITAL_CLAUSE.test(folded.slice(at, at + 5).join(" ")));
      if (clause < 0) continue;
      const formStart = legalFormStart(folded, clause);
      const before = trimPunctuation(row.slice(0, formStart));
      const words = before.length > 0 ? before : nameLineAbove(page.rows, index);
      if (isName(words)) return { words, name: words.map((word) => word.text).join(" "), page: page.page };
    }
  }
  return null;
}

/** Where the legal form printed just before the capital clause starts ("Free SAS au capital…" → at "SAS"). */
function legalFormStart(folded: string[], clause: number): number {
  for (const form of LEGAL_FORMS) {
    const length = form.split(" ").length;
    if (clause >= length && folded.slice(clause - length, clause).join(" ") === form) return clause - length;
  }
  return clause;
}

/** The nearest of the footer's lines above that can be a name: the seat's address ("Siège social : 16 rue…") may come between. */
function nameLineAbove(rows: TPlacedWord[][], index: number): TPlacedWord[] {
  for (const row of rows.slice(Math.max(0, index - ROWS_ABOVE), index).reverse()) {
    const words = trimPunctuation(row);
    if (isName(words)) return words;
  }
  return [];
}

function isName(words: TPlacedWord[]): boolean {
  return words.length > 0 && words.length <= NAME_MAX_WORDS && !words.some((word) => /[\d:@]/.test(word.text));
}

/** Drops separators at the end ("Free, SAS…", "ACME –") and a trailing comma glued to the last word. */
function trimPunctuation(words: TPlacedWord[]): TPlacedWord[] {
  const kept = [...words];
  while (kept.length > 0 && !/[\p{L}\p{N}]/u.test(kept.at(-1)!.text)) kept.pop();
  const last = kept.at(-1);
  if (last && /[,;:–—-]$/.test(last.text)) kept[kept.length - 1] = { ...last, text: last.text.replace(/[,;:–—-]+$/, "") };
  return kept;
}
