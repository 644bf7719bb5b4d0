import "server-only";
import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import { getConfig, type TConfig } from "@/lib/config";

/** The language model the AI extractor uses, from the configuration; undefined when none is configured. */
export function getExtractionModel(config: TConfig = getConfig()): LanguageModel | undefined {
  const choice = config.extractionModel;
  if (!choice) return undefined;
  switch (choice.provider) {
    case "openai":
      return createOpenAI({ apiKey: config.OPENAI_API_KEY })(choice.modelId);
    case "anthropic":
      return createAnthropic({ apiKey: config.ANTHROPIC_API_KEY })(choice.modelId);
    case "bedrock":
      return createAmazonBedrock({
        region: config.AWS_REGION,
        accessKeyId: config.AWS_ACCESS_KEY_ID,
        secretAccessKey: config.AWS_SECRET_ACCESS_KEY,
        sessionToken: config.AWS_SESSION_TOKEN,
      })(choice.modelId);
    case "openai-compatible":
      return createOpenAICompatible({
        name: "extraction",
        baseURL: config.EXTRACTION_BASE_URL!,
        apiKey: config.EXTRACTION_API_KEY,
        // Sends the fields' JSON schema (response_format json_schema), which Ollama ≥ 0.5, vLLM and LM Studio enforce.
        supportsStructuredOutputs: true,
      })(choice.modelId);
  }
}
