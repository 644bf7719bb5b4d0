import { z } from "zod";
import { DOCUMENT_STATUSES } from "./documents";

export const MAX_SEARCH_QUERY_LENGTH = 500;
export const MAX_SEARCH_LIMIT = 100;

export const ZSearchQuery = z.object({
  q: z
    .string({ error: "q is required: the words to search for." })
    .trim()
    .min(1, "q is required: the words to search for.")
    .max(MAX_SEARCH_QUERY_LENGTH, `q is longer than ${MAX_SEARCH_QUERY_LENGTH} characters.`),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).default(20),
  starting_after: z.string().max(200).optional(),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

/** A highlighted match in `snippet`: [start, end) in Unicode code points (not bytes, not UTF-16 units). */
export const ZSearchHighlight = z.object({ start: z.number().int(), end: z.number().int() });
export type TSearchHighlight = z.infer<typeof ZSearchHighlight>;

export const ZSearchResult = z.object({
  document_id: z.string(),
  name: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  schema_id: z.string(),
  created_at: z.string(),
  rank: z.number(),
  /** Plain text (never HTML): up to two passages of the document's text, or its matching field values. */
  snippet: z.string(),
  highlights: z.array(ZSearchHighlight),
});
export type TSearchResult = z.infer<typeof ZSearchResult>;

export const ZSearchResponse = z.object({
  data: z.array(ZSearchResult),
  has_more: z.boolean(),
  next_cursor: z.string().nullable(),
});
export type TSearchResponse = z.infer<typeof ZSearchResponse>;
