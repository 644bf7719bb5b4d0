"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { ApiRequestError } from "@/lib/queries/api-fetch";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";
import { type TCreateSchemaRequest, ZCreateSchemaRequest } from "@/lib/validation/schemas";
import { draftFromField, emptyDraft, fieldFromDraft, type TFieldDraft } from "./schema-field-draft";
import { SchemaFieldRow } from "./schema-field-row";
import { SCHEMA_TEMPLATES } from "./schema-templates";

type TProps = {
  initial?: { name: string; description: string | null; fields: Parameters<typeof draftFromField>[0][] };
  showTemplates: boolean;
  submitLabel: string;
  onSubmit: (values: TCreateSchemaRequest) => Promise<void>;
};

/** Re-keys `fields.N.*` errors (as validated, or as the API answered) by the uid of the row they belong to. */
function errorsByRow(errors: Record<string, string[] | undefined>, drafts: TFieldDraft[]) {
  const byRow: Record<string, string[] | undefined> = {};
  for (const [path, messages] of Object.entries(errors)) {
    const match = /^fields\.(\d+)\.(.+)$/.exec(path);
    const draft = match ? drafts[Number(match[1])] : undefined;
    byRow[draft && match ? `${draft.uid}.${match[2]}` : path] = messages;
  }
  return byRow;
}

/** The field builder: name, description, templates, and an ordered list of fields. */
export function SchemaForm({ initial, showTemplates, submitLabel, onSubmit }: TProps) {
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  // A saved field's key is what API clients read: renaming the field must not silently change it.
  const [drafts, setDrafts] = useState<TFieldDraft[]>(() =>
    initial ? initial.fields.map((field) => ({ ...draftFromField(field), isKeyEdited: true })) : [emptyDraft()],
  );
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [message, setMessage] = useState<string>();
  const [isPending, setIsPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // After a failed save, take the user to the first invalid input: on a long form it is often off-screen.
  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function applyTemplate(templateId: string) {
    const template = SCHEMA_TEMPLATES.find((candidate) => candidate.id === templateId);
    if (!template) return;
    if (!name.trim()) setName(template.name);
    if (!description.trim()) setDescription(template.description);
    setDrafts(template.fields.map(draftFromField));
    setErrors({});
  }

  function move(index: number, offset: -1 | 1) {
    setDrafts((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      next.splice(index + offset, 0, moved);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = { name, description: description.trim() || undefined, fields: drafts.map(fieldFromDraft) };
    const parsed = ZCreateSchemaRequest.safeParse(values);
    if (!parsed.success) {
      setErrors(errorsByRow(fieldErrorsFromZod(parsed.error), drafts));
      setMessage("Please correct the highlighted fields.");
      return;
    }
    setIsPending(true);
    setMessage(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      setErrors(error instanceof ApiRequestError ? errorsByRow(error.errors ?? {}, drafts) : {});
      setMessage(error instanceof Error ? error.message : "Saving failed.");
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <fieldset disabled={isPending} className="flex flex-col gap-6">
        {showTemplates ? (
          <Card className="p-4">
            <p className="mb-3 text-sm font-medium text-slate-700">Start from a template</p>
            <div className="flex flex-wrap gap-2">
              {SCHEMA_TEMPLATES.map((template) => (
                <Button key={template.id} variant="secondary" onClick={() => applyTemplate(template.id)} title={template.description}>
                  {template.name}
                </Button>
              ))}
            </div>
          </Card>
        ) : null}
        <Card className="grid gap-4 p-4 md:grid-cols-2">
          <Input label="Schema name" value={name} onChange={(event) => setName(event.target.value)} error={errors.name?.[0]} />
          <Input
            label="Description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={errors.description?.[0]}
          />
        </Card>
        <div>
          <div className="mb-2 flex items-center justify-between">
            <h2 className="text-sm font-semibold text-slate-700">Fields ({drafts.length})</h2>
            {errors.fields ? <p className="text-xs text-red-600">{errors.fields.join(" ")}</p> : null}
          </div>
          <ol className="flex flex-col gap-3">
            {drafts.map((draft, index) => (
              <SchemaFieldRow
                key={draft.uid}
                draft={draft}
                index={index}
                count={drafts.length}
                errors={errors}
                onChange={(next) => setDrafts((current) => current.map((item) => (item.uid === draft.uid ? next : item)))}
                onMove={(offset) => move(index, offset)}
                onRemove={() => setDrafts((current) => current.filter((item) => item.uid !== draft.uid))}
              />
            ))}
          </ol>
          <Button variant="secondary" className="mt-3" onClick={() => setDrafts((current) => [...current, emptyDraft()])}>
            + Add field
          </Button>
        </div>
        <FormAlert message={message} />
        <div className="flex justify-end">
          <Button type="submit">{isPending ? "Saving…" : submitLabel}</Button>
        </div>
      </fieldset>
    </form>
  );
}
