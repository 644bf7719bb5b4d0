"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { useCorrectField } from "@/lib/queries/use-documents";

/** Inline correction of one extracted value; a correction teaches the schema the label it was printed under. */
export function FieldValueEditor({
  documentId,
  fieldKey,
  fieldName,
  value,
}: {
  documentId: string;
  fieldKey: string;
  fieldName: string;
  value: string | null;
}) {
  const correct = useCorrectField(documentId);
  const [isEditing, setIsEditing] = useState(false);
  const [message, setMessage] = useState<string>();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("value") ?? "").trim();
    const result = await correct.mutateAsync({ fieldKey, value: text || null }).catch(() => undefined);
    if (!result) return;
    setIsEditing(false);
    setMessage(result.learned_alias ? `Saved. Learned the label "${result.learned_alias}" for later documents.` : "Saved.");
  }

  if (!isEditing) {
    return (
      <div className="flex items-center gap-2">
        <span data-testid={`field-${fieldKey}`}>{value ?? <span className="text-slate-400">Not found</span>}</span>
        <Button variant="ghost" size="sm" onClick={() => setIsEditing(true)} aria-label={`Edit ${fieldName}`}>
          Edit
        </Button>
        {message ? <span className="text-xs text-green-700">{message}</span> : null}
      </div>
    );
  }
  return (
    <form onSubmit={save} className="flex flex-wrap items-center gap-2">
      <input
        name="value"
        defaultValue={value ?? ""}
        aria-label={`${fieldName} value`}
        // biome-ignore lint/a11y/noAutofocus: the person just pressed Edit; focus follows their action
        autoFocus
        className="rounded-md border border-slate-300 px-2 py-1 text-sm focus:outline-none focus:ring-2 focus:ring-brand-500"
      />
      <Button type="submit" size="sm" disabled={correct.isPending}>
        {correct.isPending ? "Saving…" : "Save"}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setIsEditing(false)}>
        Cancel
      </Button>
      {correct.error ? (
        <p role="alert" className="w-full text-xs text-red-700">
          {correct.error.message}
        </p>
      ) : null}
    </form>
  );
}
