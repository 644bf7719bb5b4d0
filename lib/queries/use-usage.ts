"use client";

import { useQuery } from "@tanstack/react-query";
import type { TUsageResponse } from "@/lib/validation/usage";
import { apiFetch } from "./api-fetch";
import { queryKeys } from "./query-keys";

export function useUsage(period: { from: string; to: string }) {
  return useQuery({
    queryKey: queryKeys.usage(period),
    queryFn: () => apiFetch<TUsageResponse>(`/api/v1/usage?${new URLSearchParams(period)}`),
  });
}
