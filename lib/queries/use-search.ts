"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { TSearchResponse } from "@/lib/validation/search";
import { apiFetch } from "./api-fetch";
import { queryKeys } from "./query-keys";

/** Search results for `q` (nothing is fetched for an empty query), one page of 20 at a time. */
export function useSearch(q: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.search(q),
    enabled: q.length > 0,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ q, limit: "20" });
      if (pageParam) params.set("starting_after", pageParam);
      return apiFetch<TSearchResponse>(`/api/v1/search?${params}`);
    },
    getNextPageParam: (page) => page.next_cursor,
  });
}
