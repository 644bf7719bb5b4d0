import Link from "next/link";
import { DocumentStatusBadge } from "@/components/documents/document-status-badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import type { TSearchResult } from "@/lib/validation/search";
import { SearchSnippet } from "./search-snippet";

/** Results in the API's order: best match first, ties newest first. */
export function SearchResultList({ results }: { results: TSearchResult[] }) {
  return (
    <ol aria-label="Search results" className="flex flex-col gap-3">
      {results.map((result) => (
        <li key={result.document_id}>
          <Card className="p-4">
            <div className="mb-2 flex flex-wrap items-center gap-3">
              <Link href={`/dashboard/documents/${result.document_id}`} className="font-medium text-brand-700 hover:underline">
                {result.name}
              </Link>
              <DocumentStatusBadge status={result.status} />
              <span className="ml-auto text-xs text-slate-500">Uploaded {formatDateTime(result.created_at)}</span>
            </div>
            <SearchSnippet text={result.snippet} highlights={result.highlights} />
          </Card>
        </li>
      ))}
    </ol>
  );
}
