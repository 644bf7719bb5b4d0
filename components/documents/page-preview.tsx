"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TFieldValueResponse } from "@/lib/validation/documents";

const PREVIEW_WIDTH = 1000;
const BOX_MARGIN_PX = 4;

/**
 * One page of the document with a box on every field value read from it (its bbox, 0..1 of the page); the active
 * field's box stands out. The image is the page turned as it was read, so the boxes fall where the values are.
 */
export function PagePreview(props: {
  documentId: string;
  documentName: string;
  pageCount: number;
  page: number;
  onPageChange: (page: number) => void;
  fields: TFieldValueResponse[];
  activeKey: string | null;
  onActivate: (key: string) => void;
}) {
  const { documentId, documentName, pageCount, page, onPageChange, fields, activeKey, onActivate } = props;
  const [failedPage, setFailedPage] = useState<number | null>(null);
  const onPage = fields.filter((field) => field.page === page && field.bbox && field.value !== null);
  return (
    <div>
      <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-2 text-sm">
        <span className="text-slate-600">
          Page {page} of {pageCount}
        </span>
        <span className="flex gap-2">
          <Button variant="secondary" size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
            Previous
          </Button>
          <Button variant="secondary" size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pageCount}>
            Next
          </Button>
        </span>
      </div>
      {failedPage === page ? (
        <p className="px-4 py-10 text-center text-sm text-slate-500">This page can't be shown.</p>
      ) : (
        <div className="relative bg-slate-100">
          {/* biome-ignore lint/performance/noImgElement: an authenticated API image, not a static asset next/image could optimize */}
          <img
            src={`/api/v1/documents/${documentId}/pages/${page}/image?width=${PREVIEW_WIDTH}`}
            alt={`Page ${page} of ${documentName}`}
            className="block h-auto w-full"
            onError={() => setFailedPage(page)}
          />
          {onPage.map((field) => {
            const box = field.bbox!;
            const active = field.field_key === activeKey;
            return (
              <button
                key={field.field_key}
                type="button"
                data-testid={`value-box-${field.field_key}`}
                data-active={active}
                title={`${field.field_name}: ${field.value}`}
                aria-label={`${field.field_name} on the page`}
                onClick={() => onActivate(field.field_key)}
                className={`absolute rounded-sm ${active ? "bg-amber-300/40 ring-2 ring-amber-500" : "bg-brand-500/10 ring-1 ring-brand-500/50 hover:bg-brand-500/20"}`}
                // A few pixels of margin: word boxes hug the glyphs, and a frame drawn on them hides their edges.
                style={{
                  left: `calc(${box.x0 * 100}% - ${BOX_MARGIN_PX}px)`,
                  top: `calc(${box.y0 * 100}% - ${BOX_MARGIN_PX}px)`,
                  width: `calc(${(box.x1 - box.x0) * 100}% + ${2 * BOX_MARGIN_PX}px)`,
                  height: `calc(${(box.y1 - box.y0) * 100}% + ${2 * BOX_MARGIN_PX}px)`,
                }}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
