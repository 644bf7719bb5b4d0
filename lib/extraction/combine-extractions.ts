// Combines what the AI extractor and the offline one read, field by field. Two independent readers
// agreeing is strong evidence; disagreeing is a reason for a person to look (lower confidence).

import { comparableText } from "./normalize-text";
import type { TExtractedField } from "./types";

export const MAX_COMBINED_CONFIDENCE = 0.99;
/** Added to the better confidence when both readers found the same value. */
export const AGREEMENT_BONUS = 0.1;
/** Kept of the offline confidence when the AI read the whole page and found no value. */
export const UNCONFIRMED_FACTOR = 0.8;

/**
 * One field per offline result (schema order). `ai` undefined means the AI extractor failed:
 * the offline result stands alone.
 */
export function combineExtractions(offline: TExtractedField[], ai: TExtractedField[] | undefined): TExtractedField[] {
  if (!ai) return offline;
  const byKey = new Map(ai.map((field) => [field.key, field]));
  return offline.map((field) => {
    const other = byKey.get(field.key);
    return other ? combineField(other, field) : field;
  });
}

function combineField(ai: TExtractedField, offline: TExtractedField): TExtractedField {
  const hasAi = ai.value !== null;
  const hasOffline = offline.value !== null;
  if (!hasAi && !hasOffline) return offline;
  if (!hasOffline) return ai;
  if (!hasAi) return { ...offline, confidence: round(offline.confidence * UNCONFIRMED_FACTOR) };
  if (isSameValue(ai.normalizedValue, offline.normalizedValue)) {
    const confidence = round(Math.min(MAX_COMBINED_CONFIDENCE, Math.max(ai.confidence, offline.confidence) + AGREEMENT_BONUS));
    // The AI's reading, placed where the offline reader found it if the AI couldn't place it.
    const placed = ai.wasInferred && !offline.wasInferred ? { wasInferred: false, page: offline.page, bbox: offline.bbox } : {};
    return { ...ai, ...placed, confidence };
  }
  const winner = prefer(ai, offline);
  const loser = winner === ai ? offline : ai;
  // The surer the other reader was of its different value, the less we trust the winner.
  return { ...winner, confidence: round(winner.confidence * (1 - 0.5 * loser.confidence)) };
}

/** A value printed on the page beats an inferred one; then the higher confidence; the AI on a tie. */
function prefer(ai: TExtractedField, offline: TExtractedField): TExtractedField {
  if (ai.wasInferred !== offline.wasInferred) return ai.wasInferred ? offline : ai;
  return offline.confidence > ai.confidence ? offline : ai;
}

export function isSameValue(a: TExtractedField["normalizedValue"], b: TExtractedField["normalizedValue"]): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 0.005;
  if (typeof a === "string" && typeof b === "string") return comparableText(a) === comparableText(b);
  return a === b;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
