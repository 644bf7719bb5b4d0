import type { TSchemaFieldInput } from "@/lib/validation/schemas";
import { suggestFieldKey } from "@/lib/validation/suggest-field-key";

/** A field as the builder edits it: lists as comma-separated text, plus a stable row id. */
export type TFieldDraft = {
  uid: string;
  key: string;
  name: string;
  type: TSchemaFieldInput["type"];
  description: string;
  required: boolean;
  aliases: string;
  options: string;
  /** Once the user types a key, it stops following the name. */
  isKeyEdited: boolean;
};

let nextUid = 0;
const newUid = () => `field-${++nextUid}`;

export function emptyDraft(): TFieldDraft {
  return { uid: newUid(), key: "", name: "", type: "text", description: "", required: false, aliases: "", options: "", isKeyEdited: false };
}

export function draftFromField(field: TSchemaFieldInput & { description?: string | null; options?: string[] | null }): TFieldDraft {
  return {
    uid: newUid(),
    key: field.key,
    name: field.name,
    type: field.type,
    description: field.description ?? "",
    required: field.required ?? false,
    aliases: (field.aliases ?? []).join(", "),
    options: (field.options ?? []).join(", "),
    isKeyEdited: field.key !== suggestFieldKey(field.name),
  };
}

const splitList = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

export function fieldFromDraft(draft: TFieldDraft): TSchemaFieldInput {
  return {
    key: draft.key,
    name: draft.name,
    type: draft.type,
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    required: draft.required,
    aliases: splitList(draft.aliases),
    ...(draft.type === "enum" ? { options: splitList(draft.options) } : {}),
  };
}
