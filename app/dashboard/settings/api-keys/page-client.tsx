"use client";

import { useState } from "react";
import { ApiKeyCreateDialog } from "@/components/api-keys/api-key-create-dialog";
import { ApiKeyRevokeDialog } from "@/components/api-keys/api-key-revoke-dialog";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { useApiKeys } from "@/lib/queries/use-api-keys";
import type { TApiKeyResponse } from "@/lib/validation/api-keys";

export function ApiKeysPageClient() {
  const keys = useApiKeys();
  const [isCreating, setIsCreating] = useState(false);
  const [revoking, setRevoking] = useState<TApiKeyResponse>();

  return (
    <>
      <PageHeader
        title="API keys"
        description="Send a key in the X-API-Key header. Test keys (ds_test_) see only sandbox data; live keys (ds_live_) see production data and are billed."
        actions={<Button onClick={() => setIsCreating(true)}>Create key</Button>}
      />
      {keys.isPending ? (
        <p className="text-sm text-slate-500">Loading keys…</p>
      ) : keys.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Couldn't load keys: {keys.error.message}
        </p>
      ) : keys.data.length === 0 ? (
        <EmptyState title="No API keys yet">
          Create a test key to follow the quickstart, and a live key when you go to production.
        </EmptyState>
      ) : (
        <Card>
          <ApiKeyTable keys={keys.data} onRevoke={setRevoking} />
        </Card>
      )}
      <ApiKeyCreateDialog isOpen={isCreating} onClose={() => setIsCreating(false)} />
      <ApiKeyRevokeDialog apiKey={revoking} onClose={() => setRevoking(undefined)} />
    </>
  );
}
