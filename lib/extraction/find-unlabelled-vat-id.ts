// A seller's EU VAT id or Swiss UID is recognisable without its label: a member state's prefix and 8 to 12
// characters, mostly digits ("DE123456789", "FR 60 421938861", "ATU12345678"). Ids printed beside a
// buyer word ("Ihre USt-IdNr.", "Customer VAT") are the buyer's and are skipped.

import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";
import type { TValuePick } from "./pick-value";

const EU_VAT = /^(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z]{8,12}$/;
const MIN_DIGITS = 8;
// Switzerland's VAT number is its business id, "CHE-123.456.789" (with "MWST", "TVA" or "IVA" after it).
const SWISS_UID = /^CHE-?\d{3}\.?\d{3}\.?\d{3}$/;
const BUYER_WORDS = new Set(["ihre", "ihr", "your", "customer", "buyer", "kunde", "kunden", "client", "acheteur", "kaufer"]);

/** The first EU VAT id or Swiss UID on the pages outside the buyer's block (`buyerWords`) and rows naming the buyer. */
export function findUnlabelledVatId(pages: TPageRows[], buyerWords = new Set<TPlacedWord>()): (TValuePick & { page: number }) | null {
  for (const page of pages) {
    for (const row of page.rows) {
      if (row.some((word) => buyerWords.has(word) || tokenize(word.text).some((token) => BUYER_WORDS.has(token)))) continue;
      for (let index = 0; index < row.length; index++) {
        const words = vatIdAt(row, index);
        if (words) {
          const normalized = words.map((word) => clean(word.text)).join("");
          return { words, text: words.map((word) => word.text).join(" "), normalized, validity: 1, page: page.page };
        }
      }
    }
  }
  return null;
}

/** The words of a VAT id starting at row[index]: one word, or the prefix and its digit groups. */
function vatIdAt(row: TPlacedWord[], index: number): TPlacedWord[] | null {
  const words = [row[index]];
  if (/^[A-Z]{2}$/.test(row[index].text)) {
    for (const next of row.slice(index + 1)) {
      if (!/^\d+$/.test(clean(next.text))) break;
      words.push(next);
    }
  }
  const joined = words.map((word) => clean(word.text)).join("");
  if (SWISS_UID.test(joined)) return words;
  return EU_VAT.test(joined) && (joined.match(/\d/g)?.length ?? 0) >= MIN_DIGITS ? words : null;
}

function clean(text: string): string {
  return text.replace(/^[(:]+|[).,;:]+$/g, "");
}
