import { APICallError } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { AiExtractionError } from "./ai-extraction-error";
import { createAiExtractor } from "./extract-fields-ai";

type TGenerateResult = Awaited<ReturnType<MockLanguageModelV4["doGenerate"]>>;

function reply(text: string, finishReason: "stop" | "content-filter" | "length" = "stop"): TGenerateResult {
  return {
    content: [{ type: "text", text }],
    finishReason: { unified: finishReason, raw: undefined },
    usage: {
      inputTokens: { total: 100, noCache: 100, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: 20, text: 20, reasoning: undefined },
    },
    warnings: [],
  };
}

function field(key: string, name: string, type: TStoredField["type"] = "text", extra: Partial<TStoredField> = {}): TStoredField {
  return { key, name, type, required: false, aliases: [], ...extra };
}

// The contract's invoice: line ids p1-l1 … p1-l5 ("Total:" and its amount are two lines of one row, as OCR reads them).
const page = layoutFromRows([
  "ACME CORP",
  "Invoice Number: INV-2024-0042",
  "Date: 15/11/2024",
  [
    [0.05, "Total:"],
    [0.6, "4,200.00"],
  ],
]);
const fields = [
  field("vendor_name", "Vendor Name"),
  field("invoice_number", "Invoice Number"),
  field("invoice_date", "Invoice Date", "date"),
  field("total_amount", "Total Amount", "number"),
];
const OPTIONS = { timeoutMs: 5_000, maxRetries: 0 };

async function failure(promise: Promise<unknown>): Promise<AiExtractionError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AiExtractionError);
  return error as AiExtractionError;
}

describe("createAiExtractor", () => {
  it("grounds each answer on the page: printed text, page, box, confidence from the cited line", async () => {
    const model = new MockLanguageModelV4({
      doGenerate: reply(
        JSON.stringify({
          vendor_name: { value: "Acme Corp", line_id: "p1-l1" },
          invoice_number: { value: "INV-2024-0042", line_id: "p1-l2" },
          invoice_date: { value: "2024-11-15", line_id: "p1-l3" },
          total_amount: { value: 4200, line_id: "p1-l4" },
        }),
      ),
    });
    const result = await createAiExtractor({ model, ...OPTIONS })({ fields, pages: [page] });
    expect(result.map((item) => [item.key, item.value, item.normalizedValue, item.confidence, item.wasInferred, item.source])).toEqual([
      ["vendor_name", "ACME CORP", "Acme Corp", 0.95, false, "ai"],
      ["invoice_number", "INV-2024-0042", "INV-2024-0042", 0.95, false, "ai"],
      ["invoice_date", "15/11/2024", "2024-11-15", 0.95, false, "ai"],
      ["total_amount", "4,200.00", 4200, 0.95, false, "ai"],
    ]);
    const total = result[3];
    expect(total.page).toBe(1);
    // The amount's own word, not its label: x from 0.6, on the fourth row.
    expect(total.bbox!.x0).toBeCloseTo(0.6);
    expect(total.bbox!.x1).toBeCloseTo(0.68);
    expect(total.bbox!.y0).toBeCloseTo(0.14);
    const invoiceNumber = result[1];
    expect(invoiceNumber.bbox!.x0).toBeCloseTo(0.05 + "Invoice Number: ".length * 0.01);
  });

  it("keeps a value printed on another line than the cited one, with less confidence", async () => {
    const model = new MockLanguageModelV4({
      doGenerate: reply(JSON.stringify({ invoice_number: { value: "INV-2024-0042", line_id: "p1-l4" } })),
    });
    const [result] = await createAiExtractor({ model, ...OPTIONS })({ fields: [fields[1]], pages: [page] });
    expect(result).toMatchObject({ value: "INV-2024-0042", wasInferred: false, page: 1, confidence: 0.85 });
  });

  it("marks a value printed nowhere as inferred, with a lower confidence and no box", async () => {
    const model = new MockLanguageModelV4({
      doGenerate: reply(
        JSON.stringify({
          due_date: { value: "2024-12-15", line_id: null },
          total_amount: { value: 4300, line_id: "p1-l4" },
        }),
      ),
    });
    const [dueDate, total] = await createAiExtractor({ model, ...OPTIONS })({
      fields: [field("due_date", "Due Date", "date"), fields[3]],
      pages: [page],
    });
    expect(dueDate).toEqual({
      key: "due_date",
      value: "2024-12-15",
      normalizedValue: "2024-12-15",
      confidence: 0.4,
      wasInferred: true,
      page: null,
      bbox: null,
      source: "ai",
    });
    expect(total).toMatchObject({ value: "4300", normalizedValue: 4300, wasInferred: true, bbox: null });
    expect(total.confidence).toBeLessThanOrEqual(0.5);
  });

  it("drops values that aren't of the field's type and keeps nulls as not found", async () => {
    const model = new MockLanguageModelV4({
      doGenerate: reply(
        JSON.stringify({
          invoice_date: { value: "sometime in November", line_id: "p1-l3" },
          contact_email: { value: "see website", line_id: null },
          invoice_number: { value: null, line_id: null },
        }),
      ),
    });
    const result = await createAiExtractor({ model, ...OPTIONS })({
      fields: [fields[2], field("contact_email", "Contact Email", "email"), fields[1]],
      pages: [page],
    });
    for (const item of result) {
      expect(item).toMatchObject({ value: null, normalizedValue: null, confidence: 0, wasInferred: false, page: null, bbox: null });
    }
  });

  it.each([
    ["invalid JSON", "{ vendor_name: Acme"],
    ["the wrong shape", JSON.stringify({ vendor_name: "Acme Corp" })],
    [
      "the wrong type",
      JSON.stringify({ vendor_name: { value: "Acme Corp", line_id: "p1-l1" }, total_amount: { value: "4,200.00", line_id: null } }),
    ],
    ["a truncated answer", '{"vendor_name": {"value": "Acme Corp", "line_id": "p1-l1"}, "total_amount": {"val'],
  ])("throws AiExtractionError(invalid_output) on %s", async (_, text) => {
    const model = new MockLanguageModelV4({ doGenerate: reply(text) });
    const error = await failure(createAiExtractor({ model, ...OPTIONS })({ fields: [fields[0], fields[3]], pages: [page] }));
    expect(error.reason).toBe("invalid_output");
  });

  it.each([
    ["prose instead of the object", reply("I'm sorry, but I can't help with extracting data from this document.")],
    ["a content-filter stop", reply("", "content-filter")],
  ])("throws AiExtractionError(refusal) on %s", async (_, result) => {
    const model = new MockLanguageModelV4({ doGenerate: result });
    const error = await failure(createAiExtractor({ model, ...OPTIONS })({ fields, pages: [page] }));
    expect(error.reason).toBe("refusal");
  });

  it("gives up after timeoutMs, even on a model that ignores the abort signal", async () => {
    const model = new MockLanguageModelV4({ doGenerate: () => new Promise<TGenerateResult>(() => {}) });
    const started = Date.now();
    const error = await failure(createAiExtractor({ model, timeoutMs: 200, maxRetries: 2 })({ fields, pages: [page] }));
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("retries a retryable provider error and succeeds", async () => {
    let calls = 0;
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        calls++;
        if (calls === 1) throw overloaded();
        return reply(JSON.stringify({ invoice_number: { value: "INV-2024-0042", line_id: "p1-l2" } }));
      },
    });
    const [result] = await createAiExtractor({ model, timeoutMs: 5_000, maxRetries: 2 })({ fields: [fields[1]], pages: [page] });
    expect(result.value).toBe("INV-2024-0042");
    expect(calls).toBe(2);
    expect(model.doGenerateCalls).toHaveLength(2);
  });

  it("stops after maxRetries and throws AiExtractionError(call_failed)", async () => {
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        throw overloaded();
      },
    });
    const error = await failure(createAiExtractor({ model, timeoutMs: 5_000, maxRetries: 2 })({ fields, pages: [page] }));
    expect(error.reason).toBe("call_failed");
    expect(model.doGenerateCalls).toHaveLength(3);
  });

  it("sends the fields' schema, the page with line ids and the few-shot examples", async () => {
    const nothing = Object.fromEntries(fields.map((item) => [item.key, { value: null, line_id: null }]));
    const model = new MockLanguageModelV4({ doGenerate: reply(JSON.stringify(nothing)) });
    const examples = [
      { fieldKey: "invoice_number", value: "RE-2023-117", label: "Rechnungsnr.", context: "Rechnungsnr.: RE-2023-117" },
      { fieldKey: "total_amount", value: "99.50", label: null, context: "Gesamtbetrag 99,50 EUR" },
    ];
    await createAiExtractor({ model, examples, ...OPTIONS })({ fields, pages: [page] });
    expect(model.doGenerateCalls).toHaveLength(1);
    const call = model.doGenerateCalls[0];
    const text = call.prompt
      .flatMap((message) =>
        typeof message.content === "string" ? [message.content] : message.content.flatMap((part) => ("text" in part ? [part.text] : [])),
      )
      .join("\n");
    expect(text).toContain(
      'For Invoice Number, a person confirmed the value "RE-2023-117" next to the label "Rechnungsnr." printed as: "Rechnungsnr.: RE-2023-117"',
    );
    expect(text).toContain('For Total Amount, a person confirmed the value "99.50" printed as: "Gesamtbetrag 99,50 EUR"');
    expect(text).toContain("p1-l2: Invoice Number: INV-2024-0042\np1-l3: Date: 15/11/2024\np1-l4: Total:\np1-l5: 4,200.00");
    expect(text).toContain("answer null");
    expect(call.temperature).toBe(0);
    expect(call.responseFormat).toMatchObject({ type: "json" });
    const schema = (call.responseFormat as { schema: { properties: Record<string, { properties: Record<string, unknown> }> } }).schema;
    expect(Object.keys(schema.properties)).toEqual(["vendor_name", "invoice_number", "invoice_date", "total_amount"]);
    expect(schema.properties.total_amount.properties.value).toMatchObject({ type: ["number", "null"] });
  });
});

/** A 503 the SDK retries; retry-after-ms 0 keeps the test from waiting out the 2 s default backoff. */
function overloaded() {
  return new APICallError({
    message: "Service overloaded",
    url: "https://example.test/v1/chat",
    requestBodyValues: {},
    statusCode: 503,
    responseHeaders: { "retry-after-ms": "0" },
    isRetryable: true,
  });
}
