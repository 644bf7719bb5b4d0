import { z } from "zod";
import { documentNameFromRef, MAX_REF_LENGTH, parseDocumentRef, type TDocumentRefRules } from "./document-ref";

export const DOCUMENT_STATUSES = ["queued", "processing", "completed", "failed"] as const;

export const ZUploadDocumentFields = z.object({
  schema_id: z.string({ error: "schema_id is required." }).trim().min(1, "schema_id is required.").max(100),
  /** Optional, but when sent it must be the API key's own organization. */
  organization_id: z.string().trim().max(100).optional(),
});

export const ZUploadDocumentResponse = z.object({ document_id: z.string(), job_id: z.string() });

export const MAX_BATCH_DOCUMENTS = 1000;

/** POST /documents/batch. Which refs are allowed depends on the server's configuration, hence a factory. */
export function makeZBatchDocumentsRequest(rules: TDocumentRefRules) {
  const ZBatchDocument = z
    .object({
      ref: z
        .string({ error: "ref is required." })
        .trim()
        .min(1, "ref is required.")
        .max(MAX_REF_LENGTH, `Refs are at most ${MAX_REF_LENGTH} characters.`),
      name: z.string().trim().min(1, "Must not be empty.").max(255, "Use at most 255 characters.").nullish(),
    })
    .transform((document, context) => {
      const target = parseDocumentRef(document.ref, rules);
      if ("error" in target) {
        context.addIssue({ code: "custom", path: ["ref"], message: target.error, input: document.ref });
        return z.NEVER;
      }
      return { ref: document.ref, name: document.name ?? documentNameFromRef(target) };
    });
  return z.object({
    schema_id: ZUploadDocumentFields.shape.schema_id,
    organization_id: ZUploadDocumentFields.shape.organization_id,
    documents: z
      .array(ZBatchDocument, { error: "documents is required: a list of {ref, name?}." })
      .min(1, "Send at least one document.")
      .max(MAX_BATCH_DOCUMENTS, `At most ${MAX_BATCH_DOCUMENTS.toLocaleString("en")} documents per batch.`),
  });
}
export type TBatchDocumentsRequest = z.output<ReturnType<typeof makeZBatchDocumentsRequest>>;

export const ZBatchDocumentsResponse = z.object({
  job_id: z.string(),
  documents: z.array(z.object({ document_id: z.string(), name: z.string(), ref: z.string() })),
});
export type TBatchDocumentsResponse = z.infer<typeof ZBatchDocumentsResponse>;

const ZIsoDate = z.iso.datetime({ offset: true, error: "Use an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z." });

export const ZListDocumentsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  starting_after: z.string().max(200).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  schema_id: z.string().max(100).optional(),
  job_id: z.string().max(100).optional(),
  created_after: ZIsoDate.optional(),
  created_before: ZIsoDate.optional(),
});
export type TListDocumentsQuery = z.infer<typeof ZListDocumentsQuery>;

const ZBox = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
const ZError = z.object({ code: z.string(), message: z.string() });

export const ZDocumentStatusResponse = z.object({
  document_id: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  extraction_progress: z.number(),
  fields_extracted: z.number(),
  error: ZError.optional(),
});
export type TDocumentStatusResponse = z.infer<typeof ZDocumentStatusResponse>;

export const ZFieldValueResponse = z.object({
  field_key: z.string(),
  field_name: z.string(),
  value: z.string().nullable(),
  normalized_value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  confidence: z.number(),
  was_inferred: z.boolean(),
  manually_edited: z.boolean(),
  source: z.enum(["layout", "einvoice", "ai", "manual"]),
  page: z.number().nullable(),
  bbox: ZBox.nullable(),
});
export type TFieldValueResponse = z.infer<typeof ZFieldValueResponse>;

export const ZDocumentSummaryResponse = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  schema_id: z.string(),
  schema_version: z.number(),
  job_id: z.string(),
  page_count: z.number().nullable(),
  extraction_progress: z.number(),
  fields_extracted: z.number(),
  file_type: z.string().nullable(),
  size_bytes: z.number().nullable(),
  created_at: z.string(),
  completed_at: z.string().nullable(),
  error: ZError.nullable(),
});
export type TDocumentSummaryResponse = z.infer<typeof ZDocumentSummaryResponse>;

export const ZDocumentResponse = ZDocumentSummaryResponse.extend({ field_values: z.array(ZFieldValueResponse) });
export type TDocumentResponse = z.infer<typeof ZDocumentResponse>;

export const ZDocumentListResponse = z.object({
  data: z.array(ZDocumentSummaryResponse),
  has_more: z.boolean(),
  next_cursor: z.string().nullable(),
});
export type TDocumentListResponse = z.infer<typeof ZDocumentListResponse>;

export const ZJobResponse = z.object({
  id: z.string(),
  job_id: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  kind: z.enum(["upload", "batch"]),
  schema_id: z.string(),
  document_count: z.number(),
  processed_count: z.number(),
  failed_count: z.number(),
  pending_count: z.number(),
  error_message: z.string().nullable(),
  created_at: z.string(),
  completed_at: z.string().nullable(),
});
export type TJobResponse = z.infer<typeof ZJobResponse>;

const ZWord = z.object({ text: z.string(), box: ZBox, confidence: z.number() });

export const ZDocumentPagesResponse = z.object({
  document_id: z.string(),
  pages: z.array(
    z.object({
      page: z.number(),
      source: z.enum(["text_layer", "ocr"]),
      width: z.number(),
      height: z.number(),
      /** Degrees clockwise the page was turned before it was read (sideways or upside-down scans); boxes are of the turned page. */
      rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
      /** Degrees clockwise the lines sloped on a page scanned a little askew; boxes are levelled (turned back) by it. */
      skew: z.number(),
      text: z.string(),
      lines: z.array(z.object({ text: z.string(), box: ZBox, confidence: z.number(), words: z.array(ZWord) })),
    }),
  ),
});
