"use client";

import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { useRedeliverWebhook, useWebhookDeliveries } from "@/lib/queries/use-webhooks";

const TONES = { succeeded: "green", failed: "red", pending: "amber" } as const;

export function WebhookDeliveriesTable({ webhookId }: { webhookId: string }) {
  const deliveries = useWebhookDeliveries(webhookId, true);
  const redeliver = useRedeliverWebhook();
  if (deliveries.isPending) return <p className="p-4 text-sm text-slate-500">Loading deliveries…</p>;
  if (deliveries.isError) return <p className="p-4 text-sm text-red-700">Couldn't load deliveries: {deliveries.error.message}</p>;
  if (!deliveries.data.length)
    return <p className="p-4 text-sm text-slate-500">No deliveries yet. Use “Send test event” to try the endpoint.</p>;
  return (
    <table className="w-full text-left text-xs">
      <thead className="border-b border-slate-200 text-slate-500 uppercase">
        <tr>
          <th className="px-4 py-2 font-medium">Event</th>
          <th className="px-4 py-2 font-medium">Status</th>
          <th className="px-4 py-2 font-medium">Attempts</th>
          <th className="px-4 py-2 font-medium">Last response</th>
          <th className="px-4 py-2 font-medium">Created · next retry</th>
          <th className="px-4 py-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {deliveries.data.map((delivery) => (
          <tr key={delivery.id}>
            <td className="px-4 py-2 font-mono">{delivery.event}</td>
            <td className="px-4 py-2">
              <Badge tone={TONES[delivery.status]}>{delivery.status}</Badge>
            </td>
            <td className="px-4 py-2">{delivery.attempts}</td>
            <td className="max-w-xs px-4 py-2">
              {delivery.last_status_code ? <span className="font-mono">{delivery.last_status_code}</span> : null}{" "}
              <span className="text-slate-500">{delivery.last_error ?? delivery.last_response_excerpt ?? ""}</span>
            </td>
            <td className="px-4 py-2">
              {formatDateTime(delivery.created_at)}
              {delivery.next_attempt_at ? (
                <span className="block text-amber-700">retry {formatDateTime(delivery.next_attempt_at)}</span>
              ) : null}
            </td>
            <td className="px-4 py-2 text-right">
              {delivery.status !== "pending" ? (
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={redeliver.isPending}
                  onClick={() => redeliver.mutate({ id: webhookId, deliveryId: delivery.id })}
                >
                  Redeliver
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
