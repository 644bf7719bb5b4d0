"use client";

import Link from "next/link";
import { useState } from "react";
import { SchemaArchiveDialog } from "@/components/schemas/schema-archive-dialog";
import { SchemaFieldTable } from "@/components/schemas/schema-field-table";
import { Button } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDateTime } from "@/components/ui/format-date";
import { LoadError } from "@/components/ui/load-error";
import { useSchema } from "@/lib/queries/use-schemas";

export function SchemaPageClient({ id }: { id: string }) {
  const schema = useSchema(id);
  const [isArchiving, setIsArchiving] = useState(false);
  if (schema.isPending) return <p className="text-sm text-slate-500">Loading schema…</p>;
  if (schema.isError) return <LoadError message={schema.error.message} backHref="/dashboard/schemas" backLabel="Back to schemas" />;
  const data = schema.data;
  return (
    <>
      <PageHeader
        title={data.name}
        description={data.description ?? undefined}
        actions={
          data.archived ? (
            <Badge>Archived {formatDateTime(data.archived_at)}</Badge>
          ) : (
            <>
              <Link
                href={`/dashboard/schemas/${id}/edit`}
                className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium hover:bg-slate-50"
              >
                Edit
              </Link>
              <Button variant="danger" onClick={() => setIsArchiving(true)}>
                Archive
              </Button>
            </>
          )
        }
      />
      <Card className="mb-6 flex flex-wrap items-center gap-3 p-4">
        <span className="text-sm font-medium text-slate-700">Schema ID</span>
        <code data-testid="schema-id" className="rounded bg-slate-100 px-2 py-1 font-mono text-sm">
          {data.id}
        </code>
        <CopyButton value={data.id} label="Copy ID" />
        <span className="ml-auto text-xs text-slate-500">
          Version {data.version} · updated {formatDateTime(data.updated_at)}
        </span>
      </Card>
      <h2 className="mb-2 text-sm font-semibold text-slate-700">Fields</h2>
      <Card className="mb-6">
        <SchemaFieldTable
          fields={data.fields}
          learnedAliases={data.version === data.versions.at(-1)?.version ? data.learned_aliases : {}}
        />
      </Card>
      <h2 className="mb-2 text-sm font-semibold text-slate-700">Versions</h2>
      <Card>
        <ul className="divide-y divide-slate-100 text-sm">
          {[...data.versions].reverse().map((version) => (
            <li key={version.version} className="flex justify-between px-4 py-2">
              <span>
                v{version.version} {version.version === data.version ? <Badge tone="green">current</Badge> : null}
              </span>
              <span className="text-slate-500">
                {version.field_count} fields · {formatDateTime(version.created_at)}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <SchemaArchiveDialog schemaId={id} name={data.name} isOpen={isArchiving} onClose={() => setIsArchiving(false)} />
    </>
  );
}
