import "server-only";
import type { TSearchQuery, TSearchResponse } from "@/lib/validation/search";
import { getSearchIndex } from "./get-search-index";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor";

/** Full-text search over the environment's documents (name, text and extracted field values), best match first. */
export async function searchDocuments(options: TSearchQuery & { orgId: string; env: "live" | "test" }): Promise<TSearchResponse> {
  const offset = options.starting_after ? decodeSearchCursor(options.starting_after, options.q) : 0;
  const page = await getSearchIndex().search({ orgId: options.orgId, env: options.env, query: options.q, limit: options.limit, offset });
  return {
    data: page.hits.map((hit) => ({
      document_id: hit.documentId,
      name: hit.name,
      status: hit.status,
      schema_id: hit.schemaId,
      created_at: hit.createdAt.toISOString(),
      rank: hit.rank,
      snippet: hit.snippet,
      highlights: hit.highlights,
    })),
    has_more: page.hasMore,
    // The next offset counts the rows skipped on this page too, so a vanished row doesn't repeat one.
    next_cursor: page.hasMore ? encodeSearchCursor({ offset: offset + options.limit, query: options.q }) : null,
  };
}
