import type { TStoredField } from "@/db/schema";
import type { TBox, TPageLayout } from "@/lib/layout/types";

export type TExtractedField = {
  key: string;
  /** The value as printed on the page (or as inferred), null when not found. */
  value: string | null;
  /** Typed: ISO date (YYYY-MM-DD) for dates, a number for numbers, boolean for booleans, else the cleaned string. */
  normalizedValue: string | number | boolean | null;
  /** 0..1. */
  confidence: number;
  /** False when the value is printed on the page; true when derived or guessed. */
  wasInferred: boolean;
  page: number | null;
  bbox: TBox | null;
  /** Which reader produced the value (default "layout"). */
  source?: "layout" | "einvoice" | "ai";
};

export type TExtractionInput = { fields: TStoredField[]; pages: TPageLayout[] };

/** Extractors are interchangeable: the offline one, an AI one, or both combined. */
export type TExtractor = (input: TExtractionInput) => Promise<TExtractedField[]>;
