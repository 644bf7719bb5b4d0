// The printed labels we look for for one field, strongest first: the schema author's aliases,
// then the field's own name and key, then the concept's synonyms.

import type { TStoredField } from "@/db/schema";
import type { TConcept } from "./field-concepts";
import { tokenize } from "./normalize-text";
import { translateFieldName } from "./translate-field-name";

export type TFieldLabel = { tokens: string[]; strength: number };

export const LABEL_STRENGTH = {
  alias: 1,
  name: 0.95,
  headNoun: 0.9,
  synonym: 0.85,
  reversedName: 0.8,
  translatedName: 0.8,
  relatedSynonym: 0.6,
  weakSynonym: 0.4,
} as const;

const MIN_GLUED_LENGTH = 5;
const MIN_GLUED_THREE = 12;
const MIN_GLUED_PAIR = 8;
const GLUED_FACTOR = 0.95;

// "Vendor Name" is printed as "Vendor:", "Customer Name" as "Customer:".
const GENERIC_TAIL = new Set(["name"]);

export function buildFieldLabels(field: TStoredField, concept: TConcept | null): TFieldLabel[] {
  const byText = new Map<string, TFieldLabel>();
  const add = (text: string, strength: number) => {
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    // "PO Number" is also printed "P.O. #", "Order No.", "Kunden-Nr.": tokenize reads each of those markers as "no".
    if (tokens.includes("number")) add(tokens.map((token) => (token === "number" ? "no" : token)).join(" "), strength);
    const id = tokens.join(" ");
    const known = byText.get(id);
    if (!known || known.strength < strength) byText.set(id, { tokens, strength });
    // The reader drops the space inside a short label ("VATID:", "DUEDATE"): the two words glued are the label too;
    // not with a one-letter word, whose glued form is one slip from another word ("facture a" → "facturea" ~ "factura").
    // Three words glued ("ADRESSEDEFACTURATION") are long enough to be no other word.
    const glued = tokens.join("");
    const gluable =
      (tokens.length === 2 && tokens.every((token) => token.length > 1)) || (tokens.length === 3 && glued.length >= MIN_GLUED_THREE);
    if (gluable && glued.length >= MIN_GLUED_LENGTH && !byText.has(glued)) {
      byText.set(glued, { tokens: [glued], strength: strength * GLUED_FACTOR });
    }
    // Or two neighbouring words of a longer label glued ("VATregistration no.:"), long enough to be no other word.
    for (let i = 0; tokens.length >= 3 && i + 1 < tokens.length; i++) {
      const pair = tokens[i] + tokens[i + 1];
      if (tokens[i].length < 2 || tokens[i + 1].length < 2 || pair.length < MIN_GLUED_PAIR) continue;
      const variant = [...tokens.slice(0, i), pair, ...tokens.slice(i + 2)];
      if (!byText.has(variant.join(" "))) byText.set(variant.join(" "), { tokens: variant, strength: strength * GLUED_FACTOR });
    }
  };
  for (const alias of field.aliases) add(alias, LABEL_STRENGTH.alias);
  for (const text of [field.name, field.key.replace(/_/g, " ")]) {
    add(text, LABEL_STRENGTH.name);
    const tokens = tokenize(text);
    if (tokens.length > 1 && GENERIC_TAIL.has(tokens[tokens.length - 1])) {
      add(tokens.slice(0, -1).join(" "), LABEL_STRENGTH.headNoun);
    }
    // "Client Id" is printed "Id. client" where the noun comes first (French, Spanish, Italian…).
    if (tokens.length === 2) add(`${tokens[1]} ${tokens[0]}`, LABEL_STRENGTH.reversedName);
    // Concepts list their own translations; other fields' names are composed in French, Spanish, Italian, German.
    if (!concept) for (const translated of translateFieldName(tokens)) add(translated, LABEL_STRENGTH.translatedName);
  }
  for (const synonym of concept?.synonyms ?? []) add(synonym, LABEL_STRENGTH.synonym);
  for (const synonym of concept?.relatedSynonyms ?? []) add(synonym, LABEL_STRENGTH.relatedSynonym);
  for (const synonym of concept?.weakSynonyms ?? []) add(synonym, LABEL_STRENGTH.weakSynonym);
  return [...byText.values()].sort((a, b) => b.strength - a.strength);
}
