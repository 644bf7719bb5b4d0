import { generateText, type LanguageModel, NoObjectGeneratedError, NoOutputGeneratedError, Output } from "ai";
import type { TExtractor } from "../types";
import { AiExtractionError } from "./ai-extraction-error";
import { buildOutputSchema, type TAiAnswer } from "./build-output-schema";
import { buildPrompt, type TExtractionExample } from "./build-prompt";
import { groundAiAnswer } from "./ground-ai-answer";

export type TAiExtractorOptions = {
  model: LanguageModel;
  /** People's confirmed values from earlier documents of the schema, shown to the model as examples. */
  examples?: TExtractionExample[];
  /** For the whole call, the SDK's retries included. */
  timeoutMs: number;
  /** Retries of retryable provider errors (429, 5xx, network), with the SDK's exponential backoff. */
  maxRetries: number;
};

/**
 * An extractor that asks a language model for every field at once (structured output), then
 * grounds each answer on the page: where it is printed, with what OCR confidence, or inferred.
 * Throws AiExtractionError when the call yields no usable object (timeout, refusal, malformed output).
 */
export function createAiExtractor(options: TAiExtractorOptions): TExtractor {
  return async ({ fields, pages }) => {
    if (fields.length === 0) return [];
    const { system, prompt } = buildPrompt({ fields, pages, examples: options.examples });
    const answers = await askModel({ ...options, system, prompt, schema: buildOutputSchema(fields) });
    return fields.map((field) => groundAiAnswer(field, answers[field.key], pages));
  };
}

async function askModel(
  options: TAiExtractorOptions & { system: string; prompt: string; schema: ReturnType<typeof buildOutputSchema> },
): Promise<Record<string, TAiAnswer | undefined>> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const call = generateText({
      model: options.model,
      system: options.system,
      prompt: options.prompt,
      output: Output.object({ schema: options.schema, name: "extracted_fields" }),
      temperature: 0,
      maxRetries: options.maxRetries,
      abortSignal: signal,
    });
    const result = await untilAborted(call, signal);
    return result.output as Record<string, TAiAnswer | undefined>;
  } catch (error) {
    throw toAiExtractionError(error, signal, options.timeoutMs);
  }
}

/** Providers stop on abort; this also bounds one that doesn't (a hung connection, a custom model). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function toAiExtractionError(error: unknown, signal: AbortSignal, timeoutMs: number): AiExtractionError {
  if (error instanceof AiExtractionError) return error;
  if (signal.aborted) return new AiExtractionError("timeout", `The model did not answer within ${timeoutMs} ms`, { cause: error });
  if (NoObjectGeneratedError.isInstance(error)) {
    // Refusals come back as prose (or a content-filter stop) instead of the JSON object.
    const isRefusal = error.finishReason === "content-filter" || !error.text?.includes("{");
    return isRefusal
      ? new AiExtractionError("refusal", `The model answered without the fields: ${excerpt(error.text)}`, { cause: error })
      : new AiExtractionError("invalid_output", `The model's answer did not match the fields' schema: ${excerpt(error.text)}`, {
          cause: error,
        });
  }
  if (NoOutputGeneratedError.isInstance(error)) return new AiExtractionError("refusal", "The model gave no answer", { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new AiExtractionError("call_failed", `The model call failed: ${message}`, { cause: error });
}

function excerpt(text: string | undefined): string {
  if (!text) return "(nothing)";
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 200 ? `${flat.slice(0, 200)}…` : flat);
}
