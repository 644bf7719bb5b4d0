import "server-only";
import { z } from "zod";
import { DOCUMENT_STATUSES } from "@/lib/validation/documents";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, parseHeadline } from "./parse-headline";
import type { TSearchIndex, TSearchOptions } from "./types";

/**
 * OpenSearch, the production search adapter (search side only). It reads an index whose documents
 * look like `TOpenSearchDocument`; writing them (the pipeline's index step, corrections, deletions)
 * and selecting this adapter from configuration are not built yet, so `getSearchIndex()` doesn't
 * return it. Tested against recorded responses of a real cluster (opensearch-search-index.test.ts).
 */
export type TOpenSearchDocument = {
  document_id: string;
  org_id: string;
  env: "live" | "test";
  name: string;
  status: (typeof DOCUMENT_STATUSES)[number];
  schema_id: string;
  created_at: string;
  full_text: string;
  field_values: { key: string; name: string; value: string }[];
};

export type TOpenSearchOptions = {
  /** Cluster URL; credentials in it (`https://user:password@host`) are sent as Basic auth. */
  url: string;
  index: string;
  fetch?: typeof fetch;
};

// OpenSearch refuses from + size beyond index.max_result_window (10,000 by default).
export const MAX_OPENSEARCH_WINDOW = 10_000;

const ZHit = z.object({
  _id: z.string(),
  _score: z.number().nullable(),
  _source: z.object({
    document_id: z.string(),
    name: z.string(),
    status: z.enum(DOCUMENT_STATUSES),
    schema_id: z.string(),
    created_at: z.string(),
  }),
  highlight: z.record(z.string(), z.array(z.string())).optional(),
});
const ZSearchResponse = z.object({ hits: z.object({ hits: z.array(ZHit) }) });
const ZErrorResponse = z.object({ error: z.object({ type: z.string(), reason: z.string().optional() }) });

export function createOpenSearchSearchIndex(options: TOpenSearchOptions): TSearchIndex {
  const url = new URL(options.url);
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  // fetch refuses URLs with credentials in them.
  if (url.username || url.password) {
    headers.Authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  const searchUrl = new URL(`${url.pathname.replace(/\/$/, "")}/${encodeURIComponent(options.index)}/_search`, url);
  const doFetch = options.fetch ?? fetch;
  return {
    async search(searchOptions) {
      if (searchOptions.offset + searchOptions.limit + 1 > MAX_OPENSEARCH_WINDOW) return { hits: [], hasMore: false };
      const response = await doFetch(searchUrl, {
        method: "POST",
        headers,
        body: JSON.stringify(buildOpenSearchQuery(searchOptions)),
        signal: AbortSignal.timeout(10_000),
      });
      const body: unknown = await response.json();
      if (!response.ok) {
        const error = ZErrorResponse.safeParse(body);
        const reason = error.success ? `${error.data.error.type}: ${error.data.error.reason ?? ""}` : JSON.stringify(body).slice(0, 200);
        throw new Error(`OpenSearch search failed (${response.status}): ${reason}`);
      }
      return parseOpenSearchResponse(body, searchOptions.limit);
    },
  };
}

/** The `_search` body: the environment's documents, all words required, best first, ties newest first. */
export function buildOpenSearchQuery(options: TSearchOptions) {
  return {
    from: options.offset,
    size: options.limit + 1,
    track_total_hits: false,
    _source: ["document_id", "name", "status", "schema_id", "created_at"],
    query: {
      bool: {
        filter: [{ term: { org_id: options.orgId } }, { term: { env: options.env } }],
        must: [
          {
            simple_query_string: {
              query: toSimpleQueryString(options.query),
              fields: ["name", "full_text", "field_values.value"],
              default_operator: "and",
              flags: "AND|OR|NOT|PHRASE|WHITESPACE",
            },
          },
        ],
      },
    },
    sort: [{ _score: "desc" }, { created_at: "desc" }, { document_id: "desc" }],
    highlight: {
      pre_tags: [HIGHLIGHT_START],
      post_tags: [HIGHLIGHT_STOP],
      fields: { full_text: { number_of_fragments: 2, fragment_size: 160 }, "field_values.value": { number_of_fragments: 0 } },
    },
  };
}

/**
 * The API's web-search syntax in simple_query_string's: words, "phrases" and -word are the same;
 * `or` between words becomes `|`.
 */
export function toSimpleQueryString(query: string): string {
  return query
    .split(/("[^"]*")/)
    .map((part, position) => (position % 2 === 1 ? part : part.replace(/(^|\s)or(?=\s|$)/gi, "$1|")))
    .join("");
}

export function parseOpenSearchResponse(body: unknown, limit: number) {
  const parsed = ZSearchResponse.safeParse(body);
  if (!parsed.success) throw new Error(`Unexpected OpenSearch response: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const hits = parsed.data.hits.hits;
  return {
    hasMore: hits.length > limit,
    hits: hits.slice(0, limit).map((hit) => {
      const text = hit.highlight?.full_text;
      const fields = hit.highlight?.["field_values.value"];
      const snippet = parseHeadline(text?.length ? text.join(" … ") : (fields ?? []).join(" · "));
      return {
        documentId: hit._source.document_id,
        name: hit._source.name,
        status: hit._source.status,
        schemaId: hit._source.schema_id,
        createdAt: new Date(hit._source.created_at),
        // _score is null when a sort doesn't score; ours always sorts on _score first.
        rank: Math.round((hit._score ?? 0) * 1e6) / 1e6,
        snippet: snippet.text,
        highlights: snippet.highlights,
      };
    }),
  };
}
