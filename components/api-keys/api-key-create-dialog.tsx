"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { useCreateApiKey } from "@/lib/queries/use-api-keys";
import { ZCreateApiKeyRequest } from "@/lib/validation/api-keys";

export function ApiKeyCreateDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const createKey = useCreateApiKey();
  const [env, setEnv] = useState<"test" | "live">("test");
  const [nameError, setNameError] = useState<string>();
  const [createdKey, setCreatedKey] = useState<string>();
  // Bumped on close to remount the form: a cancelled draft must not come back, nor a previous Live choice.
  const [formKey, setFormKey] = useState(0);

  function close() {
    setCreatedKey(undefined);
    setNameError(undefined);
    setEnv("test");
    setFormKey((key) => key + 1);
    createKey.reset();
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateApiKeyRequest.safeParse({ name: new FormData(event.currentTarget).get("name"), env });
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message);
      return;
    }
    setNameError(undefined);
    const created = await createKey.mutateAsync(parsed.data).catch(() => undefined);
    if (created) setCreatedKey(created.key);
  }

  return (
    <Dialog isOpen={isOpen} onClose={close} title={createdKey ? "Copy your new API key" : "Create API key"}>
      {createdKey ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-600">
            This is the only time the key is shown. Store it somewhere safe; we keep only a hash of it.
          </p>
          <div className="flex items-center gap-2 rounded-md border border-slate-200 bg-slate-50 p-2">
            <code data-testid="created-api-key" className="flex-1 font-mono text-xs break-all">
              {createdKey}
            </code>
            <CopyButton value={createdKey} />
          </div>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form key={formKey} onSubmit={onSubmit} noValidate>
          <fieldset disabled={createKey.isPending} className="flex flex-col gap-4">
            <Input label="Name" name="name" placeholder="e.g. Backend server" error={nameError} autoFocus />
            <div role="radiogroup" aria-label="Key environment" className="grid grid-cols-2 gap-2">
              {(["test", "live"] as const).map((option) => (
                <label
                  key={option}
                  className={`cursor-pointer rounded-md border p-3 text-sm ${env === option ? "border-brand-500 bg-brand-50" : "border-slate-300"}`}
                >
                  <input type="radio" name="env" value={option} checked={env === option} onChange={() => setEnv(option)} className="mr-2" />
                  {option === "test" ? "Test" : "Live"}
                  <span className="mt-1 block text-xs text-slate-500">
                    {option === "test" ? "Isolated sandbox, no billing" : "Real data, billed usage"}
                  </span>
                </label>
              ))}
            </div>
            <FormAlert message={createKey.error ? createKey.error.message : undefined} />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button type="submit">{createKey.isPending ? "Creating…" : "Create key"}</Button>
            </div>
          </fieldset>
        </form>
      )}
    </Dialog>
  );
}
