import type { ZodError } from "zod";

export type TFieldErrors = Record<string, string[]>;

/** Field path → messages, e.g. `{"fields.1.key": ["Duplicate key …"]}`: the API's `errors` member and the forms' error map. */
export function fieldErrorsFromZod(error: ZodError): TFieldErrors {
  const errors: TFieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    errors[path] ??= [];
    errors[path].push(issue.message);
  }
  return errors;
}
