"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { useArchiveSchema } from "@/lib/queries/use-schemas";

export function SchemaArchiveDialog({
  schemaId,
  name,
  isOpen,
  onClose,
}: {
  schemaId: string;
  name: string;
  isOpen: boolean;
  onClose: () => void;
}) {
  const archive = useArchiveSchema(schemaId);
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Archive schema?">
      <p className="text-sm text-slate-600">
        New uploads with <strong>{name}</strong> will be refused. Documents already extracted with it keep their fields.
      </p>
      <FormAlert message={archive.error ? archive.error.message : undefined} className="mt-3" />
      <div className="mt-6 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" disabled={archive.isPending} onClick={() => archive.mutateAsync().then(onClose, () => undefined)}>
          {archive.isPending ? "Archiving…" : "Archive schema"}
        </Button>
      </div>
    </Dialog>
  );
}
