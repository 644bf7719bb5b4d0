import { describe, expect, it } from "vitest";
import { sortLinesInReadingOrder } from "./sort-lines-in-reading-order";
import type { TLine } from "./types";

const line = (text: string, x0: number, y0: number, y1 = y0 + 0.02): TLine => ({
  text,
  box: { x0, y0, x1: x0 + 0.2, y1 },
  confidence: 1,
  words: [],
});

describe("sortLinesInReadingOrder", () => {
  it("reads rows top to bottom and each row left to right", () => {
    const lines = [line("Total:", 0.1, 0.5), line("4,200.00", 0.7, 0.495), line("Acme Corp", 0.1, 0.2), line("Invoice", 0.1, 0.1)];
    expect(sortLinesInReadingOrder(lines).map((sorted) => sorted.text)).toEqual(["Invoice", "Acme Corp", "Total:", "4,200.00"]);
  });

  it("keeps lines that only touch vertically on separate rows", () => {
    const lines = [line("second", 0.1, 0.12), line("first", 0.5, 0.1)];
    expect(sortLinesInReadingOrder(lines).map((sorted) => sorted.text)).toEqual(["first", "second"]);
  });
});
