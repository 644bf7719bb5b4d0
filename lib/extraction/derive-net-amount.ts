// Invoices that print no net total still print the gross total and the tax: the net amount is their
// difference. It is derived, not read, so it is reported as inferred and a little less sure than either.

import type { TExtractedField } from "./types";

const DERIVED_CONFIDENCE_FACTOR = 0.8;

export function deriveNetAmount(key: string, total: TExtractedField, tax: TExtractedField): TExtractedField | null {
  const [gross, vat] = [total.normalizedValue, tax.normalizedValue];
  if (typeof gross !== "number" || typeof vat !== "number" || vat < 0 || vat >= gross) return null;
  const net = Math.round((gross - vat) * 100) / 100;
  return {
    key,
    value: net.toFixed(2),
    normalizedValue: net,
    confidence: Math.round(Math.min(total.confidence, tax.confidence) * DERIVED_CONFIDENCE_FACTOR * 1000) / 1000,
    wasInferred: true,
    page: total.page,
    bbox: null,
  };
}
