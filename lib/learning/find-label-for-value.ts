import { foldText } from "@/lib/extraction/normalize-text";
import type { TBox, TLine, TPageLayout, TWord } from "@/lib/layout/types";

export type TValueContext = { page: number; bbox: TBox; label?: string; context: string };

const MAX_LABEL_WORDS = 5;
const MAX_LABEL_CHARACTERS = 40;
const TRAILING_PUNCTUATION = /[\s:#.\-–—=]+$/u;

const fold = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Where a (corrected) value is printed, and the label printed with it: the words before it on its
 * line, or else the short line right above it. Undefined when the value isn't on any page.
 */
export function findLabelForValue(pages: TPageLayout[], value: string): TValueContext | undefined {
  const target = fold(value);
  if (!target) return undefined;
  for (const page of pages) {
    for (const [index, line] of page.lines.entries()) {
      const span = findWordSpan(line.words, target);
      if (!span) continue;
      const before = line.words.slice(Math.max(0, span.start - MAX_LABEL_WORDS), span.start);
      const label = cleanLabel(before.map((word) => word.text).join(" ")) ?? cleanLabel(lineAbove(page.lines, index, line)?.text ?? "");
      const previous = page.lines[index - 1]?.text;
      return { page: page.page, bbox: span.bbox, label, context: [previous, line.text].filter(Boolean).join("\n") };
    }
  }
  return undefined;
}

/** The shortest run of words whose letters and digits spell the value. */
function findWordSpan(words: TWord[], target: string): { start: number; bbox: TBox } | undefined {
  for (let start = 0; start < words.length; start++) {
    let spelled = "";
    for (let end = start; end < words.length && spelled.length < target.length; end++) {
      spelled += fold(words[end].text);
      if (spelled === target) {
        const span = words.slice(start, end + 1);
        return {
          start,
          bbox: {
            x0: Math.min(...span.map((word) => word.box.x0)),
            y0: Math.min(...span.map((word) => word.box.y0)),
            x1: Math.max(...span.map((word) => word.box.x1)),
            y1: Math.max(...span.map((word) => word.box.y1)),
          },
        };
      }
      if (!target.startsWith(spelled)) break;
    }
  }
  return undefined;
}

function lineAbove(lines: TLine[], index: number, line: TLine): TLine | undefined {
  const above = lines[index - 1];
  if (!above) return undefined;
  const overlaps = above.box.x0 < line.box.x1 && line.box.x0 < above.box.x1;
  const isClose = line.box.y0 - above.box.y1 < (line.box.y1 - line.box.y0) * 2;
  return overlaps && isClose ? above : undefined;
}

/** A label is short text with letters; trailing ":" or "#" go, and a label that is mostly a value doesn't count. */
function cleanLabel(text: string): string | undefined {
  const label = text.replace(TRAILING_PUNCTUATION, "").trim();
  if (!label || label.length > MAX_LABEL_CHARACTERS) return undefined;
  const letters = label.replace(/[^\p{L}]/gu, "").length;
  return letters >= 2 && letters >= label.replace(/\s/g, "").length / 2 ? label : undefined;
}
