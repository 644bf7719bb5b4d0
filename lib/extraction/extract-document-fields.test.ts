import { MockLanguageModelV4 } from "ai/test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TStoredField } from "@/db/schema";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extractDocumentFields } from "./extract-document-fields";

const mocks = vi.hoisted(() => ({
  model: undefined as unknown,
  examples: vi.fn(),
  warn: vi.fn(),
}));
vi.mock("@/lib/config", () => ({ getConfig: () => ({ EXTRACTION_TIMEOUT_MS: 2_000, EXTRACTION_MAX_RETRIES: 0 }) }));
vi.mock("./ai/get-extraction-model", () => ({ getExtractionModel: () => mocks.model }));
vi.mock("@/lib/learning/find-extraction-examples", () => ({ findExtractionExamples: mocks.examples }));
vi.mock("@/lib/logger", () => ({ logger: { debug: vi.fn(), info: vi.fn(), warn: mocks.warn, error: vi.fn() } }));

type TGenerateResult = Awaited<ReturnType<MockLanguageModelV4["doGenerate"]>>;
const reply = (text: string): TGenerateResult => ({
  content: [{ type: "text", text }],
  finishReason: { unified: "stop", raw: undefined },
  usage: {
    inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 1, text: 1, reasoning: undefined },
  },
  warnings: [],
});

const fields: TStoredField[] = [
  { key: "invoice_number", name: "Invoice Number", type: "text", required: true, aliases: [] },
  { key: "reference", name: "Customer Reference", type: "text", required: false, aliases: [] },
];
// The offline reader finds the invoice number by its label; "Kundenref." is a label it doesn't know.
const pages = [layoutFromRows(["Invoice Number: INV-2024-0042", "Kundenref.: KR-55821"])];
const input = { documentId: "doc1", schemaId: "sch_1", fields, pages };

beforeEach(() => {
  mocks.model = undefined;
  mocks.examples
    .mockReset()
    .mockResolvedValue([{ fieldKey: "reference", value: "KR-1", label: "Kundenref.", context: "Kundenref.: KR-1" }]);
  mocks.warn.mockReset();
});

describe("extractDocumentFields", () => {
  it("is the offline extractor alone without a model", async () => {
    const result = await extractDocumentFields(input);
    expect(result.map((field) => [field.value, field.source])).toEqual([
      ["INV-2024-0042", undefined],
      [null, undefined],
    ]);
    expect(mocks.examples).not.toHaveBeenCalled();
  });

  it("combines the AI's answer with the offline one, using the schema's examples", async () => {
    const model = new MockLanguageModelV4({
      doGenerate: reply(
        JSON.stringify({
          invoice_number: { value: "INV-2024-0042", line_id: "p1-l1" },
          reference: { value: "KR-55821", line_id: "p1-l2" },
        }),
      ),
    });
    mocks.model = model;
    const [invoiceNumber, reference] = await extractDocumentFields(input);
    expect(invoiceNumber).toMatchObject({ value: "INV-2024-0042", source: "ai", confidence: 0.99, wasInferred: false });
    expect(reference).toMatchObject({ value: "KR-55821", source: "ai", confidence: 0.95, page: 1 });
    expect(mocks.examples).toHaveBeenCalledWith("sch_1", 5);
    expect(JSON.stringify(model.doGenerateCalls[0].prompt)).toContain('a person confirmed the value \\"KR-1\\"');
  });

  it("keeps the offline result and logs a warning when the AI call fails", async () => {
    mocks.model = new MockLanguageModelV4({ doGenerate: reply("Sorry, I can't do that.") });
    const result = await extractDocumentFields(input);
    expect(result[0]).toMatchObject({ value: "INV-2024-0042" });
    expect(result[0].source).toBeUndefined();
    expect(mocks.warn).toHaveBeenCalledWith(expect.stringMatching(/document doc1: AI extraction failed \(refusal\)/));
  });

  it("doesn't call the model for a document without text", async () => {
    const model = new MockLanguageModelV4({ doGenerate: reply("{}") });
    mocks.model = model;
    await extractDocumentFields({ ...input, pages: [layoutFromRows([])] });
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});
