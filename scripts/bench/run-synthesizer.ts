// The command line both synthesizers share: --out, --count, --seed and boolean flags; one Chromium for the run;
// document N built from (seed, N) by the caller; truth.json written at the end in the bench format.

import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type Browser, chromium } from "playwright-core";
import { DEBIAN_CHROMIUM } from "@/tests/debian-chromium";
import { invoiceSeed } from "./synthetic-invoices/prng";

export type TTruthEntries = Record<string, { fields: Record<string, string> }>;

export type TSynthesizeOne = (run: {
  browser: Browser;
  out: string;
  /** Document index from 0; the file stem is index + 1, zero-padded to three digits. */
  index: number;
  name: string;
  /** The document's own seed: depends only on (--seed, index). */
  seed: number;
  flags: Record<string, boolean>;
}) => Promise<TTruthEntries>;

export function runSynthesizer(command: string, booleanFlags: string[], synthesizeOne: TSynthesizeOne): void {
  main(command, booleanFlags, synthesizeOne).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

async function main(command: string, booleanFlags: string[], synthesizeOne: TSynthesizeOne): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      count: { type: "string", default: "40" },
      seed: { type: "string", default: "1" },
      ...Object.fromEntries(booleanFlags.map((flag) => [flag, { type: "boolean" as const, default: false }])),
    },
  });
  const out = values.out;
  if (typeof out !== "string") {
    throw new Error(`usage: ${command} --out <folder> [--count 40] [--seed 1]${booleanFlags.map((flag) => ` [--${flag}]`).join("")}`);
  }
  const given = values as Record<string, string | boolean | undefined>;
  const flags = Object.fromEntries(booleanFlags.map((flag) => [flag, given[flag] === true]));
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(DEBIAN_CHROMIUM);
  const truth: TTruthEntries = {};
  try {
    for (let index = 0; index < Number(values.count); index++) {
      const name = String(index + 1).padStart(3, "0");
      Object.assign(truth, await synthesizeOne({ browser, out, index, name, seed: invoiceSeed(Number(values.seed), index), flags }));
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(out, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
}
