import { describe, expect, it } from "vitest";
import { HIGHLIGHT_STOP as E, parseHeadline, HIGHLIGHT_START as S } from "./parse-headline";

describe("parseHeadline", () => {
  it("returns plain text and code-point ranges of the marked words", () => {
    expect(parseHeadline(`Vendor: ${S}Zyxquorp${E} Ltd`)).toEqual({ text: "Vendor: Zyxquorp Ltd", highlights: [{ start: 8, end: 16 }] });
  });

  it("keeps markup in the text as text", () => {
    const parsed = parseHeadline(`<mark>x</mark> <script>${S}alert${E}</script>`);
    expect(parsed.text).toBe("<mark>x</mark> <script>alert</script>");
    expect(parsed.text.slice(parsed.highlights[0].start, parsed.highlights[0].end)).toBe("alert");
  });

  it("collapses whitespace and page breaks, and merges touching highlights", () => {
    expect(parseHeadline(`  Invoice\n\f\n  ${S}INV${E}${S}-2024${E}${S}-0042${E} \n`)).toEqual({
      text: "Invoice INV-2024-0042",
      highlights: [{ start: 8, end: 21 }],
    });
  });

  it("merges highlights split by punctuation inside one word, not across words", () => {
    expect(parseHeadline(`${S}QX${E}-${S}7781${E}-${S}B${E} ${S}QX${E}`).highlights).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 12 },
    ]);
  });

  it("counts code points, not UTF-16 units", () => {
    const parsed = parseHeadline(`😀 ${S}café${E}`);
    expect(parsed.highlights).toEqual([{ start: 2, end: 6 }]);
    expect(Array.from(parsed.text).slice(2, 6).join("")).toBe("café");
  });

  it("handles text without highlights and empty markers", () => {
    expect(parseHeadline("nothing matched")).toEqual({ text: "nothing matched", highlights: [] });
    expect(parseHeadline(`a ${S}${E} b`)).toEqual({ text: "a b", highlights: [] });
    expect(parseHeadline("")).toEqual({ text: "", highlights: [] });
  });
});
