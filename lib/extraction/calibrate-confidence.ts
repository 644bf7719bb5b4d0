// The offline extractor's raw score (label strength × value validity × OCR confidence of the value's
// words) ranks candidates well but is not a probability: measured on the dev datasets, values scored 0.3–0.6
// (mostly layout fallbacks) were right about 76% of the time and values scored 0.6–0.99 about 93%. This maps
// the raw score to the share of values measured right at that score, so "0.9" means "right 9 times in 10".
//
// Where the knots come from: `npm run bench:extraction` on ../shared/datasets/sroie (40 scanned receipts,
// Tesseract OCR), zugferd-corpus (22 born-digital PDFs, text layer) and invoice2data (6 PDFs; its 3 TIFFs
// were refused at upload) with this mapping turned off: 373 non-null predictions, pooled (one mapping for
// every kind of document, not one per dataset). `npx tsx scripts/bench/fit-calibration.ts <the runs' JSON>`
// bins them by raw score, smooths each bin's accuracy as (right + 1) / (count + 2), makes it non-decreasing
// (pool-adjacent-violators) and puts a knot at each bin's mean raw score; knots on a flat stretch are dropped.
// Measured (count, right) per raw bin: 0–0.3: 14, 3; 0.3–0.5: 121, 94; 0.5–0.6: 42, 30; 0.6–0.7: 34, 31;
// 0.7–0.8: 19, 18; 0.8–0.9: 133, 124; 0.9–0.95: 2, 2; 0.95–0.98: 8, 7. Refit when the extractor's scoring changes.

/** [raw score, calibrated confidence], raw strictly increasing from 0 to 1, calibrated non-decreasing. */
export const CALIBRATION_KNOTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0.211, 0.25],
  [0.398, 0.758],
  [0.528, 0.758],
  [0.632, 0.889],
  [0.762, 0.905],
  [0.845, 0.924],
  // Flat to the top: the few values scored above 0.9 were no more often right (9 of 10).
  [1, 0.924],
];

/** Piecewise-linear through the knots; monotone, 0 stays 0, the result is within 0..1 (rounded to 0.001). */
export function calibrateConfidence(raw: number): number {
  if (!(raw > 0)) return 0;
  const score = Math.min(1, raw);
  for (let index = 1; index < CALIBRATION_KNOTS.length; index++) {
    const [x1, y1] = CALIBRATION_KNOTS[index];
    if (score > x1) continue;
    const [x0, y0] = CALIBRATION_KNOTS[index - 1];
    return Math.round((y0 + ((y1 - y0) * (score - x0)) / (x1 - x0)) * 1000) / 1000;
  }
  return CALIBRATION_KNOTS.at(-1)![1];
}
