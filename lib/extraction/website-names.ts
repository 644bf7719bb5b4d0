// A company's website and email domain usually spell its name ("http://www.azure-interior.com" for "Azure Interior",
// "aws.amazon.com" for "Amazon Web Services"): a signal for which of two unlabelled letterhead lines is the seller.

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
    const email = parseEmail(word.text);
    const domain = email ? email.split("@")[1] : parseWebsite(word.text)?.normalized.replace(/^https?:\/\//, "");
    if (!domain) continue;
    // "www.azure-interior.com" → "azure-interior"; "aws.amazon.com" → "aws", "amazon"; the top-level domain is no name.
    for (const label of domain.split(".").slice(0, -1)) {
      const name = squash(label);
      if (name.length >= MIN_LABEL_LENGTH && !NOT_A_COMPANY.has(name)) names.add(name);
    }
  }
  return names;
}

/** The name's first words, run together, are one of the site names: "Azure Interior" by azure-interior.com. */
export function isNamedByWebsite(name: string, names: Set<string>): boolean {
  const tokens = tokenize(name);
  return tokens.some((_, end) => names.has(tokens.slice(0, end + 1).join("")));
}
