"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { useUploadDocument } from "@/lib/queries/use-documents";
import { useSchemas } from "@/lib/queries/use-schemas";

/** Upload from the browser through the same endpoint the API documents. */
export function DocumentUploadForm() {
  const schemas = useSchemas({ includeArchived: false });
  const upload = useUploadDocument();
  const [message, setMessage] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const schemaId = String(data.get("schema_id") ?? "");
    if (!(file instanceof File) || file.size === 0) {
      setMessage("Choose a PDF, JPEG, PNG or TIFF file.");
      return;
    }
    setMessage(undefined);
    const result = await upload.mutateAsync({ file, schemaId }).catch((error: Error) => {
      setMessage(error.message);
      return undefined;
    });
    if (result) {
      form.reset();
      setMessage(`Uploaded ${file.name}; processing has started.`);
    }
  }

  const options = schemas.data?.data ?? [];
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        File
        <input
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/tiff"
          className="text-sm font-normal text-slate-600 file:mr-3 file:cursor-pointer file:rounded-md file:border file:border-slate-300 file:bg-white file:px-2.5 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Schema
        <select name="schema_id" className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm" disabled={!options.length}>
          {options.map((schema) => (
            <option key={schema.id} value={schema.id}>
              {schema.name}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" disabled={upload.isPending || !options.length}>
        {upload.isPending ? "Uploading…" : "Upload"}
      </Button>
      {!options.length && !schemas.isPending ? <p className="text-sm text-slate-500">Create a schema first.</p> : null}
      {message ? (
        <p role="status" className="w-full text-sm text-slate-700">
          {message}
        </p>
      ) : null}
    </form>
  );
}
