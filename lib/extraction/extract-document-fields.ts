import "server-only";
import type { TStoredField } from "@/db/schema";
import { getConfig } from "@/lib/config";
import type { TPageLayout } from "@/lib/layout/types";
import { findExtractionExamples } from "@/lib/learning/find-extraction-examples";
import { logger } from "@/lib/logger";
import { AiExtractionError } from "./ai/ai-extraction-error";
import { createAiExtractor } from "./ai/extract-fields-ai";
import { getExtractionModel } from "./ai/get-extraction-model";
import { combineExtractions } from "./combine-extractions";
import { extractFieldsOffline } from "./extract-fields-offline";
import type { TExtractedField } from "./types";

/** Few-shot examples per field: the latest corrections, enough to show a layout without crowding the page text. */
const EXAMPLES_PER_FIELD = 5;

/**
 * A document's field values: the offline extractor always; with a model configured, the AI
 * extractor too, combined field by field. The AI failing (after its retries) costs only its
 * opinion: the warning is logged and the offline result stands, so the document still completes.
 */
export async function extractDocumentFields(input: {
  documentId: string;
  schemaId: string;
  fields: TStoredField[];
  pages: TPageLayout[];
}): Promise<TExtractedField[]> {
  const { fields, pages } = input;
  const offline = await extractFieldsOffline({ fields, pages });
  const model = getExtractionModel();
  const hasText = pages.some((page) => page.lines.some((line) => line.text.trim()));
  if (!model || !hasText || fields.length === 0) return offline;
  const config = getConfig();
  const examples = await findExtractionExamples(input.schemaId, EXAMPLES_PER_FIELD);
  const extractWithAi = createAiExtractor({
    model,
    examples,
    timeoutMs: config.EXTRACTION_TIMEOUT_MS,
    maxRetries: config.EXTRACTION_MAX_RETRIES,
  });
  const started = Date.now();
  try {
    const ai = await extractWithAi({ fields, pages });
    logger.debug(`document ${input.documentId}: AI extraction took ${Date.now() - started} ms`);
    return combineExtractions(offline, ai);
  } catch (error) {
    if (error instanceof AiExtractionError) {
      logger.warn(`document ${input.documentId}: AI extraction failed (${error.reason}): ${error.message}; keeping the offline result`);
    } else {
      // A bug of ours in grounding shouldn't fail documents the offline reader handles; log it loudly.
      logger.error(`document ${input.documentId}: AI extraction crashed: ${error instanceof Error ? error.stack : String(error)}`);
    }
    return offline;
  }
}
