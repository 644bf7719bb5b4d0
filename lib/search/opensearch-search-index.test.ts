import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenSearchQuery, createOpenSearchSearchIndex, parseOpenSearchResponse, toSimpleQueryString } from "./opensearch-search-index";
import { HIGHLIGHT_STOP as E, HIGHLIGHT_START as S } from "./parse-headline";

// Recorded `_msearch` responses of a real OpenSearch cluster (its sample flights data), copied from the
// team's shared fixtures; each item of `responses` is a `_search` response body plus `status`.
// None of them has a `highlight` member: its shape here is taken from OpenSearch's documentation
// (https://docs.opensearch.org/3.9/search-plugins/searching-data/highlight/: `"highlight": {"<field>": ["…<em>life</em>…"]}`),
// with our pre/post tags in place of <em>.
const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/opensearch");
const recorded = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")).responses[0];

/** The recorded response with DocuStack documents in place of the flights; everything else as recorded. */
function asDocuStackResponse(response: { hits: { hits: Record<string, unknown>[] } }) {
  return {
    ...response,
    hits: {
      ...response.hits,
      hits: response.hits.hits.map((hit, position) => ({
        ...hit,
        _source: {
          document_id: `doc${position}`,
          name: `invoice-${position}.pdf`,
          status: "completed",
          schema_id: "sch_1",
          created_at: "2026-03-01T10:00:00.000Z",
        },
        ...(position === 0 ? { highlight: { full_text: [`Vendor: ${S}Zyxquorp${E} Ltd`, `Thanks, ${S}Zyxquorp${E}`] } } : {}),
        ...(position === 1 ? { highlight: { "field_values.value": [`${S}QK${E}-${S}55821${E}`] } } : {}),
      })),
    },
  };
}

describe("OpenSearch search adapter, on recorded responses", () => {
  it("reads a real response's hits (null _score when unsorted by score, sort and fields members) and pages by limit + 1", () => {
    const response = recorded("msearch.raw-document.flights.json");
    expect(response.hits.hits).toHaveLength(20);
    expect(response.hits.hits[0]._score).toBeNull();
    const page = parseOpenSearchResponse(asDocuStackResponse(response), 19);
    expect(page.hasMore).toBe(true);
    expect(page.hits).toHaveLength(19);
    expect(page.hits[0]).toEqual({
      documentId: "doc0",
      name: "invoice-0.pdf",
      status: "completed",
      schemaId: "sch_1",
      createdAt: new Date("2026-03-01T10:00:00.000Z"),
      rank: 0,
      snippet: "Vendor: Zyxquorp Ltd … Thanks, Zyxquorp",
      highlights: [
        { start: 8, end: 16 },
        { start: 31, end: 39 },
      ],
    });
    expect(page.hits[1]).toMatchObject({ snippet: "QK-55821", highlights: [{ start: 0, end: 8 }] });
    expect(page.hits[2]).toMatchObject({ snippet: "", highlights: [] });
    expect(parseOpenSearchResponse(asDocuStackResponse(response), 20).hasMore).toBe(false);
  });

  it("reads scores, and ignores members it doesn't use (aggregations)", () => {
    const response = recorded("msearch.max-by-terms-agg.flights.json");
    expect(response.aggregations).toBeDefined();
    const page = parseOpenSearchResponse(asDocuStackResponse(response), 50);
    expect(page.hits.map((hit) => hit.rank)).toEqual(response.hits.hits.map((hit: { _score: number }) => hit._score));
  });

  it("refuses hits that aren't DocuStack documents", () => {
    expect(() => parseOpenSearchResponse(recorded("msearch.raw-data.flights.json"), 20)).toThrow(/Unexpected OpenSearch response/);
  });

  it("posts the query to the index's _search with Basic auth from the URL, and returns the page", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const index = createOpenSearchSearchIndex({
      url: "https://search:s3cret@opensearch.example:9200/",
      index: "documents",
      fetch: async (input, init) => {
        calls.push({ url: String(input), init: init ?? {} });
        return Response.json(asDocuStackResponse(recorded("msearch.raw-document.flights.json")));
      },
    });
    const page = await index.search({ orgId: "org_1", env: "test", query: "zyxquorp", limit: 5, offset: 10 });
    expect(page.hits).toHaveLength(5);
    expect(page.hasMore).toBe(true);
    expect(calls[0].url).toBe("https://opensearch.example:9200/documents/_search");
    expect(calls[0].init.method).toBe("POST");
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBe(
      `Basic ${Buffer.from("search:s3cret").toString("base64")}`,
    );
    expect(JSON.parse(String(calls[0].init.body))).toMatchObject({ from: 10, size: 6 });
  });

  it("reports an error response with its type and reason", async () => {
    const index = createOpenSearchSearchIndex({
      url: "http://localhost:9200",
      index: "documents",
      fetch: async () =>
        Response.json({ error: { type: "index_not_found_exception", reason: "no such index [documents]" }, status: 404 }, { status: 404 }),
    });
    await expect(index.search({ orgId: "org_1", env: "test", query: "x", limit: 5, offset: 0 })).rejects.toThrow(
      "OpenSearch search failed (404): index_not_found_exception: no such index [documents]",
    );
  });
});

describe("OpenSearch query", () => {
  it("filters to the organization and environment, requires every word, sorts by score then newest", () => {
    const body = buildOpenSearchQuery({ orgId: "org_1", env: "live", query: "acme or zyx", limit: 20, offset: 40 });
    expect(body.from).toBe(40);
    expect(body.size).toBe(21);
    expect(body.query.bool.filter).toEqual([{ term: { org_id: "org_1" } }, { term: { env: "live" } }]);
    expect(body.query.bool.must[0].simple_query_string).toMatchObject({ query: "acme | zyx", default_operator: "and" });
    expect(body.sort).toEqual([{ _score: "desc" }, { created_at: "desc" }, { document_id: "desc" }]);
    expect(body.highlight.pre_tags).toEqual([S]);
  });

  it("translates web-search syntax", () => {
    expect(toSimpleQueryString('acme OR "north or south" -draft or x')).toBe('acme | "north or south" -draft | x');
    expect(toSimpleQueryString("oregon orders")).toBe("oregon orders");
  });
});
