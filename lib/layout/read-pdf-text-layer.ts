import "server-only";
import { type PDFPageProxy, Util } from "pdfjs-dist/legacy/build/pdf.mjs";
import { groupWordsIntoLines, type TTextFragment } from "./group-words-into-lines";
import type { TBox, TLine } from "./types";

export type TPdfTextLayer = {
  /** Page size in PDF points, after the page's rotation. */
  width: number;
  height: number;
  /** Lines in reading order, boxes normalized to the page. */
  lines: TLine[];
  /** False when the page has too little text to trust: it is then OCR'd instead. */
  isUsable: boolean;
};

/** Fewer non-space characters than this means a scanned page (at most a stray header or page number in text). */
export const MIN_TEXT_LAYER_CHARACTERS = 10;

type TTextItem = Extract<Awaited<ReturnType<PDFPageProxy["getTextContent"]>>["items"][number], { str: string }>;
type TFontMetrics = { ascent: number; descent: number };

// Used when pdfjs doesn't know a font's metrics; typical of Latin fonts.
const DEFAULT_METRICS: TFontMetrics = { ascent: 0.8, descent: -0.2 };

/** Reads one page's text layer: words with boxes, grouped into lines. */
export async function readPdfTextLayer(page: PDFPageProxy): Promise<TPdfTextLayer> {
  // The viewport applies the page's rotation and crop box, so boxes match what a reader sees.
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const fragments: TTextFragment[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const style = content.styles[item.fontName];
    const metrics = style && style.ascent > 0 ? style : DEFAULT_METRICS;
    fragments.push(...splitItem(item, Util.transform(viewport.transform, item.transform), metrics, viewport.scale));
  }
  const { width, height } = viewport;
  const lines = groupWordsIntoLines(fragments).map((line) => ({
    ...line,
    box: normalize(line.box, width, height),
    words: line.words.map((word) => ({ ...word, box: normalize(word.box, width, height) })),
  }));
  const characters = lines.reduce((sum, line) => sum + line.text.replace(/\s/g, "").length, 0);
  return { width, height, lines, isUsable: characters >= MIN_TEXT_LAYER_CHARACTERS };
}

/**
 * Splits a text item on whitespace. pdfjs gives one width per item, so each word gets a share proportional to
 * its characters: exact for monospace, within a character or two otherwise.
 */
function splitItem(item: TTextItem, matrix: number[], metrics: TFontMetrics, scale: number): TTextFragment[] {
  const [a, b, c, d, x, y] = matrix;
  const fontHeight = Math.hypot(c, d);
  const advance = Math.hypot(a, b);
  if (fontHeight === 0 || advance === 0) return [];
  // Unit vectors along the baseline and towards the top of the glyphs, in viewport space (y grows downwards).
  const along = [a / advance, b / advance];
  const up = [c / fontHeight, d / fontHeight];
  const width = item.width * scale;
  const length = item.str.length;
  return [...item.str.matchAll(/\S+/g)].map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const corners = [start, end].flatMap((offset) =>
      [metrics.descent, metrics.ascent].map((rise) => [
        x + along[0] * width * (offset / length) + up[0] * fontHeight * rise,
        y + along[1] * width * (offset / length) + up[1] * fontHeight * rise,
      ]),
    );
    const xs = corners.map((corner) => corner[0]);
    const ys = corners.map((corner) => corner[1]);
    return {
      text: match[0],
      box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
      baseline: y,
      fontHeight,
      touchesPrevious: start === 0,
      touchesNext: end === length,
    };
  });
}

function normalize(box: TBox, width: number, height: number): TBox {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return { x0: clamp(box.x0 / width), y0: clamp(box.y0 / height), x1: clamp(box.x1 / width), y1: clamp(box.y1 / height) };
}
