"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { useCreateWebhook } from "@/lib/queries/use-webhooks";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";
import { ZCreateWebhookRequest } from "@/lib/validation/webhooks";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";

export function WebhookCreateDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const createWebhook = useCreateWebhook();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [secret, setSecret] = useState<string>();

  function close() {
    setErrors({});
    setSecret(undefined);
    createWebhook.reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ZCreateWebhookRequest.safeParse({ url: form.get("url"), events: form.getAll("events") });
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error));
    setErrors({});
    const created = await createWebhook.mutateAsync(parsed.data).catch(() => undefined);
    if (created) setSecret(created.secret);
  }

  return (
    <Dialog isOpen={isOpen} onClose={close} title={secret ? "Endpoint added" : "Add webhook endpoint"}>
      {secret ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-600">
            Every delivery is signed with this secret (<code className="font-mono">X-DocuStack-Signature</code> and Standard Webhooks
            headers). You can show it again from the endpoint.
          </p>
          <div className="flex items-center gap-2 rounded-md border border-slate-200 bg-slate-50 p-2">
            <code data-testid="webhook-secret" className="flex-1 font-mono text-xs break-all">
              {secret}
            </code>
            <CopyButton value={secret} />
          </div>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <fieldset disabled={createWebhook.isPending} className="flex flex-col gap-4">
            <Input label="Endpoint URL" name="url" placeholder="https://example.com/webhooks/docustack" error={errors.url?.[0]} />
            <fieldset>
              <legend className="mb-2 text-sm font-medium text-slate-700">Events</legend>
              <div className="grid grid-cols-2 gap-2">
                {WEBHOOK_EVENTS.map((name) => (
                  <label key={name} className="flex items-center gap-2 font-mono text-sm">
                    <input type="checkbox" name="events" value={name} defaultChecked={name !== "document_failed"} />
                    {name}
                  </label>
                ))}
              </div>
              {errors.events ? <p className="mt-1 text-xs text-red-600">{errors.events[0]}</p> : null}
            </fieldset>
            <FormAlert message={createWebhook.error ? createWebhook.error.message : undefined} />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button type="submit">{createWebhook.isPending ? "Adding…" : "Add endpoint"}</Button>
            </div>
          </fieldset>
        </form>
      )}
    </Dialog>
  );
}
