"use client";

import Link from "next/link";
import { useState } from "react";
import { DocumentStatusBadge } from "@/components/documents/document-status-badge";
import { DocumentUploadForm } from "@/components/documents/document-upload-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { useDocuments } from "@/lib/queries/use-documents";
import { DOCUMENT_STATUSES } from "@/lib/validation/documents";

export function DocumentsPageClient() {
  const [status, setStatus] = useState("");
  const documents = useDocuments({ status: status || undefined });
  return (
    <>
      <PageHeader
        title="Documents"
        description="Everything uploaded in this mode, newest first. Progress updates live while documents are processed."
      />
      <div className="mb-6">
        <DocumentUploadForm />
      </div>
      <label className="mb-3 flex items-center gap-2 text-sm text-slate-600">
        Status
        <select
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        >
          <option value="">All</option>
          {DOCUMENT_STATUSES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      {documents.isPending ? (
        <p className="text-sm text-slate-500">Loading documents…</p>
      ) : documents.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Couldn't load documents: {documents.error.message}
        </p>
      ) : documents.data.data.length === 0 ? (
        <EmptyState title="No documents yet">
          Upload one above, or with <code className="font-mono">POST /api/v1/documents/upload</code> and an API key of this mode.
        </EmptyState>
      ) : (
        <Card>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
              <tr>
                <th className="px-4 py-3 font-medium">Name</th>
                <th className="px-4 py-3 font-medium">Status</th>
                <th className="px-4 py-3 font-medium">Pages</th>
                <th className="px-4 py-3 font-medium">Fields</th>
                <th className="px-4 py-3 font-medium">Uploaded</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {documents.data.data.map((document) => (
                <tr key={document.id}>
                  <td className="px-4 py-3">
                    <Link href={`/dashboard/documents/${document.id}`} className="font-medium text-brand-700 hover:underline">
                      {document.name}
                    </Link>
                    <p className="font-mono text-xs text-slate-500">{document.id}</p>
                  </td>
                  <td className="px-4 py-3">
                    <DocumentStatusBadge status={document.status} progress={document.extraction_progress} />
                    {document.error ? <p className="mt-1 text-xs text-red-700">{document.error.code}</p> : null}
                  </td>
                  <td className="px-4 py-3">{document.page_count ?? "—"}</td>
                  <td className="px-4 py-3">{document.fields_extracted}</td>
                  <td className="px-4 py-3">{formatDateTime(document.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
