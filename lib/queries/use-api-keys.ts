"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TApiKeyResponse, TCreateApiKeyRequest, TCreatedApiKeyResponse } from "@/lib/validation/api-keys";
import { apiFetch } from "./api-fetch";
import { queryKeys } from "./query-keys";

export function useApiKeys() {
  return useQuery({
    queryKey: queryKeys.apiKeys(),
    queryFn: () => apiFetch<{ data: TApiKeyResponse[] }>("/api/v1/api-keys").then((page) => page.data),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateApiKeyRequest) => apiFetch<TCreatedApiKeyResponse>("/api/v1/api-keys", { method: "POST", json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys() }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<TApiKeyResponse>(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys() }),
  });
}
