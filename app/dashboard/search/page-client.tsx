"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { SearchResultList } from "@/components/search/search-result-list";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { useSearch } from "@/lib/queries/use-search";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/validation/search";

export function SearchPageClient({ initialQuery, env }: { initialQuery: string; env: "live" | "test" }) {
  const router = useRouter();
  const [draft, setDraft] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery.trim());
  const search = useSearch(query);
  const mode = env === "test" ? "Test" : "Live";

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = draft.trim();
    setQuery(next);
    // The query goes in the URL so a search can be reloaded, shared and gone back to.
    router.replace(next ? `/dashboard/search?q=${encodeURIComponent(next)}` : "/dashboard/search", { scroll: false });
  }

  const results = search.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <>
      <PageHeader
        title="Search"
        description={`Full-text search over the names, text and extracted field values of your ${mode} mode documents, best match first.`}
      />
      <form role="search" onSubmit={submit} className="mb-6 flex items-start gap-2">
        <Input
          label="Search documents"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={MAX_SEARCH_QUERY_LENGTH}
          placeholder='INV-2024-0042, "acme corp", -draft'
          hint='All words must match. Use "quotes" for a phrase, or between alternatives, and -word to exclude.'
          className="flex-1"
        />
        <Button type="submit" className="mt-6">
          Search
        </Button>
      </form>
      {!query ? (
        <EmptyState title="Search your documents">
          Type words from a document — a vendor, an invoice number, a phrase — to find it among your {mode} mode documents.
        </EmptyState>
      ) : search.isPending ? (
        <p className="text-sm text-slate-500">Searching…</p>
      ) : search.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Couldn't search: {search.error.message}
        </p>
      ) : results.length === 0 ? (
        <EmptyState title={`No documents match “${query}”`}>
          Nothing in {mode} mode has these words in its name, text or field values. Documents are searchable once they are processed; the
          other mode's documents are not searched.
        </EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {results.length} {results.length === 1 ? "result" : "results"}
            {search.hasNextPage ? " so far" : ""} for “{query}”
          </p>
          <SearchResultList results={results} />
          {search.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <Button variant="secondary" onClick={() => search.fetchNextPage()} disabled={search.isFetchingNextPage}>
                {search.isFetchingNextPage ? "Loading…" : "Show more results"}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
