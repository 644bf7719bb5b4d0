"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { WebhookCard } from "@/components/webhooks/webhook-card";
import { WebhookCreateDialog } from "@/components/webhooks/webhook-create-dialog";
import { useWebhooks } from "@/lib/queries/use-webhooks";

export function WebhooksPageClient() {
  const webhooks = useWebhooks();
  const [isCreating, setIsCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Signed HTTP POSTs when documents and jobs finish, in this mode. Failed deliveries are retried after 1 s, 5 s, 30 s, 5 min and 30 min."
        actions={<Button onClick={() => setIsCreating(true)}>Add endpoint</Button>}
      />
      {webhooks.isPending ? (
        <p className="text-sm text-slate-500">Loading endpoints…</p>
      ) : webhooks.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Couldn't load endpoints: {webhooks.error.message}
        </p>
      ) : webhooks.data.length === 0 ? (
        <EmptyState title="No endpoints yet">
          Add an endpoint to receive document_completed, document_failed, job_completed and job_failed events.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          {webhooks.data.map((webhook) => (
            <WebhookCard key={webhook.id} webhook={webhook} />
          ))}
        </div>
      )}
      <WebhookCreateDialog isOpen={isCreating} onClose={() => setIsCreating(false)} />
    </>
  );
}
