"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TDocumentListResponse, TDocumentResponse } from "@/lib/validation/documents";
import { apiFetch } from "./api-fetch";
import { queryKeys } from "./query-keys";

const isActive = (status: string) => status === "queued" || status === "processing";

/** Polls every 2 s while any listed document is still being processed, so progress moves on screen. */
export function useDocuments(filters: { status?: string; schemaId?: string }) {
  const params = new URLSearchParams({ limit: "100" });
  if (filters.status) params.set("status", filters.status);
  if (filters.schemaId) params.set("schema_id", filters.schemaId);
  return useQuery({
    queryKey: [...queryKeys.documents(), filters],
    queryFn: () => apiFetch<TDocumentListResponse>(`/api/v1/documents?${params}`),
    refetchInterval: (query) => (query.state.data?.data.some((document) => isActive(document.status)) ? 2000 : false),
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: queryKeys.document(id),
    queryFn: () => apiFetch<TDocumentResponse>(`/api/v1/documents/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? 1500 : false),
  });
}

export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; schemaId: string }) => {
      const form = new FormData();
      form.append("file", input.file);
      form.append("schema_id", input.schemaId);
      return apiFetch<{ document_id: string; job_id: string }>("/api/v1/documents/upload", { method: "POST", body: form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents() }),
  });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<{ id: string }>(`/api/v1/documents/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents() }),
  });
}

export function useCorrectField(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fieldKey: string; value: string | null }) =>
      apiFetch<{ learned_alias: string | null }>(
        `/api/v1/documents/${encodeURIComponent(documentId)}/fields/${encodeURIComponent(input.fieldKey)}`,
        {
          method: "PATCH",
          json: { value: input.value },
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.document(documentId) }),
  });
}
