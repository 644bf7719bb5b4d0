"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import {
  fetchWebhookSecret,
  useDeleteWebhook,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useUpdateWebhook,
} from "@/lib/queries/use-webhooks";
import type { TWebhookResponse } from "@/lib/validation/webhooks";
import { WebhookDeliveriesTable } from "./webhook-deliveries-table";

/** One endpoint: its events, the secret on demand, actions, and its delivery log. */
export function WebhookCard({ webhook }: { webhook: TWebhookResponse }) {
  const [secret, setSecret] = useState<string>();
  const [message, setMessage] = useState<string>();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret();
  const sendTest = useSendTestWebhook();
  const run = (action: () => Promise<unknown>, done: string) =>
    action().then(
      () => setMessage(done),
      (error: Error) => setMessage(error.message),
    );

  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-start justify-between gap-3 p-4">
        <div className="min-w-0">
          <p className="font-mono text-sm break-all">{webhook.url}</p>
          <div className="mt-2 flex flex-wrap gap-1">
            {webhook.enabled ? <Badge tone="green">Enabled</Badge> : <Badge>Disabled</Badge>}
            {webhook.events.map((event) => (
              <Badge key={event} tone="blue">
                {event}
              </Badge>
            ))}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => run(() => sendTest.mutateAsync(webhook.id), "Test event sent.")}>
            Send test event
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => run(() => update.mutateAsync({ id: webhook.id, changes: { enabled: !webhook.enabled } }), "Saved.")}
          >
            {webhook.enabled ? "Disable" : "Enable"}
          </Button>
          <Button
            variant="danger"
            size="sm"
            onClick={() => window.confirm(`Delete the endpoint ${webhook.url}?`) && run(() => remove.mutateAsync(webhook.id), "Deleted.")}
          >
            Delete
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 bg-slate-50 px-4 py-2 text-xs">
        <span className="font-medium text-slate-600">Signing secret</span>
        {secret ? (
          <>
            <code className="font-mono break-all">{secret}</code>
            <CopyButton value={secret} />
            <Button variant="ghost" size="sm" onClick={() => setSecret(undefined)}>
              Hide
            </Button>
          </>
        ) : (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => fetchWebhookSecret(webhook.id).then(setSecret, (error: Error) => setMessage(error.message))}
          >
            Show secret
          </Button>
        )}
        <Button
          variant="ghost"
          size="sm"
          onClick={() =>
            window.confirm("Rotate the secret? The current one stops working immediately.") &&
            run(async () => setSecret((await rotate.mutateAsync(webhook.id)).secret), "Secret rotated.")
          }
        >
          Rotate
        </Button>
        {message ? (
          <span role="status" className="ml-auto text-slate-600">
            {message}
          </span>
        ) : null}
      </div>
      <WebhookDeliveriesTable webhookId={webhook.id} />
    </Card>
  );
}
