import "server-only";
import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { documents, fieldValues } from "@/db/schema";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, parseHeadline } from "./parse-headline";
import type { TSearchHit, TSearchIndex, TSearchOptions } from "./types";

// Up to two passages around the matches, delimited by our own markers (see parse-headline.ts).
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MaxWords=30, MinWords=12`;
const MARKERS = `${HIGHLIGHT_START}${HIGHLIGHT_STOP}`;

/**
 * Postgres full-text search, the `simple` configuration (no stemming, no stop words: invoice numbers,
 * names and other languages match as written). A document matches when its name and text
 * (`documents.search_vector`, GIN-indexed) match the query, or when one of its extracted field values
 * does (`field_values_search_idx`): a corrected invoice number may not be in the page text at all.
 * Rank is ts_rank over the name, text and field values together; ties newest first.
 */
export function createPostgresSearchIndex(getDatabase: () => Promise<Database>): TSearchIndex {
  return {
    async search(options) {
      const db = await getDatabase();
      const ranked = await findRankedIds(db, options);
      const hasMore = ranked.length > options.limit;
      const page = ranked.slice(0, options.limit);
      if (page.length === 0) return { hits: [], hasMore: false };
      const details = await findHitDetails(
        db,
        page.map((row) => row.id),
        options.query,
      );
      const byId = new Map(details.map((row) => [row.id, row]));
      const hits: TSearchHit[] = [];
      for (const { id, rank } of page) {
        const row = byId.get(id);
        // Deleted between the two queries: leave it out rather than fail the search.
        if (!row) continue;
        const fromText = row.textHeadline ? parseHeadline(row.textHeadline) : undefined;
        const fromFields = row.fieldHeadline ? parseHeadline(row.fieldHeadline) : undefined;
        // The text's passages when the words are in it, else the matching field values ("Invoice Number: …").
        const snippet = fromText?.highlights.length ? fromText : (fromFields ?? fromText ?? { text: "", highlights: [] });
        hits.push({
          documentId: row.id,
          name: row.name,
          status: row.status,
          schemaId: row.schemaId,
          createdAt: row.createdAt,
          rank: Math.round(rank * 1e6) / 1e6,
          snippet: snippet.text,
          highlights: snippet.highlights,
        });
      }
      return { hits, hasMore };
    },
  };
}

function toTsQuery(query: string): SQL {
  return sql`websearch_to_tsquery('simple', ${query})`;
}

/**
 * One page of matching document ids (plus one, to know whether there is more), best first.
 * Candidates come from the two GIN indexes: documents whose name and text match the query, and
 * documents with a field value that matches it. Each candidate is then checked and ranked against
 * its name, text and field values together, so `-word` excludes a document that has the word in
 * any of them. (Words split between the text and a field, with none of the sources matching on its
 * own, are not found: finding them would mean scanning every document of the environment.)
 */
async function findRankedIds(db: Database, options: TSearchOptions) {
  const tsQuery = toTsQuery(options.query);
  // Must stay the exact expression of field_values_search_idx, or the index isn't used.
  const fieldVector = sql`to_tsvector('simple', coalesce(${fieldValues.value}, ''))`;
  const inEnvironment = and(eq(documents.orgId, options.orgId), eq(documents.env, options.env));
  const candidates = db.$with("candidates").as(
    union(
      db
        .select({ documentId: documents.id })
        .from(documents)
        .where(and(inEnvironment, sql`${documents.searchVector} @@ ${tsQuery}`)),
      db
        .select({ documentId: fieldValues.documentId })
        .from(fieldValues)
        .innerJoin(documents, eq(documents.id, fieldValues.documentId))
        .where(and(inEnvironment, sql`${fieldVector} @@ ${tsQuery}`)),
    ),
  );
  const fieldsText = sql`(select string_agg(${fieldValues.value}, ' ' order by ${fieldValues.position}) from ${fieldValues} where ${fieldValues.documentId} = ${documents.id})`;
  const scored = db.$with("scored").as(
    db
      .with(candidates)
      .select({
        id: documents.id,
        createdAt: documents.createdAt,
        vector: sql<string>`${documents.searchVector} || to_tsvector('simple', coalesce(${fieldsText}, ''))`.as("vector"),
      })
      .from(candidates)
      .innerJoin(documents, eq(documents.id, candidates.documentId)),
  );
  const rank = sql<number>`ts_rank(${scored.vector}, ${tsQuery})`;
  return db
    .with(scored)
    .select({ id: scored.id, rank: rank.mapWith(Number) })
    .from(scored)
    .where(sql`${scored.vector} @@ ${tsQuery}`)
    .orderBy(desc(rank), desc(scored.createdAt), desc(scored.id))
    .limit(options.limit + 1)
    .offset(options.offset);
}

/** The page's documents with their highlighted passages; ts_headline is costly, so only for this page. */
async function findHitDetails(db: Database, ids: string[], query: string) {
  const tsQuery = toTsQuery(query);
  return db
    .select({
      id: documents.id,
      name: documents.name,
      status: documents.status,
      schemaId: documents.schemaId,
      createdAt: documents.createdAt,
      textHeadline: sql<
        string | null
      >`ts_headline('simple', translate(${documents.fullText}, ${MARKERS}, ''), ${tsQuery}, ${HEADLINE_OPTIONS})`,
      fieldHeadline: sql<string | null>`(
        select ts_headline('simple', string_agg(translate(fv.field_name || ': ' || fv.value, ${MARKERS}, ''), ' · ' order by fv.position), ${tsQuery}, ${HEADLINE_OPTIONS})
        from ${fieldValues} fv
        where fv.document_id = "documents"."id" and to_tsvector('simple', coalesce(fv.value, '')) @@ ${tsQuery}
      )`,
    })
    .from(documents)
    .where(inArray(documents.id, ids));
}
