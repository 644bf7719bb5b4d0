// Booleans (checkboxes and yes/no words) and enum options.

import { compareTokens, foldText, squash } from "./normalize-text";

const TRUE_WORDS = new Set(["yes", "y", "true", "x", "✓", "✔", "☑", "☒", "ja", "oui", "si", "1", "checked"]);
const FALSE_WORDS = new Set(["no", "n", "false", "☐", "nein", "non", "0", "unchecked", "-"]);

export function parseBoolean(text: string): boolean | null {
  const word = foldText(text.trim()).replace(/[.:;,]+$/, "");
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** The option the text names, compared without case and punctuation, allowing one OCR slip. */
export function parseEnum(text: string, options: string[]): string | null {
  const wanted = squash(text);
  if (!wanted) return null;
  const exact = options.find((option) => squash(option) === wanted);
  if (exact) return exact;
  return options.find((option) => compareTokens(squash(option), wanted) === "fuzzy") ?? null;
}
