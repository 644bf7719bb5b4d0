"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TCreateWebhookRequest, TUpdateWebhookRequest, TWebhookDeliveryResponse, TWebhookResponse } from "@/lib/validation/webhooks";
import { apiFetch } from "./api-fetch";
import { queryKeys } from "./query-keys";

const path = (id: string, rest = "") => `/api/v1/webhooks/${encodeURIComponent(id)}${rest}`;

export function useWebhooks() {
  return useQuery({
    queryKey: queryKeys.webhooks(),
    queryFn: () => apiFetch<{ data: TWebhookResponse[] }>("/api/v1/webhooks").then((page) => page.data),
  });
}

/** Deliveries poll every 2 s while any is still pending, so retries show up as they happen. */
export function useWebhookDeliveries(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: queryKeys.webhookDeliveries(id),
    queryFn: () => apiFetch<{ data: TWebhookDeliveryResponse[] }>(path(id, "/deliveries?limit=25")).then((page) => page.data),
    enabled: isEnabled,
    refetchInterval: (query) => (query.state.data?.some((delivery) => delivery.status === "pending") ? 2000 : false),
  });
}

function useWebhookMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks() }) });
}

export const useCreateWebhook = () =>
  useWebhookMutation((input: TCreateWebhookRequest) =>
    apiFetch<TWebhookResponse & { secret: string }>("/api/v1/webhooks", { method: "POST", json: input }),
  );
export const useUpdateWebhook = () =>
  useWebhookMutation((input: { id: string; changes: TUpdateWebhookRequest }) =>
    apiFetch<TWebhookResponse>(path(input.id), { method: "PATCH", json: input.changes }),
  );
export const useDeleteWebhook = () => useWebhookMutation((id: string) => apiFetch(path(id), { method: "DELETE" }));
export const useRotateWebhookSecret = () =>
  useWebhookMutation((id: string) => apiFetch<{ secret: string }>(path(id, "/rotate-secret"), { method: "POST" }));
export const useSendTestWebhook = () =>
  useWebhookMutation((id: string) => apiFetch<{ delivery_id: string }>(path(id, "/test"), { method: "POST" }));
export const useRedeliverWebhook = () =>
  useWebhookMutation((input: { id: string; deliveryId: string }) =>
    apiFetch<{ delivery_id: string }>(path(input.id, `/deliveries/${encodeURIComponent(input.deliveryId)}/redeliver`), { method: "POST" }),
  );

/** The signing secret, fetched only when the person asks to see it. */
export const fetchWebhookSecret = (id: string) =>
  apiFetch<{ secret: string }>(path(id, "?include_secret=true")).then((webhook) => webhook.secret);
