// Emails and phone numbers, which OCR often splits or pads with punctuation.

import { parseDate } from "./parse-date";

const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export function parseEmail(text: string): string | null {
  const candidate = text
    .trim()
    .replace(/^(?:e-?mail|mailto)\s*:?\s*/i, "")
    .replace(/^[<(:\s]+|[>),;.\s]+$/g, "");
  return EMAIL.test(candidate) ? candidate.toLowerCase() : null;
}

/** Digits with an optional leading +; 7 to 15 digits (E.164 allows 15); not a date. */
export function parsePhone(text: string): string | null {
  const candidate = text.trim().replace(/[.,;]+$/, "");
  if (!/^\+?[\d\s()./-]+$/.test(candidate) || parseDate(candidate)) return null;
  const digits = candidate.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  return candidate.startsWith("+") ? `+${digits}` : digits;
}
