"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DocumentStatusBadge } from "@/components/documents/document-status-badge";
import { FieldValueTable } from "@/components/documents/field-value-table";
import { PagePreview } from "@/components/documents/page-preview";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDateTime } from "@/components/ui/format-date";
import { LoadError } from "@/components/ui/load-error";
import { useDeleteDocument, useDocument } from "@/lib/queries/use-documents";

export function DocumentPageClient({ id }: { id: string }) {
  const router = useRouter();
  const document = useDocument(id);
  const deleteDocument = useDeleteDocument();
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  if (document.isPending) return <p className="text-sm text-slate-500">Loading document…</p>;
  if (document.isError) return <LoadError message={document.error.message} backHref="/dashboard/documents" backLabel="Back to documents" />;
  const data = document.data;
  /** Shows a field's value on the page preview: its page, its box highlighted. */
  function activate(key: string) {
    setActiveKey(key);
    const fieldPage = data.field_values.find((field) => field.field_key === key)?.page;
    if (fieldPage) setPage(fieldPage);
  }
  async function remove() {
    if (!window.confirm(`Delete ${data.name}? Its file, text and fields are removed.`)) return;
    // A failure is shown below the header (deleteDocument.error), not thrown into the void.
    const deleted = await deleteDocument.mutateAsync(id).then(
      () => true,
      () => false,
    );
    if (deleted) router.push("/dashboard/documents");
  }
  return (
    <>
      <PageHeader
        title={data.name}
        actions={
          <>
            <a
              href={`/api/v1/documents/${id}/file`}
              className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium hover:bg-slate-50"
            >
              Download original
            </a>
            <Button variant="danger" onClick={remove} disabled={deleteDocument.isPending}>
              Delete
            </Button>
          </>
        }
      />
      {deleteDocument.error ? (
        <p role="alert" className="mb-6 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800">
          Couldn't delete the document: {deleteDocument.error.message}
        </p>
      ) : null}
      <Card className="mb-6 grid grid-cols-2 gap-4 p-4 text-sm md:grid-cols-4">
        <div>
          <p className="text-xs text-slate-500">Status</p>
          <DocumentStatusBadge status={data.status} progress={data.extraction_progress} />
        </div>
        <div>
          <p className="text-xs text-slate-500">Document ID</p>
          <span className="inline-flex items-center gap-2 font-mono text-xs">
            {data.id} <CopyButton value={data.id} label="Copy" />
          </span>
        </div>
        <div>
          <p className="text-xs text-slate-500">Schema</p>
          <Link href={`/dashboard/schemas/${data.schema_id}`} className="text-brand-700 hover:underline">
            {data.schema_id}
          </Link>{" "}
          <span className="text-xs text-slate-500">v{data.schema_version}</span>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
          <dt className="text-slate-500">Pages</dt>
          <dd>{data.page_count ?? "—"}</dd>
          <dt className="text-slate-500">Uploaded</dt>
          <dd>{formatDateTime(data.created_at)}</dd>
          <dt className="text-slate-500">Finished</dt>
          <dd>{formatDateTime(data.completed_at)}</dd>
        </dl>
      </Card>
      {data.error ? (
        <p role="alert" className="mb-6 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800">
          <strong className="font-mono">{data.error.code}</strong>: {data.error.message}
        </p>
      ) : null}
      <h2 className="mb-2 text-sm font-semibold text-slate-700">Extracted fields</h2>
      {data.field_values.length ? (
        <Card>
          <FieldValueTable
            documentId={data.id}
            fields={data.field_values}
            canEdit={data.status === "completed"}
            activeKey={activeKey}
            onActivate={activate}
          />
        </Card>
      ) : (
        <EmptyState title={data.status === "failed" ? "No fields: processing failed" : "Fields appear when extraction finishes"} />
      )}
      {data.page_count && data.status !== "failed" ? (
        <>
          <h2 className="mt-8 mb-2 text-sm font-semibold text-slate-700">Where the values are</h2>
          <Card className="overflow-hidden">
            <PagePreview
              documentId={data.id}
              documentName={data.name}
              pageCount={data.page_count}
              page={Math.min(page, data.page_count)}
              onPageChange={setPage}
              fields={data.field_values}
              activeKey={activeKey}
              onActivate={activate}
            />
          </Card>
        </>
      ) : null}
    </>
  );
}
