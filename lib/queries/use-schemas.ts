"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  TCreateSchemaRequest,
  TSchemaDetailResponse,
  TSchemaListResponse,
  TSchemaResponse,
  TUpdateSchemaRequest,
} from "@/lib/validation/schemas";
import { apiFetch } from "./api-fetch";
import { queryKeys } from "./query-keys";

export function useSchemas(options: { includeArchived: boolean }) {
  return useQuery({
    queryKey: [...queryKeys.schemas(), { includeArchived: options.includeArchived }],
    queryFn: () => apiFetch<TSchemaListResponse>(`/api/v1/schemas?limit=100&include_archived=${options.includeArchived}`),
  });
}

export function useSchema(id: string) {
  return useQuery({
    queryKey: queryKeys.schema(id),
    queryFn: () => apiFetch<TSchemaDetailResponse>(`/api/v1/schemas/${encodeURIComponent(id)}`),
  });
}

export function useCreateSchema() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateSchemaRequest) => apiFetch<TSchemaResponse>("/api/v1/schemas", { method: "POST", json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.schemas() }),
  });
}

export function useUpdateSchema(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateSchemaRequest) =>
      apiFetch<TSchemaDetailResponse>(`/api/v1/schemas/${encodeURIComponent(id)}`, { method: "PATCH", json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.schemas() }),
  });
}

export function useArchiveSchema(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<TSchemaDetailResponse>(`/api/v1/schemas/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.schemas() }),
  });
}
