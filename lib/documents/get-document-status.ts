import "server-only";
import type { TDocumentStatusResponse } from "@/lib/validation/documents";
import { getDocumentRow } from "./get-document-row";

export async function getDocumentStatus(options: { id: string; orgId: string; env: "live" | "test" }): Promise<TDocumentStatusResponse> {
  const row = await getDocumentRow(options);
  return {
    document_id: row.id,
    status: row.status,
    extraction_progress: row.extractionProgress,
    fields_extracted: row.fieldsExtracted,
    ...(row.status === "failed"
      ? { error: { code: row.errorCode ?? "internal_error", message: row.errorMessage ?? "Processing failed." } }
      : {}),
  };
}
