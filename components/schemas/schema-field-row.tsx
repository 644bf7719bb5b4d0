"use client";

import { Button } from "@/components/ui/button";
import { FIELD_TYPES } from "@/lib/validation/schemas";
import { suggestFieldKey } from "@/lib/validation/suggest-field-key";
import type { TFieldDraft } from "./schema-field-draft";

type TProps = {
  draft: TFieldDraft;
  index: number;
  count: number;
  errors: Record<string, string[] | undefined>;
  onChange: (draft: TFieldDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
};

const inputClass = (hasError: boolean) =>
  `w-full rounded-md border px-2.5 py-1.5 text-sm focus:outline-none focus:ring-2 focus:ring-brand-500 ${hasError ? "border-red-400" : "border-slate-300"}`;

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? (
    <p id={id} className="mt-1 text-xs text-red-600">
      {messages.join(" ")}
    </p>
  ) : null;
}

/** One field of the builder: name (suggests the key), key, type, options, aliases, hint, required. */
export function SchemaFieldRow({ draft, index, count, errors, onChange, onMove, onRemove }: TProps) {
  // Errors are keyed by the row's uid, so they stay with their field when rows move or are removed.
  const at = (name: string) => errors[`${draft.uid}.${name}`];
  const errorId = (name: string) => `${draft.uid}-${name}-error`;
  /** Ties an input to its error message, as the shared <Input> does. */
  const described = (name: string) => (at(name)?.length ? { "aria-invalid": true, "aria-describedby": errorId(name) } : {});
  const number = index + 1;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" aria-label={`Field ${number}`}>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[1fr_1fr_10rem]">
        <label className="text-xs font-medium text-slate-600">
          Field name
          <input
            className={inputClass(Boolean(at("name")))}
            value={draft.name}
            aria-label={`Field ${number} name`}
            {...described("name")}
            placeholder="Invoice Number"
            onChange={(event) => {
              const name = event.target.value;
              onChange({ ...draft, name, key: draft.isKeyEdited ? draft.key : suggestFieldKey(name) });
            }}
          />
          <FieldError id={errorId("name")} messages={at("name")} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Key
          <input
            className={`${inputClass(Boolean(at("key")))} font-mono`}
            value={draft.key}
            aria-label={`Field ${number} key`}
            {...described("key")}
            placeholder="invoice_number"
            onChange={(event) => onChange({ ...draft, key: event.target.value, isKeyEdited: true })}
          />
          <FieldError id={errorId("key")} messages={at("key")} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Type
          <select
            className={inputClass(Boolean(at("type")))}
            value={draft.type}
            aria-label={`Field ${number} type`}
            {...described("type")}
            onChange={(event) => onChange({ ...draft, type: event.target.value as TFieldDraft["type"] })}
          >
            {FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
          <FieldError id={errorId("type")} messages={at("type")} />
        </label>
      </div>
      {draft.type === "enum" ? (
        <label className="mt-3 block text-xs font-medium text-slate-600">
          Options (comma-separated)
          <input
            className={inputClass(Boolean(at("options")))}
            value={draft.options}
            aria-label={`Field ${number} options`}
            {...described("options")}
            placeholder="e.g. EUR, USD, GBP"
            onChange={(event) => onChange({ ...draft, options: event.target.value })}
          />
          <FieldError id={errorId("options")} messages={at("options")} />
        </label>
      ) : null}
      {/* Same columns as the row above, so the inputs line up: aliases under the name, the hint under key and type. */}
      <div className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-[1fr_1fr_10rem]">
        <label className="text-xs font-medium text-slate-600">
          Printed as (aliases, comma-separated)
          <input
            className={inputClass(Boolean(at("aliases")))}
            value={draft.aliases}
            aria-label={`Field ${number} aliases`}
            {...described("aliases")}
            placeholder="e.g. Invoice #, Inv. No."
            onChange={(event) => onChange({ ...draft, aliases: event.target.value })}
          />
          <FieldError id={errorId("aliases")} messages={at("aliases")} />
        </label>
        <label className="text-xs font-medium text-slate-600 md:col-span-2">
          Extraction hint
          <input
            className={inputClass(Boolean(at("description")))}
            value={draft.description}
            aria-label={`Field ${number} description`}
            {...described("description")}
            placeholder="Where or how the value appears"
            onChange={(event) => onChange({ ...draft, description: event.target.value })}
          />
          <FieldError id={errorId("description")} messages={at("description")} />
        </label>
      </div>
      <div className="mt-3 flex items-center justify-between">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={draft.required} onChange={(event) => onChange({ ...draft, required: event.target.checked })} />
          Required
        </label>
        <div className="flex gap-1">
          <Button variant="ghost" size="sm" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move field ${number} up`}>
            ↑ Up
          </Button>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => onMove(1)}
            disabled={index === count - 1}
            aria-label={`Move field ${number} down`}
          >
            ↓ Down
          </Button>
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove field ${number}`}>
            Remove
          </Button>
        </div>
      </div>
    </li>
  );
}
