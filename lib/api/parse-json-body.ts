import { ApiError } from "./errors";

const MAX_JSON_BODY_BYTES = 1_000_000;

/** Reads a JSON body; malformed or oversized JSON is the client's mistake (400/413), never a 500. */
export async function parseJsonBody(request: Request): Promise<unknown> {
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (declaredLength > MAX_JSON_BODY_BYTES) {
    throw new ApiError({ code: "payload_too_large", message: `JSON bodies are limited to ${MAX_JSON_BODY_BYTES} bytes.` });
  }
  const text = await request.text();
  if (text.length > MAX_JSON_BODY_BYTES) {
    throw new ApiError({ code: "payload_too_large", message: `JSON bodies are limited to ${MAX_JSON_BODY_BYTES} bytes.` });
  }
  if (!text.trim()) {
    throw new ApiError({ code: "bad_request", message: "The request body is empty; send a JSON object." });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ code: "bad_request", message: "The request body is not valid JSON." });
  }
}
