import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { fieldErrorsFromZod, type TFieldErrors } from "@/lib/validation/field-errors";

export { fieldErrorsFromZod, type TFieldErrors };

const STATUS_BY_CODE = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable_entity: 422,
  rate_limit_exceeded: 429,
  internal_server_error: 500,
  service_unavailable: 503,
} as const;

export type TErrorCode = keyof typeof STATUS_BY_CODE;

export class ApiError extends Error {
  readonly code: TErrorCode;
  readonly errors?: TFieldErrors;
  readonly headers?: Record<string, string>;

  constructor(options: { code: TErrorCode; message: string; errors?: TFieldErrors; headers?: Record<string, string> }) {
    super(options.message);
    this.name = "ApiError";
    this.code = options.code;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  get status() {
    return STATUS_BY_CODE[this.code];
  }
}

/** The contract's 401 body, word for word. */
export const INVALID_API_KEY_DETAIL = "Invalid or missing API key";

export function unauthorized() {
  return new ApiError({ code: "unauthorized", message: INVALID_API_KEY_DETAIL });
}

export function notFound(resource: string) {
  return new ApiError({ code: "not_found", message: `${resource} not found.` });
}

export function describeZodError(error: ZodError): string {
  const first = error.issues[0];
  if (!first) return "The request is invalid.";
  const path = first.path.map(String).join(".");
  return path ? `${path}: ${first.message}` : first.message;
}

export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } };
  return candidate?.code === "23505" || candidate?.cause?.code === "23505";
}

export function errorResponse(error: ApiError, extraHeaders?: Headers) {
  const body: Record<string, unknown> = { detail: error.message, code: error.code };
  if (error.errors) body.errors = error.errors;
  const response = NextResponse.json(body, { status: error.status, headers: error.headers });
  extraHeaders?.forEach((value, name) => {
    response.headers.set(name, value);
  });
  return response;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) {
    return new ApiError({
      code: "unprocessable_entity",
      message: describeZodError(error),
      errors: fieldErrorsFromZod(error),
    });
  }
  if (isUniqueViolation(error)) {
    return new ApiError({ code: "conflict", message: "A resource with the same unique value already exists." });
  }
  console.error("Unhandled error in API handler", error);
  return new ApiError({ code: "internal_server_error", message: "An unexpected error occurred. Please try again." });
}

export function handleApiError(error: unknown, extraHeaders?: Headers) {
  return errorResponse(toApiError(error), extraHeaders);
}
