import "server-only";
import { loadPageLayouts } from "@/lib/pipeline/steps/load-page-layouts";
import { getDocumentRow } from "./get-document-row";

/** The text and layout (lines, words, boxes, confidences) read from each page. */
export async function getDocumentPages(options: { id: string; orgId: string; env: "live" | "test" }) {
  const row = await getDocumentRow(options);
  const pages = await loadPageLayouts(row.id);
  return {
    document_id: row.id,
    pages: pages.map(({ page, source, width, height, rotation, skew, text, lines }) => ({
      page,
      source,
      width,
      height,
      rotation: rotation ?? 0,
      skew: skew ?? 0,
      text,
      lines,
    })),
  };
}
