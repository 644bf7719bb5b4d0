"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
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
      <FormAlert message={revokeKey.error ? revokeKey.error.message : undefined} className="mt-3" />
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
