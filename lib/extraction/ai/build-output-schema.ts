import { z } from "zod";
import type { TStoredField } from "@/db/schema";

const TYPE_HINTS: Record<TStoredField["type"], string> = {
  text: "Text exactly as printed.",
  number: "A plain number: no currency symbol or thousands separators, a dot for decimals (printed 4.200,00 € → 4200).",
  date: "A date as YYYY-MM-DD.",
  boolean: "true or false (a ticked box, yes → true).",
  email: "An email address.",
  phone: "A phone number as printed.",
  enum: "One of the allowed options.",
};

const LINE_ID_HINT = "The id of the line the value is printed on (e.g. p1-l3), or null when it isn't printed.";

/**
 * The answer the model must give: for each schema field, `{ value, line_id }` with the value
 * typed by the field (string, number, boolean, or one of the enum's options) or null.
 */
export function buildOutputSchema(fields: TStoredField[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    shape[field.key] = z
      .object({
        value: valueSchema(field).nullable().describe(TYPE_HINTS[field.type]),
        line_id: z.string().nullable().describe(LINE_ID_HINT),
      })
      .describe(describeField(field));
  }
  return z.object(shape);
}

export type TAiAnswer = { value: string | number | boolean | null; line_id: string | null };

function valueSchema(field: TStoredField): z.ZodType<string | number | boolean> {
  switch (field.type) {
    case "number":
      return z.number();
    case "boolean":
      return z.boolean();
    case "enum": {
      const [first, ...rest] = field.options ?? [];
      return first === undefined ? z.string() : z.enum([first, ...rest]);
    }
    default:
      return z.string();
  }
}

/** "Invoice Number: the supplier's reference. Also printed as "Inv. No.", "Invoice #". A date as YYYY-MM-DD." */
export function describeField(field: TStoredField): string {
  const parts = [field.description ? `${field.name}: ${field.description}` : field.name];
  if (field.aliases.length > 0) parts.push(`Also printed as ${field.aliases.map((alias) => JSON.stringify(alias)).join(", ")}.`);
  if (field.type === "enum" && field.options?.length)
    parts.push(`One of ${field.options.map((option) => JSON.stringify(option)).join(", ")}.`);
  else parts.push(TYPE_HINTS[field.type]);
  return parts.map(asSentence).join(" ");
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
