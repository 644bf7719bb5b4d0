import { describe, expect, it } from "vitest";
import { CALIBRATION_KNOTS, calibrateConfidence } from "./calibrate-confidence";

describe("calibrateConfidence", () => {
  it("keeps 0 at 0 and passes through its knots", () => {
    expect(calibrateConfidence(0)).toBe(0);
    for (const [raw, calibrated] of CALIBRATION_KNOTS) expect(calibrateConfidence(raw)).toBeCloseTo(calibrated, 3);
  });

  it("is monotone and bounded", () => {
    let previous = -1;
    for (let step = 0; step <= 1000; step++) {
      const value = calibrateConfidence(step / 1000);
      expect(value).toBeGreaterThanOrEqual(previous);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(0.99);
      previous = value;
    }
  });

  it("clamps scores outside 0..1 and treats NaN as 0", () => {
    expect(calibrateConfidence(-0.5)).toBe(0);
    expect(calibrateConfidence(1.5)).toBe(calibrateConfidence(1));
    expect(calibrateConfidence(Number.NaN)).toBe(0);
  });

  it("interpolates linearly between knots", () => {
    const [[x0, y0], [x1, y1]] = CALIBRATION_KNOTS.slice(1, 3);
    expect(calibrateConfidence((x0 + x1) / 2)).toBeCloseTo((y0 + y1) / 2, 3);
  });

  it("has strictly increasing raw knots from 0 to 1 and non-decreasing calibrated ones", () => {
    expect(CALIBRATION_KNOTS[0]).toEqual([0, 0]);
    expect(CALIBRATION_KNOTS.at(-1)![0]).toBe(1);
    for (let index = 1; index < CALIBRATION_KNOTS.length; index++) {
      expect(CALIBRATION_KNOTS[index][0]).toBeGreaterThan(CALIBRATION_KNOTS[index - 1][0]);
      expect(CALIBRATION_KNOTS[index][1]).toBeGreaterThanOrEqual(CALIBRATION_KNOTS[index - 1][1]);
    }
  });
});
