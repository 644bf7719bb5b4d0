import type { TSearchHighlight } from "@/lib/validation/search";

export type TSnippetSegment = { text: string; isHighlighted: boolean };

/**
 * A snippet cut into plain and highlighted pieces, for rendering as text nodes and <mark>
 * elements (never as HTML). Ranges are in code points, as the API returns them; ranges out of
 * order, overlapping or out of bounds are clipped rather than trusted.
 */
export function splitHighlights(text: string, highlights: TSearchHighlight[]): TSnippetSegment[] {
  const characters = Array.from(text);
  const segments: TSnippetSegment[] = [];
  let position = 0;
  const push = (end: number, isHighlighted: boolean) => {
    if (end > position) segments.push({ text: characters.slice(position, end).join(""), isHighlighted });
    position = Math.max(position, end);
  };
  for (const range of [...highlights].sort((a, b) => a.start - b.start)) {
    const start = Math.min(Math.max(range.start, position), characters.length);
    const end = Math.min(Math.max(range.end, start), characters.length);
    push(start, false);
    push(end, true);
  }
  push(characters.length, false);
  return segments;
}
