import "server-only";
import { getDb } from "@/lib/db";
import { createPostgresSearchIndex } from "./postgres-search-index";
import type { TSearchIndex } from "./types";

let searchIndex: TSearchIndex | undefined;

/**
 * The search adapter. Postgres full-text search, always, for now: the OpenSearch adapter
 * (opensearch-search-index.ts) only reads, and nothing writes documents to OpenSearch yet.
 */
export function getSearchIndex(): TSearchIndex {
  searchIndex ??= createPostgresSearchIndex(getDb);
  return searchIndex;
}
