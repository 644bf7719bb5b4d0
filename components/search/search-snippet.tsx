import { splitHighlights } from "@/lib/search/split-highlights";
import type { TSearchHighlight } from "@/lib/validation/search";

/**
 * A result's snippet. It is the user's document text, so it is rendered as React text nodes
 * (escaped) with <mark> only where the API's highlight ranges say: never as HTML.
 */
export function SearchSnippet({ text, highlights }: { text: string; highlights: TSearchHighlight[] }) {
  if (!text) return <p className="text-sm text-slate-500 italic">No text to show.</p>;
  return (
    <p className="text-sm leading-relaxed text-slate-700" data-testid="search-snippet">
      {splitHighlights(text, highlights).map((segment, position) =>
        segment.isHighlighted ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
          <mark key={position} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
          <span key={position}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
