"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { useSchemas } from "@/lib/queries/use-schemas";

export function SchemasPageClient() {
  const [includeArchived, setIncludeArchived] = useState(false);
  const schemas = useSchemas({ includeArchived });
  return (
    <>
      <PageHeader
        title="Schemas"
        description="A schema lists the fields to extract. Pass its ID as schema_id when you upload; it serves both test and live mode."
        actions={
          <Link
            href="/dashboard/schemas/new"
            className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            New schema
          </Link>
        }
      />
      <label className="mb-3 flex items-center gap-2 text-sm text-slate-600">
        <input type="checkbox" checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)} />
        Show archived
      </label>
      {schemas.isPending ? (
        <p className="text-sm text-slate-500">Loading schemas…</p>
      ) : schemas.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Couldn't load schemas: {schemas.error.message}
        </p>
      ) : schemas.data.data.length === 0 ? (
        <EmptyState title="No schemas yet">Create one from the Invoice, Receipt or Purchase order template, or build your own.</EmptyState>
      ) : (
        <Card>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
              <tr>
                <th className="px-4 py-3 font-medium">Name</th>
                <th className="px-4 py-3 font-medium">ID</th>
                <th className="px-4 py-3 font-medium">Fields</th>
                <th className="px-4 py-3 font-medium">Version</th>
                <th className="px-4 py-3 font-medium">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {schemas.data.data.map((schema) => (
                <tr key={schema.id}>
                  <td className="px-4 py-3 font-medium">
                    <Link href={`/dashboard/schemas/${schema.id}`} className="text-brand-700 hover:underline">
                      {schema.name}
                    </Link>{" "}
                    {schema.archived ? <Badge>Archived</Badge> : null}
                  </td>
                  <td className="px-4 py-3 font-mono text-xs text-slate-600">{schema.id}</td>
                  <td className="px-4 py-3">{schema.fields.length}</td>
                  <td className="px-4 py-3">v{schema.version}</td>
                  <td className="px-4 py-3">{formatDateTime(schema.updated_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
