import type { TStoredField } from "@/db/schema";
import { CONCEPTS, type TConcept } from "./field-concepts";
import { tokenize } from "./normalize-text";

/** The concept a field's key and name describe ("total_amount" → total), or null for anything else. */
export function detectConcept(field: TStoredField): TConcept | null {
  // "partner_street2", "Address line 3": the second or third of a kind, which no concept reads (each reads the first).
  const words = `${field.key.replace(/_/g, " ")} ${field.name}`.replace(/(\p{L})(\d)/gu, "$1 $2");
  const tokens = new Set(tokenize(words));
  if ([...tokens].some((token) => /^[2-9]$/.test(token))) return null;
  return (
    CONCEPTS.find(
      (concept) =>
        concept.triggers.some((trigger) => trigger.every((token) => tokens.has(token))) &&
        !concept.excludes?.some((token) => tokens.has(token)),
    ) ?? null
  );
}

/** The field's own words, from its key, name and aliases: never a sign of another concept. */
export function fieldTokens(field: TStoredField): Set<string> {
  return new Set([field.key.replace(/_/g, " "), field.name, ...field.aliases].flatMap(tokenize));
}
