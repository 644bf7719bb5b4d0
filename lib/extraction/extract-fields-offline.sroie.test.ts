// Measures the offline extractor on the 40 SROIE dev receipts, using the dataset's own OCR lines.
// Floors sit a little below what v1 measures, so a regression fails without the test being flaky.
// EXTRACTION_VERBOSE=1 prints every miss.

import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { hasSroie, loadSroieLayout, loadSroieTruth } from "@/tests/fixtures/extraction/load-sroie";
import { extractFieldsOffline } from "./extract-fields-offline";
import { editDistance, squash } from "./normalize-text";
import { parseDate } from "./parse-date";
import { parseNumber } from "./parse-number";

const RECEIPT_SCHEMA: TStoredField[] = [
  { key: "vendor_name", name: "Vendor Name", type: "text", required: true, aliases: [] },
  { key: "date", name: "Date", type: "date", required: true, aliases: [] },
  { key: "total_amount", name: "Total Amount", type: "number", required: true, aliases: [] },
  { key: "vendor_address", name: "Vendor Address", type: "text", required: false, aliases: [] },
];

// Measured by v1: vendor_name 0.975, date 1.0, total_amount 0.95, vendor_address 0.975. The address floor
// stays low on purpose: multi-line addresses are fragile and the held-out receipts are other vendors.
const FLOORS = { vendor_name: 0.9, date: 0.95, total_amount: 0.9, vendor_address: 0.75 };

/** Names and addresses: same letters and digits, allowing one OCR slip per 10 characters. */
function sameText(actual: unknown, expected: string): boolean {
  if (typeof actual !== "string") return false;
  const [a, b] = [squash(actual), squash(expected)];
  return editDistance(a, b, 5) <= Math.floor(b.length / 10);
}

const COMPARE: Record<string, (actual: unknown, expected: string) => boolean> = {
  vendor_name: sameText,
  vendor_address: sameText,
  date: (actual, expected) => actual === parseDate(expected)?.iso,
  total_amount: (actual, expected) => actual === parseNumber(expected)?.value,
};

describe.skipIf(!hasSroie())("extractFieldsOffline on SROIE receipts (real OCR lines)", () => {
  it("reaches the per-field accuracy floors", async () => {
    const truth = await loadSroieTruth();
    const ids = Object.keys(truth).sort();
    const correct: Record<string, number> = { vendor_name: 0, date: 0, total_amount: 0, vendor_address: 0 };
    const misses: string[] = [];
    for (const id of ids) {
      const fields = await extractFieldsOffline({ fields: RECEIPT_SCHEMA, pages: [await loadSroieLayout(id)] });
      for (const field of fields) {
        const expected = truth[id][field.key as keyof (typeof truth)[string]];
        if (COMPARE[field.key](field.normalizedValue, expected)) correct[field.key]++;
        else
          misses.push(
            `${id} ${field.key}: got ${JSON.stringify(field.normalizedValue)} (${field.confidence}), want ${JSON.stringify(expected)}`,
          );
      }
    }
    const accuracy = Object.fromEntries(Object.entries(correct).map(([key, count]) => [key, count / ids.length]));
    console.info(`SROIE offline accuracy over ${ids.length} receipts:`, accuracy);
    if (process.env.EXTRACTION_VERBOSE) console.info(misses.join("\n"));
    for (const [key, floor] of Object.entries(FLOORS)) expect(accuracy[key], key).toBeGreaterThanOrEqual(floor);
  });
});

if (!hasSroie()) console.warn("Skipping the SROIE accuracy test: ../shared/datasets/sroie is not present next to the repository.");
