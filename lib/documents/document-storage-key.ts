import type { TDocumentType } from "@/lib/layout/types";

const EXTENSIONS: Record<TDocumentType, string> = { pdf: "pdf", jpeg: "jpg", png: "png", tiff: "tiff" };

/** Files are stored per organization and environment, named by document id (never by user input). */
export function documentStorageKey(options: { orgId: string; env: string; documentId: string; fileType: TDocumentType }) {
  return `${options.orgId}/${options.env}/${options.documentId}.${EXTENSIONS[options.fileType]}`;
}
