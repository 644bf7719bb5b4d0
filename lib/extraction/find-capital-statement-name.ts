// A French company must print its legal form and share capital on its invoices ("Free SAS au capital de 3.441.812
// Euros", "NETPRESSE / Sarl au capital de 10 000€"): only the issuer prints its own, so that statement names the
// seller even where the top of the page is the customer's address or a service department's. The name is what
// stands before the legal form, or the short line above when the statement starts a line. Small footer print often
// loses its spaces in OCR ("FreeSASau capital de3.441.812Euros"), so the statement is read in the row's text.

import { splitAtGaps } from "./find-vendor-block";
import { joinWords, type TPageRows, type TPlacedWord } from "./page-rows";

export type TCapitalStatementName = { words: TPlacedWord[]; name: string; page: number };

// "au capital de", "au capital social de", "with a share capital of", "capital social :".
const CAPITAL_CLAUSE = /\s*(?:au\s*capital(?:\s*social)?\s*de|capital\s*social|with\s+a\s+share\s+capital\s+of|share\s+capital\s+of)/;
const LEGAL_FORM =
  "sarl|sasu|sas|sa|eurl|snc|sca|selarl|sci|societe anonyme|societe par actions simplifiee|societe a responsabilite limitee|ltd|limited";
// Set off by a space or comma in any case ("Free SAS", "ACME, société anonyme"), or glued on in capitals ("FreeSAS").
const SPACED_FORM = new RegExp(`[\\s,]+(?:${LEGAL_FORM})[\\s,]*$`, "i");
const GLUED_FORM = new RegExp(`(?:${LEGAL_FORM.toUpperCase()})$`);
const NAME_MAX_WORDS = 5;
const ROWS_ABOVE = 2;

export function findCapitalStatementName(pages: TPageRows[]): TCapitalStatementName | null {
  for (const page of pages) {
    for (const [index, row] of page.rows.entries()) {
      // The statement's own column: "République www.conseil-bretagne.fr BIC …   Capital social 50 000 €" in a footer of
      // columns names nobody before it.
      for (const segment of splitAtGaps(row)) {
        const text = joinWords(segment);
        const clause = CAPITAL_CLAUSE.exec(fold(text));
        if (!clause) continue;
        const prefix = nameBeforeLegalForm(text.slice(0, clause.index));
        // A statement that starts its line names the footer line above.
        const words = prefix ? wordsCovering(segment, prefix) : segment[0] === row[0] ? nameLineAbove(page.rows, index) : [];
        if (isName(words)) return { words, name: prefix || joinWords(words), page: page.page };
      }
    }
  }
  return null;
}

/** "Free SAS" → "Free", "FreeSAS" → "Free", "Sarl" → "", "ACME, société anonyme" → "ACME". */
function nameBeforeLegalForm(prefix: string): string {
  const trimmed = prefix.trim();
  const folded = fold(trimmed);
  const spaced = SPACED_FORM.exec(folded);
  const cut = spaced
    ? spaced.index
    : new RegExp(`^(?:${LEGAL_FORM})$`, "i").test(folded)
      ? 0
      : (GLUED_FORM.exec(trimmed)?.index ?? trimmed.length);
  return trimmed.slice(0, cut).replace(/[\s,;:–—-]+$/, "");
}

/** The row's first words, as many as the name's text spans (the last may run on into the legal form). */
function wordsCovering(row: TPlacedWord[], prefix: string): TPlacedWord[] {
  const words: TPlacedWord[] = [];
  let length = 0;
  for (const word of row) {
    if (length >= prefix.length) break;
    words.push(word);
    length += word.text.length + 1;
  }
  return words;
}

/** The nearest of the footer's lines above that can be a name: the seat's address ("Siège social : 16 rue…") may come between. */
function nameLineAbove(rows: TPlacedWord[][], index: number): TPlacedWord[] {
  for (const row of rows.slice(Math.max(0, index - ROWS_ABOVE), index).reverse()) {
    const words = row.filter((word) => /[\p{L}\p{N}]/u.test(word.text));
    if (isName(words)) return words;
  }
  return [];
}

function isName(words: TPlacedWord[]): boolean {
  return words.length > 0 && words.length <= NAME_MAX_WORDS && !words.some((word) => /[\d:@]/.test(word.text));
}

/** Lowercase without accents, one character for one ("é" → "e"), so positions in it are positions in the text. */
function fold(text: string): string {
  return [...text]
    .map(
      (character) =>
        character
          .toLowerCase()
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .charAt(0) || character,
    )
    .join("");
}
