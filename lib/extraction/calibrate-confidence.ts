// The offline extractor's raw score (label strength × value validity × OCR confidence of the value's
// words) ranks candidates well but is not a probability: measured on the dev datasets, values scored 0.3–0.6
// (mostly layout fallbacks) were right about 80% of the time and values scored 0.6–0.99 about 95%. This maps
// the raw score to the share of values measured right at that score, so "0.9" means "right 9 times in 10".
//
// Where the knots come from: `npm run bench:offline -- <folder> --raw --json <file>` (the offline extractor on the
// pipeline's own page layouts, without this mapping, default reader PaddleOCR) on ../shared/datasets/sroie (40
// scanned receipts), zugferd-corpus (22 born-digital PDFs, text layer only) and invoice2data (6 PDFs and 3 TIFF
// scans): 488 non-null predictions, pooled with every dataset weighing the same (one mapping for every kind of
// document, not one per dataset). `npx tsx scripts/bench/fit-calibration.ts <the JSON files>` bins them by raw
// score, takes each bin's accuracy at its Wilson lower bound (one standard error: what the bin can claim with about
// 84% certainty, since documents the extractor wasn't tuned on will do a little worse), makes it non-decreasing
// (pool-adjacent-violators) and puts a knot at each bin's mean raw score; knots on a flat stretch are dropped.
// Weighted (count, right) per raw bin: 0.3–0.5: 144.0, 121.9; 0.5–0.6: 51.2, 37.9; 0.6–0.7: 50.2, 50.2;
// 0.7–0.8: 28.1, 26.0; 0.8–0.9: 170.5, 158.3; 0.9–0.95: 16.0, 16.0; 0.95–0.98: 28.0, 25.2 (none below 0.3). Fitted
// on the same documents the extractor was tuned on (2026-11-30): the held-out set is the real test. Refit when the
// extractor's scoring or the default reader changes.

/** [raw score, calibrated confidence], raw strictly increasing from 0 to 1, calibrated non-decreasing. */
export const CALIBRATION_KNOTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0.42, 0.79],
  [0.537, 0.79],
  [0.627, 0.926],
  // Flat to the top: the values scored above 0.63 were no more often right as the score rose (0.93–1.0 per bin).
  [1, 0.926],
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
