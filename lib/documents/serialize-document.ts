import type { DocumentRow, FieldValueRow } from "@/db/schema";
import type { TDocumentSummaryResponse, TFieldValueResponse } from "@/lib/validation/documents";

export function serializeDocumentSummary(row: DocumentRow): TDocumentSummaryResponse {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    schema_id: row.schemaId,
    schema_version: row.schemaVersion,
    job_id: row.jobId,
    page_count: row.pageCount,
    extraction_progress: row.extractionProgress,
    fields_extracted: row.fieldsExtracted,
    file_type: row.fileType,
    size_bytes: row.sizeBytes,
    created_at: row.createdAt.toISOString(),
    completed_at: row.completedAt?.toISOString() ?? null,
    error: row.status === "failed" ? { code: row.errorCode ?? "internal_error", message: row.errorMessage ?? "Processing failed." } : null,
  };
}

export function serializeFieldValue(row: FieldValueRow): TFieldValueResponse {
  return {
    field_key: row.fieldKey,
    field_name: row.fieldName,
    value: row.value,
    normalized_value: row.normalizedValue?.value ?? null,
    confidence: Math.round(row.confidence * 100) / 100,
    was_inferred: row.wasInferred,
    manually_edited: row.manuallyEdited,
    source: row.source,
    page: row.page,
    bbox: row.bbox ?? null,
  };
}
