import type { TStoredField } from "@/db/schema";
import { parseBoolean, parseEnum } from "./parse-choice";
import { parseEmail, parsePhone } from "./parse-contact";
import { parseDate } from "./parse-date";
import { parseNumber } from "./parse-number";

/**
 * A value as printed → its typed form (ISO date, number, boolean, canonical enum option…), or
 * undefined when the text isn't a value of the field's type. Used for corrections typed by people.
 */
export function normalizeFieldValue(field: Pick<TStoredField, "type" | "options">, text: string): string | number | boolean | undefined {
  const trimmed = text.trim();
  switch (field.type) {
    case "date":
      return parseDate(trimmed)?.iso;
    case "number":
      return parseNumber(trimmed)?.value;
    case "boolean":
      return parseBoolean(trimmed) ?? undefined;
    case "enum":
      return parseEnum(trimmed, field.options ?? []) ?? undefined;
    case "email":
      return parseEmail(trimmed) ?? undefined;
    case "phone":
      return parsePhone(trimmed) ?? undefined;
    default:
      return trimmed || undefined;
  }
}
