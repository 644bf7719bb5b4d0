import { describe, expect, it } from "vitest";
import { parseConfig } from "./config";

const extraction = (env: Record<string, string>) => parseConfig(env).extractionModel;

describe("config: AI extraction", () => {
  it("is off without a provider", () => {
    expect(extraction({})).toBeUndefined();
    expect(extraction({ OPENAI_API_KEY: "", EXTRACTION_MODEL: "gpt-4.1" })).toBeUndefined();
    // AWS keys alone are for other AWS tools (S3): Bedrock needs a model named too.
    expect(extraction({ AWS_ACCESS_KEY_ID: "AKIA", AWS_SECRET_ACCESS_KEY: "secret" })).toBeUndefined();
  });

  it("picks the provider from its credentials, with default models for OpenAI and Anthropic", () => {
    expect(extraction({ OPENAI_API_KEY: "sk-test" })).toEqual({ provider: "openai", modelId: "gpt-4.1-mini" });
    expect(extraction({ ANTHROPIC_API_KEY: "sk-ant" })).toEqual({ provider: "anthropic", modelId: "claude-sonnet-4-5" });
    expect(extraction({ ANTHROPIC_API_KEY: "sk-ant", EXTRACTION_MODEL: "claude-haiku-4-5" })).toEqual({
      provider: "anthropic",
      modelId: "claude-haiku-4-5",
    });
    expect(
      extraction({
        AWS_ACCESS_KEY_ID: "AKIA",
        AWS_SECRET_ACCESS_KEY: "secret",
        EXTRACTION_MODEL: "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
      }),
    ).toEqual({ provider: "bedrock", modelId: "us.anthropic.claude-sonnet-4-5-20250929-v1:0" });
    expect(extraction({ EXTRACTION_BASE_URL: "http://localhost:11434/v1", EXTRACTION_MODEL: "qwen2.5:7b" })).toEqual({
      provider: "openai-compatible",
      modelId: "qwen2.5:7b",
    });
  });

  it("prefers an explicit base URL, then OpenAI, Anthropic, Bedrock; EXTRACTION_PROVIDER overrides or turns it off", () => {
    const all = {
      EXTRACTION_BASE_URL: "http://localhost:11434/v1",
      EXTRACTION_MODEL: "llama3.1",
      OPENAI_API_KEY: "sk-test",
      ANTHROPIC_API_KEY: "sk-ant",
    };
    expect(extraction(all)?.provider).toBe("openai-compatible");
    expect(extraction({ OPENAI_API_KEY: "sk-test", ANTHROPIC_API_KEY: "sk-ant" })?.provider).toBe("openai");
    expect(extraction({ ...all, EXTRACTION_PROVIDER: "anthropic" })).toEqual({ provider: "anthropic", modelId: "llama3.1" });
    expect(extraction({ ...all, EXTRACTION_PROVIDER: "none" })).toBeUndefined();
  });

  it("refuses a provider it can't use", () => {
    expect(() => extraction({ EXTRACTION_BASE_URL: "http://localhost:11434/v1" })).toThrow(/EXTRACTION_MODEL/);
    expect(() => extraction({ EXTRACTION_PROVIDER: "openai" })).toThrow(/OPENAI_API_KEY/);
    expect(() => extraction({ EXTRACTION_PROVIDER: "bedrock", AWS_ACCESS_KEY_ID: "AKIA", AWS_SECRET_ACCESS_KEY: "s" })).toThrow(
      /EXTRACTION_MODEL/,
    );
    expect(() => parseConfig({ EXTRACTION_PROVIDER: "gemini" })).toThrow(/EXTRACTION_PROVIDER/);
  });

  it("has a timeout and retries", () => {
    expect(parseConfig({})).toMatchObject({ EXTRACTION_TIMEOUT_MS: 60_000, EXTRACTION_MAX_RETRIES: 2, AWS_REGION: "us-east-1" });
    expect(parseConfig({ EXTRACTION_TIMEOUT_MS: "15000", EXTRACTION_MAX_RETRIES: "0" })).toMatchObject({
      EXTRACTION_TIMEOUT_MS: 15_000,
      EXTRACTION_MAX_RETRIES: 0,
    });
  });
});
