import type { TSearchHighlight } from "@/lib/validation/search";

/**
 * The search port. Adapters: Postgres full-text search (`postgres-search-index.ts`, the embedded
 * default and what runs today) and OpenSearch (the production adapter; see README "Search").
 */
export type TSearchIndex = {
  /** The environment's documents matching `query`, best first; at most `limit` hits after skipping `offset`. */
  search: (options: TSearchOptions) => Promise<TSearchPage>;
};

export type TSearchOptions = {
  orgId: string;
  env: "live" | "test";
  /** Web-search syntax: words (all must match), "quoted phrases", `or`, and `-word` to exclude. */
  query: string;
  limit: number;
  offset: number;
};

export type TSearchHit = {
  documentId: string;
  name: string;
  status: "queued" | "processing" | "completed" | "failed";
  schemaId: string;
  createdAt: Date;
  rank: number;
  /** Plain text; `highlights` say which code-point ranges matched. */
  snippet: string;
  highlights: TSearchHighlight[];
};

export type TSearchPage = { hits: TSearchHit[]; hasMore: boolean };
