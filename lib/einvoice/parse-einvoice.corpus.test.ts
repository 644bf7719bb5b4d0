// Reads the embedded XML of every ZUGFeRD corpus PDF and compares the parsed fields with truth.json
// (which was made from the same XML, see ../shared/datasets/SOURCES.md).

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEInvoice, type TEInvoiceFieldKey } from "./parse-einvoice";
import { readEmbeddedInvoiceXml } from "./read-embedded-invoice-xml";

const CORPUS = path.resolve(import.meta.dirname, "../..", "../shared/datasets/zugferd-corpus");
const AMOUNTS = ["total_amount", "amount_due", "tax_amount", "net_amount"];
const DATES = ["date", "due_date"];

function expected(key: string, truth: string): string | number {
  if (AMOUNTS.includes(key)) return Number(truth);
  // The truth keeps format 102 (YYYYMMDD) as written.
  if (DATES.includes(key)) return truth.replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3");
  return truth.replace(/\s+/g, " ").trim();
}

const present = existsSync(path.join(CORPUS, "truth.json"));
if (!present) console.warn(`Skipping the e-invoice corpus test: ${CORPUS} is not present next to the repository.`);

describe.skipIf(!present)("parseEInvoice on the ZUGFeRD corpus (embedded XML)", () => {
  it("reads every field of truth.json from every PDF", async () => {
    const truth = JSON.parse(await readFile(path.join(CORPUS, "truth.json"), "utf8")) as Record<string, { fields: Record<string, string> }>;
    const tally: Record<string, { correct: number; total: number }> = {};
    const misses: string[] = [];
    for (const [file, { fields }] of Object.entries(truth)) {
      const xml = await readEmbeddedInvoiceXml(await readFile(path.join(CORPUS, file)));
      const invoice = xml === undefined ? undefined : parseEInvoice(xml);
      for (const [key, value] of Object.entries(fields)) {
        tally[key] ??= { correct: 0, total: 0 };
        tally[key].total++;
        const actual = invoice?.[key as TEInvoiceFieldKey];
        if (actual === expected(key, value)) tally[key].correct++;
        else misses.push(`${file} ${key}: expected ${JSON.stringify(value)}, read ${JSON.stringify(actual)}`);
      }
    }
    console.log(
      Object.entries(tally)
        .map(([key, { correct, total }]) => `${key} ${correct}/${total}`)
        .join(", "),
    );
    expect(Object.keys(truth).length).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  }, 60_000);
});
