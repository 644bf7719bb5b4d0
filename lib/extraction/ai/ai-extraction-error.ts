/** Why an AI extraction produced nothing usable. */
export type TAiExtractionFailure = "timeout" | "refusal" | "invalid_output" | "call_failed";

/**
 * The AI extractor failed as a whole (after the SDK's retries): the caller keeps the offline
 * result. A value the model got wrong for one field is no error; it comes back as null.
 */
export class AiExtractionError extends Error {
  constructor(
    readonly reason: TAiExtractionFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AiExtractionError";
  }
}
