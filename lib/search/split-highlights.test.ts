import { describe, expect, it } from "vitest";
import { splitHighlights } from "./split-highlights";

describe("splitHighlights", () => {
  it("cuts the text into plain and highlighted segments", () => {
    expect(splitHighlights("Vendor: Zyxquorp Ltd", [{ start: 8, end: 16 }])).toEqual([
      { text: "Vendor: ", isHighlighted: false },
      { text: "Zyxquorp", isHighlighted: true },
      { text: " Ltd", isHighlighted: false },
    ]);
  });

  it("counts code points", () => {
    expect(splitHighlights("😀 café", [{ start: 2, end: 6 }])).toEqual([
      { text: "😀 ", isHighlighted: false },
      { text: "café", isHighlighted: true },
    ]);
  });

  it("clips overlapping, unordered and out-of-range ranges", () => {
    expect(
      splitHighlights("abcdef", [
        { start: 4, end: 99 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toEqual([
      { text: "ab", isHighlighted: true },
      { text: "c", isHighlighted: true },
      { text: "d", isHighlighted: false },
      { text: "ef", isHighlighted: true },
    ]);
    expect(splitHighlights("", [{ start: 0, end: 3 }])).toEqual([]);
  });
});
