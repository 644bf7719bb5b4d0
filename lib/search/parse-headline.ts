import type { TSearchHighlight } from "@/lib/validation/search";

// Highlight delimiters that can't occur in the text: the search strips them from the source before
// highlighting, so every one in a headline is ours. HTML tags as delimiters would be ambiguous with a
// document that itself contains "<mark>", and would invite rendering user text as HTML.
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

/**
 * A marked-up headline → plain text and the highlighted ranges, in Unicode code points. Runs of
 * whitespace (line breaks, page breaks) become one space; highlights within one word are merged.
 */
export function parseHeadline(marked: string): { text: string; highlights: TSearchHighlight[] } {
  const characters: string[] = [];
  const highlights: TSearchHighlight[] = [];
  let isOpen = false;
  let openedAt: number | undefined;
  let hasPendingSpace = false;
  for (const character of marked) {
    if (character === HIGHLIGHT_START) {
      isOpen = true;
      openedAt = undefined;
    } else if (character === HIGHLIGHT_STOP) {
      if (openedAt !== undefined) {
        const previous = highlights.at(-1);
        // "INV-2024-0042" is three tokens to Postgres; one word to a reader.
        const isSameWord = previous && !characters.slice(previous.end, openedAt).includes(" ");
        if (previous && isSameWord) previous.end = characters.length;
        else highlights.push({ start: openedAt, end: characters.length });
      }
      isOpen = false;
      openedAt = undefined;
    } else if (/\s/u.test(character)) {
      hasPendingSpace = characters.length > 0;
    } else {
      if (hasPendingSpace) characters.push(" ");
      hasPendingSpace = false;
      if (isOpen && openedAt === undefined) openedAt = characters.length;
      characters.push(character);
    }
  }
  return { text: characters.join(""), highlights };
}
