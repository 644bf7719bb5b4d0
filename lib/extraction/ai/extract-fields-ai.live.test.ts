import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { createAiExtractor } from "./extract-fields-ai";
import { getExtractionModel } from "./get-extraction-model";

// Against a real model, only when one is configured, e.g.
//   OPENAI_API_KEY=sk-… npx vitest run --project unit lib/extraction/ai/extract-fields-ai.live
//   EXTRACTION_BASE_URL=http://localhost:11434/v1 EXTRACTION_MODEL=qwen2.5:7b npx vitest run --project unit lib/extraction/ai/extract-fields-ai.live
// It sends one small made-up invoice page (no customer data) and costs a fraction of a cent.
const isConfigured = Boolean(process.env.OPENAI_API_KEY || process.env.EXTRACTION_BASE_URL);

const fields: TStoredField[] = [
  { key: "invoice_number", name: "Invoice Number", type: "text", required: true, aliases: [] },
  { key: "vendor_name", name: "Vendor Name", type: "text", required: true, aliases: [] },
  { key: "total_amount", name: "Total Amount", type: "number", required: true, aliases: [] },
  { key: "invoice_date", name: "Invoice Date", type: "date", required: false, aliases: [] },
  { key: "purchase_order", name: "Purchase Order Number", type: "text", required: false, aliases: ["PO"] },
];

// The contract's example invoice, laid out as a page would be read: letterhead, header block, lines, totals.
const page = layoutFromRows([
  "Acme Corp",
  "1 Industrial Way, Springfield",
  [
    [0.05, "INVOICE"],
    [0.6, "Invoice Number: INV-2024-0042"],
  ],
  [[0.6, "Date: November 15, 2024"]],
  "Bill to: Globex Ltd",
  [
    [0.05, "Consulting services, October"],
    [0.8, "3,500.00"],
  ],
  [
    [0.05, "VAT 20%"],
    [0.8, "700.00"],
  ],
  [
    [0.05, "Total due"],
    [0.8, "4,200.00"],
  ],
]);

describe.skipIf(!isConfigured)("AI extraction against the configured model", () => {
  it("extracts the contract's invoice fields, grounded on the page", async () => {
    const model = getExtractionModel();
    expect(model).toBeDefined();
    const config = getConfig();
    const extract = createAiExtractor({
      model: model!,
      timeoutMs: config.EXTRACTION_TIMEOUT_MS,
      maxRetries: config.EXTRACTION_MAX_RETRIES,
    });
    const result = Object.fromEntries((await extract({ fields, pages: [page] })).map((field) => [field.key, field]));
    expect(result.invoice_number).toMatchObject({ value: "INV-2024-0042", wasInferred: false, page: 1 });
    expect(result.vendor_name).toMatchObject({ normalizedValue: "Acme Corp", wasInferred: false, page: 1 });
    expect(result.total_amount).toMatchObject({ value: "4,200.00", normalizedValue: 4200, wasInferred: false });
    expect(result.invoice_date).toMatchObject({ normalizedValue: "2024-11-15", wasInferred: false });
    expect(result.purchase_order.value).toBeNull();
    expect(result.total_amount.bbox!.x0).toBeCloseTo(0.8);
  }, 120_000);
});
