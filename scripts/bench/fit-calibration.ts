// Fits the knots of lib/extraction/calibrate-confidence.ts from benchmark results:
//
//   npx tsx scripts/bench/fit-calibration.ts results/a.json results/b.json ...
//
// The inputs are `npm run bench:extraction -- ... --json` outputs measured with calibration turned off
// (raw scores). All datasets are pooled (one mapping for every document kind), each weighing the same. Predictions are grouped by
// raw score into the bins below; a bin's accuracy is taken at its Wilson lower bound (one standard error, so a
// small bin can't claim 100%), made non-decreasing with pool-adjacent-violators (pooled bins add their
// counts), and each bin contributes one knot: (mean raw score, pooled smoothed accuracy). The mapping is
// flat beyond the last knot, up to a raw score of 1: no data says the top scores are any better.

import fs from "node:fs";

type TItem = { predicted: boolean; correct: boolean; confidence: number };
type TWeighted = TItem & { weight: number };

// Raw scores cluster where label strengths put them (fallbacks ≈ 0.45–0.5, fuzzy labels ≈ 0.8, labels ≈ 0.95–0.99).
const EDGES = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001];

function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error("Usage: tsx scripts/bench/fit-calibration.ts <bench.json>...");
  const runs = files.map((file) => {
    const run = JSON.parse(fs.readFileSync(file, "utf8")) as { dataset: string; scored: TItem[] };
    const predicted = run.scored.filter((item) => item.predicted);
    console.log(`${file}: ${run.dataset}, ${predicted.length} predictions`);
    return predicted;
  });
  // Every dataset weighs the same: a corpus of near-identical invoices must not set the scale for receipts.
  const total = runs.reduce((sum, run) => sum + run.length, 0);
  const items: TWeighted[] = runs.flatMap((run) => run.map((item) => ({ ...item, weight: total / runs.length / run.length })));
  const bins = EDGES.slice(0, -1)
    .map((from, index) => {
      const to = EDGES[index + 1];
      const inBin = items.filter((item) => item.confidence >= from && item.confidence < to);
      const count = inBin.reduce((sum, item) => sum + item.weight, 0);
      return {
        from,
        to,
        count,
        correct: inBin.filter((item) => item.correct).reduce((sum, item) => sum + item.weight, 0),
        meanRaw: inBin.reduce((sum, item) => sum + item.weight * item.confidence, 0) / Math.max(1e-9, count),
      };
    })
    .filter((bin) => bin.count > 0);

  // Pool adjacent violators: merge neighbouring bins until accuracy never decreases with the raw score.
  type TBlock = { count: number; correct: number; members: typeof bins };
  const blocks: TBlock[] = [];
  for (const bin of bins) {
    blocks.push({ count: bin.count, correct: bin.correct, members: [bin] });
    while (blocks.length > 1 && rate(blocks.at(-2)!) > rate(blocks.at(-1)!)) {
      const last = blocks.pop()!;
      const previous = blocks.pop()!;
      blocks.push({
        count: previous.count + last.count,
        correct: previous.correct + last.correct,
        members: [...previous.members, ...last.members],
      });
    }
  }
  console.log("\n| raw bin | count | correct | accuracy | lower bound, pooled | mean raw |");
  console.log("|---|---|---|---|---|---|");
  const knots: [number, number][] = [[0, 0]];
  for (const block of blocks) {
    for (const bin of block.members) {
      console.log(
        `| ${bin.from.toFixed(2)}–${Math.min(1, bin.to).toFixed(2)} | ${bin.count.toFixed(1)} | ${bin.correct.toFixed(1)} | ${(bin.correct / bin.count).toFixed(3)} | ${rate(block).toFixed(3)} | ${bin.meanRaw.toFixed(3)} |`,
      );
      knots.push([round(bin.meanRaw), round(rate(block))]);
    }
  }
  knots.push([1, knots.at(-1)![1]]);
  console.log(`\nKnots (raw → calibrated):\n${JSON.stringify(knots)}`);
}

// One standard error: the knots sit at the accuracy a bin can claim with about 84% certainty, not at what it
// happened to score on the documents the extractor was tuned on (documents it hasn't seen will do a little worse).
const Z = 1;

/** Wilson lower bound of a bin's accuracy: small or mixed bins claim less than they measured. */
function rate(block: { count: number; correct: number }) {
  const { count: n, correct } = block;
  if (n <= 0) return 0;
  const p = correct / n;
  const centre = p + (Z * Z) / (2 * n);
  const margin = Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  return (centre - margin) / (1 + (Z * Z) / n);
}

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}

main();
