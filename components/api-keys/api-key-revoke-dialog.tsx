"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useRevokeApiKey } from "@/lib/queries/use-api-keys";
import type { TApiKeyResponse } from "@/lib/validation/api-keys";

export function ApiKeyRevokeDialog({ apiKey, onClose }: { apiKey?: TApiKeyResponse; onClose: () => void }) {
  const revokeKey = useRevokeApiKey();
  // The dialog stays mounted between keys: a failed attempt's error must not show for the next one.
  function close() {
    revokeKey.reset();
    onClose();
  }
  async function revoke() {
    if (!apiKey) return;
    await revokeKey.mutateAsync(apiKey.id).then(close, () => undefined);
  }
  return (
    <Dialog isOpen={Boolean(apiKey)} onClose={close} title="Revoke API key?">
      <p className="text-sm text-slate-600">
        Requests with <strong>{apiKey?.name}</strong> (<code className="font-mono">{apiKey?.partial_key}</code>) will fail with 401 right
        away. This can't be undone.
      </p>
      {revokeKey.error ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {revokeKey.error.message}
        </p>
      ) : null}
      <div className="mt-6 flex justify-end gap-2">
        <Button variant="secondary" onClick={close}>
          Cancel
        </Button>
        <Button variant="danger" onClick={revoke} disabled={revokeKey.isPending}>
          {revokeKey.isPending ? "Revoking…" : "Revoke key"}
        </Button>
      </div>
    </Dialog>
  );
}
