// A company's website and email domain usually spell its name ("http://www.azure-interior.com" for "Azure Interior",
// "aws.amazon.com" for "Amazon Web Services"): a signal for which of two unlabelled letterhead lines is the seller.

import { charWidth } from "./box-geometry";
import { squash, tokenize } from "./normalize-text";
import type { TPlacedWord } from "./page-rows";
import { parseEmail, parseWebsite } from "./parse-contact";

// Shorter domain labels ("aws", "abc") are initials that too many names would start with.
const MIN_LABEL_LENGTH = 4;
// Mail providers and example domains name no company.
const NOT_A_COMPANY = new Set("gmail googlemail yahoo hotmail outlook live icloud example".split(" "));

/** The domain labels of every website and email address on the page, squashed: "azureinterior", "amazon". */
export function websiteNames(words: TPlacedWord[]): Set<string> {
  const names = new Set<string>();
  for (const word of words) {
    const text = withWrappedEnd(word, words);
    const email = parseEmail(text);
    const domain = email ? email.split("@")[1] : parseWebsite(text)?.normalized.replace(/^https?:\/\//, "");
    if (!domain) continue;
    // "www.azure-interior.com" → "azure-interior"; "aws.amazon.com" → "aws", "amazon"; the top-level domain is no name.
    for (const label of domain.split(".").slice(0, -1)) {
      const name = squash(label);
      if (name.length >= MIN_LABEL_LENGTH && !NOT_A_COMPANY.has(name)) names.add(name);
    }
  }
  return names;
}

/**
 * "accounts@fairweather-thornbury-" over "joinery.co.uk": an address a narrow column wrapped after a hyphen or a
 * dot, its end the word right under its start; the word's own text otherwise.
 */
function withWrappedEnd(word: TPlacedWord, words: TPlacedWord[]): string {
  if (!/[-.]$/.test(word.text) || !/@|www\./i.test(word.text)) return word.text;
  const height = word.box.y1 - word.box.y0;
  const below = words.find(
    (other) =>
      Math.abs(other.box.x0 - word.box.x0) < 2 * charWidth(word) && other.box.y0 > word.box.y0 && other.box.y0 - word.box.y1 < height,
  );
  return below ? word.text + below.text : word.text;
}

/** The name's first words, run together, are one of the site names: "Azure Interior" by azure-interior.com. */
export function isNamedByWebsite(name: string, names: Set<string>): boolean {
  const tokens = tokenize(name);
  return tokens.some((_, end) => names.has(tokens.slice(0, end + 1).join("")));
}

/** The upper line's words run on into the lower's are one of the site names: "Noordzee" over "Schilderwerken N.V.". */
export function isNamedAcrossLines(upper: string, lower: string, names: Set<string>): boolean {
  const head = tokenize(upper).join("");
  const tokens = tokenize(lower);
  return head.length > 0 && tokens.some((_, end) => names.has(head + tokens.slice(0, end + 1).join("")));
}
