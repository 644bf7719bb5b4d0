// A seller's EU VAT id or Swiss UID is recognisable without its label: a member state's prefix and 8 to 12
// characters, mostly digits ("DE123456789", "FR 60 421938861", "ATU12345678"). Ids printed beside a
// buyer word ("Ihre USt-IdNr.", "Customer VAT") are the buyer's and are skipped.

import { tokenize } from "./normalize-text";
import type { TPageRows, TPlacedWord } from "./page-rows";
import type { TValuePick } from "./pick-value";
import { splitWordAt } from "./split-word";
import { PART_SEPARATOR } from "./until-separator";

const EU_VAT = /^(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z]{8,12}$/;
const MIN_DIGITS = 8;
// Switzerland's VAT number is its business id, "CHE-123.456.789" (with "MWST", "TVA" or "IVA" after it).
export const SWISS_UID = /^CHE-?\d{3}\.?\d{3}\.?\d{3}$/;
// "MwST." as a scan's reader or a typesetter may print it.
export const SWISS_VAT_SUFFIX = /^(?:MWST|TVA|IVA)\.?$/i;

/** "MwST." → "MWST": the suffix as the register writes it. */
export function swissVatSuffix(text: string): string {
  return text.toUpperCase().replace(/\.$/, "");
}
// The suffix glued on by a scan's reader: "CHE-961.579.850MWST".
export const SWISS_UID_GLUED_SUFFIX = /^(CHE-?\d{3}\.?\d{3}\.?\d{3})(MWST|TVA|IVA)$/;
const BUYER_WORDS = new Set([
  "ihre",
  "ihr",
  "your",
  "uw",
  "votre",
  "customer",
  "buyer",
  "kunde",
  "kunden",
  "client",
  "cliente",
  "klant",
  "acheteur",
  "kaufer",
]);

/** The first EU VAT id or Swiss UID on the pages outside the buyer's block (`buyerWords`) and rows naming the buyer. */
export function findUnlabelledVatId(pages: TPageRows[], buyerWords = new Set<TPlacedWord>()): (TValuePick & { page: number }) | null {
  for (const page of pages) {
    for (const printed of page.rows) {
      if (printed.some((word) => tokenize(word.text).some((token) => BUYER_WORDS.has(token)))) continue;
      const row = printed.map(withoutNextPart);
      for (let index = 0; index < row.length; index++) {
        // The buyer's block's own words; the meta column beside it on the same row can hold the seller's id.
        if (buyerWords.has(printed[index])) continue;
        const uid = withoutLabelBeforeUid(row[index]);
        const glued = SWISS_UID_GLUED_SUFFIX.exec(clean(uid.text));
        if (glued) return { words: [uid], text: uid.text, normalized: `${glued[1]} ${glued[2]}`, validity: 1, page: page.page };
        const words = vatIdAt(row, index);
        if (words) {
          const normalized = words.map((word) => clean(word.text)).join("");
          // "CHE-961.579.850 MWST": the Swiss UID as a VAT number, its suffix part of it.
          const suffix = row[index + words.length];
          if (SWISS_UID.test(normalized) && suffix && SWISS_VAT_SUFFIX.test(clean(suffix.text))) {
            const taken = [...words, suffix];
            return {
              words: taken,
              text: taken.map((word) => word.text).join(" "),
              normalized: `${normalized} ${clean(suffix.text)}`,
              validity: 1,
              page: page.page,
            };
          }
          return { words, text: words.map((word) => word.text).join(" "), normalized, validity: 1, page: page.page };
        }
      }
    }
  }
  return null;
}

/** "CHE-532.800.384-Handelsregister-Nr.…": a footer's next part run on after a "·" the reader took for a dash goes. */
function withoutNextPart(word: TPlacedWord): TPlacedWord {
  const at = word.text.search(/(?<=\d)-(?=\p{Lu}\p{Ll}{2,})/u);
  return at > 0 ? splitWordAt(word, at)[0] : word;
}

/** The words of a VAT id starting at row[index]: one word, the prefix and its digit groups, or the end of a word. */
function vatIdAt(row: TPlacedWord[], index: number): TPlacedWord[] | null {
  const glued = gluedVatId(row[index]);
  if (glued) return [glued];
  const uid = withoutLabelBeforeUid(row[index]);
  if (uid !== row[index] && SWISS_UID.test(clean(uid.text))) return [uid];
  // "USt-ldNr.DE 076 500 952": the country prefix glued to its label, the digit groups after a space.
  const prefixAt = row[index].text.search(GLUED_PREFIX);
  const digitsNext = /^\d+$/.test(clean(row[index + 1]?.text ?? ""));
  const words = [prefixAt > 0 && digitsNext ? splitWordAt(row[index], prefixAt)[1] : row[index]];
  if (/^[A-Z]{2}\d{0,7}$/.test(words[0].text)) {
    for (const next of row.slice(index + 1)) {
      if (!/^\d+$/.test(clean(next.text))) break;
      words.push(next);
    }
  }
  const joined = words.map((word) => clean(word.text)).join("");
  if (SWISS_UID.test(joined)) return words;
  // "NL6029.59.577.B01", "BE0478.123.456": the digits grouped by full stops as some countries print them.
  const undotted = joined.replace(/(?<=[\dA-Z])\.(?=[\dA-Z])/g, "");
  return EU_VAT.test(undotted) && (undotted.match(/\d/g)?.length ?? 0) >= MIN_DIGITS ? words : null;
}

const EU_PREFIX = "AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI";
// The id at the end of a word, after the label the reader ran into it: "USt.-ldNr.DE703143941", "P.IVAIT90905571229",
// "N°TVAintracommunautaireFR38915946209". Eight to twelve characters after the prefix, as on its own.
// "BTW-nummerNL7828.90.061.B01": its digits may be grouped by full stops.
// Where the next part starts: its separator, or a dash read for it before the next label's capitals
// ("…FR08941417720-SIRET213590997", whose "SI…" would read as a Slovenian number).
const GLUED_PART_START = new RegExp(`${PART_SEPARATOR.source}|[-–](?=\\p{Lu}{3,})`, "u");
const GLUED_EU_VAT = new RegExp(`(?:${EU_PREFIX})(?:[0-9A-Z]|\\.(?=[0-9A-Z])){8,15}$`);
// "USt-ldNr.DE 076 500 952", "USt.-ldNr.DE951069 653": the prefix, maybe with part of the number, after a label;
// "VATNumberGB3451082 19": also with no stop between.
const GLUED_PREFIX = new RegExp(`(?<=[.:]|\\p{Ll})(?:${EU_PREFIX})\\d{0,7}$`, "u");
// "MWSTCHE-840.930.992", "UIDCHE-…", "MWSTCHE-622.817.137MWST": a short label in capitals run into a Swiss UID.
const GLUED_LABEL_UID = /^\p{Lu}{2,4}(?=CHE-?\d{3}\.?\d{3}\.?\d{3}(?:MWST|TVA|IVA)?$)/u;

/** The Swiss UID a word holds after a short label the reader ran into it, as a word of its own; the word otherwise. */
function withoutLabelBeforeUid(word: TPlacedWord): TPlacedWord {
  const label = GLUED_LABEL_UID.exec(clean(word.text));
  return label ? splitWordAt(word, word.text.indexOf(label[0]) + label[0].length)[1] : word;
}
// An IBAN's country and check digits followed by letters: "NL34INGB…", "GB41LOYD…".
const IBAN_START = /[A-Z]{2}\d{2}[A-Z]{4}/;

/**
 * The VAT id a word ends with when a label is glued before it (a part of a one-line footer after a "·" counts as
 * the word's end): the id as a word of its own, its box the id's share of the word's.
 */
export function gluedVatId(word: TPlacedWord): TPlacedWord | null {
  let offset = 0;
  for (const part of word.text.split(GLUED_PART_START)) {
    const text = clean(part);
    const found = GLUED_EU_VAT.exec(text);
    // "IBANNL34INGB70220669": an account number with its label, whose bank code may end in a country's letters.
    const inIban = /IBAN/i.test(text) || (found !== null && IBAN_START.test(text.slice(0, found.index + 2)));
    const glued = found !== null && !inIban && (found.index > 0 || part !== word.text);
    const length = found ? found[0].replace(/\./g, "").length - 2 : 0;
    if (glued && length <= 12 && (found[0].match(/\d/g)?.length ?? 0) >= MIN_DIGITS) {
      const at = offset + part.indexOf(text) + found.index;
      const width = (word.box.x1 - word.box.x0) / word.text.length;
      const box = { ...word.box, x0: word.box.x0 + width * at, x1: word.box.x0 + width * (at + found[0].length) };
      return { ...word, text: found[0], box };
    }
    offset += part.length + 1;
  }
  return null;
}

function clean(text: string): string {
  return text.replace(/^[(:]+|[).,;:]+$/g, "");
}
