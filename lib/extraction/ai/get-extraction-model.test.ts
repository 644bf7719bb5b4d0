import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { parseConfig } from "@/lib/config";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { createAiExtractor } from "./extract-fields-ai";
import { getExtractionModel } from "./get-extraction-model";

type TModel = { provider: string; modelId: string };

describe("getExtractionModel", () => {
  it("is undefined without a provider", () => {
    expect(getExtractionModel(parseConfig({}))).toBeUndefined();
  });

  it.each([
    [{ OPENAI_API_KEY: "sk-test" }, "openai", "gpt-4.1-mini"],
    [{ ANTHROPIC_API_KEY: "sk-ant", EXTRACTION_MODEL: "claude-haiku-4-5" }, "anthropic", "claude-haiku-4-5"],
    [
      { AWS_ACCESS_KEY_ID: "AKIA", AWS_SECRET_ACCESS_KEY: "s", EXTRACTION_MODEL: "amazon.nova-pro-v1:0" },
      "amazon-bedrock",
      "amazon.nova-pro-v1:0",
    ],
    [{ EXTRACTION_BASE_URL: "http://localhost:11434/v1", EXTRACTION_MODEL: "qwen2.5:7b" }, "extraction", "qwen2.5:7b"],
  ])("builds the configured provider's model (%o)", (env, provider, modelId) => {
    const model = getExtractionModel(parseConfig(env)) as TModel;
    expect(model.provider.split(".")[0]).toBe(provider);
    expect(model.modelId).toBe(modelId);
  });
});

// The OpenAI-compatible path end to end, against a stand-in for Ollama's /v1/chat/completions on localhost.
describe("an OpenAI-compatible server (EXTRACTION_BASE_URL)", () => {
  const requests: Array<{ url?: string; authorization?: string; body: Record<string, unknown> }> = [];
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        requests.push({ url: request.url, authorization: request.headers.authorization, body: JSON.parse(body) });
        const content = JSON.stringify({ total_amount: { value: 4200, line_id: "p1-l2" } });
        response.setHeader("content-type", "application/json");
        response.end(
          JSON.stringify({
            id: "chatcmpl-1",
            object: "chat.completion",
            created: 1_700_000_000,
            model: "qwen2.5:7b",
            choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
            usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends the fields' JSON schema as response_format and grounds the answer", async () => {
    const config = parseConfig({ EXTRACTION_BASE_URL: baseUrl, EXTRACTION_MODEL: "qwen2.5:7b", EXTRACTION_API_KEY: "local-key" });
    const fields: TStoredField[] = [{ key: "total_amount", name: "Total Amount", type: "number", required: true, aliases: [] }];
    const extract = createAiExtractor({ model: getExtractionModel(config)!, timeoutMs: 5_000, maxRetries: 0 });
    const [total] = await extract({ fields, pages: [layoutFromRows(["ACME", "Total: 4,200.00"])] });
    expect(total).toMatchObject({ value: "4,200.00", normalizedValue: 4200, wasInferred: false, source: "ai" });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.url).toBe("/v1/chat/completions");
    expect(request.authorization).toBe("Bearer local-key");
    expect(request.body).toMatchObject({ model: "qwen2.5:7b", temperature: 0, response_format: { type: "json_schema" } });
    const format = request.body.response_format as { json_schema: { name: string; schema: { required: string[] } } };
    expect(format.json_schema.name).toBe("extracted_fields");
    expect(format.json_schema.schema.required).toEqual(["total_amount"]);
  });
});
