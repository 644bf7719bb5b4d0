import { describe, expect, it } from "vitest";
import { measureSkew, straightenBoxes } from "./straighten-segments";

/** A segment's four corners (left-top, right-top, right-bottom, left-bottom), its top edge sloping by `degrees`. */
function segment(x: number, y: number, length: number, height: number, degrees: number) {
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  return [
    [x, y],
    [x + length * cos, y + length * sin],
    [x + length * cos - height * sin, y + length * sin + height * cos],
    [x - height * sin, y + height * cos],
  ];
}

describe("measureSkew", () => {
  it("is the median slope of the long segments", () => {
    const boxes = [
      segment(10, 10, 300, 20, 3),
      segment(10, 60, 200, 20, 2.8),
      segment(10, 110, 250, 20, 3.2),
      segment(400, 10, 30, 20, 40),
    ];
    expect((measureSkew(boxes) * 180) / Math.PI).toBeCloseTo(3, 5);
  });

  it("is 0 for a level page, too few long segments, or a page turned on its side", () => {
    expect(measureSkew([segment(10, 10, 300, 20, 0.1), segment(10, 60, 300, 20, -0.1), segment(10, 90, 300, 20, 0)])).toBe(0);
    expect(measureSkew([segment(10, 10, 300, 20, 3), segment(10, 60, 300, 20, 3)])).toBe(0);
    expect(measureSkew([segment(10, 10, 300, 20, 90), segment(10, 60, 300, 20, 89), segment(10, 90, 300, 20, 91)])).toBe(0);
  });
});

describe("straightenBoxes", () => {
  it("turns the corners back so a sloping label and its value share a row again", () => {
    const skew = (3 * Math.PI) / 180;
    const label = segment(60, 600, 80, 16, 3);
    // The value 420 px to the right on the same printed line sits 22 px lower on the skewed page.
    const value = segment(480, 600 + 420 * Math.tan(skew), 50, 16, 3);
    const [levelLabel, levelValue] = straightenBoxes([label, value], skew, [300, 400]);
    expect(Math.abs(levelLabel[0][1] - levelValue[0][1])).toBeLessThan(1);
    expect(straightenBoxes([label], 0, [0, 0])).toEqual([label]);
  });
});
