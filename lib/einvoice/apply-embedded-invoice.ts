import "server-only";
import { eq } from "drizzle-orm";
import { documents, type TStoredField } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db";
import { squash } from "@/lib/extraction/normalize-text";
import type { TExtractedField } from "@/lib/extraction/types";
import { DocumentError } from "@/lib/layout/types";
import { logger } from "@/lib/logger";
import { readDocumentBytes } from "@/lib/pipeline/read-document-bytes";
import { matchEInvoiceFields } from "./match-einvoice-fields";
import { EInvoiceError, parseEInvoice, type TEInvoice } from "./parse-einvoice";
import { readEmbeddedInvoiceXml } from "./read-embedded-invoice-xml";

/**
 * When the document is a PDF carrying an e-invoice (Factur-X, ZUGFeRD, XRechnung), replaces in `extracted`
 * the fields the e-invoice answers with its values (confidence 1, source "einvoice"); the others keep what
 * was read from the pages. A missing, broken or hostile attachment never fails the document.
 * Off with EXTRACTION_READ_EMBEDDED_INVOICE=0.
 */
export async function applyEmbeddedInvoice(extracted: TExtractedField[], options: { documentId: string; fields: TStoredField[] }) {
  if (!getConfig().EXTRACTION_READ_EMBEDDED_INVOICE) return;
  const db = await getDb();
  const [document] = await db
    .select({ storageKey: documents.storageKey, fileType: documents.fileType })
    .from(documents)
    .where(eq(documents.id, options.documentId))
    .limit(1);
  if (!document?.storageKey || document.fileType !== "pdf") return;
  // Outside the try: a storage outage is ours, and the step is retried.
  const bytes = await readDocumentBytes(document.storageKey);
  const invoice = await readInvoice(bytes, options.documentId);
  if (!invoice) return;
  for (const field of matchEInvoiceFields(options.fields, invoice)) {
    const index = extracted.findIndex((candidate) => candidate.key === field.key);
    if (index === -1) {
      extracted.push(field);
      continue;
    }
    // Where the page prints the same value, keep where it is printed.
    const read = extracted[index];
    extracted[index] = sameValue(read, field) ? { ...field, page: read.page, bbox: read.bbox } : field;
  }
}

async function readInvoice(bytes: Uint8Array, documentId: string): Promise<TEInvoice | undefined> {
  try {
    const xml = await readEmbeddedInvoiceXml(bytes);
    const invoice = xml === undefined ? undefined : parseEInvoice(xml);
    if (xml !== undefined && !invoice) logger.info(`document ${documentId}: embedded XML is not a CII or UBL invoice`);
    if (invoice) logger.debug(`document ${documentId}: fields read from its embedded ${invoice.syntax.toUpperCase()} e-invoice`);
    return invoice;
  } catch (error) {
    if (error instanceof EInvoiceError || error instanceof DocumentError) {
      logger.warn(`document ${documentId}: embedded e-invoice ignored: ${error.message}`);
      return undefined;
    }
    // Not the document's fault either (pdfjs internals, memory): still only a missed shortcut.
    logger.error(`document ${documentId}: reading the embedded e-invoice failed: ${error instanceof Error ? error.stack : String(error)}`);
    return undefined;
  }
}

function sameValue(read: TExtractedField, field: TExtractedField): boolean {
  if (read.page === null || read.normalizedValue === null || field.normalizedValue === null) return false;
  if (typeof read.normalizedValue === "number" && typeof field.normalizedValue === "number") {
    return Math.abs(read.normalizedValue - field.normalizedValue) < 0.005;
  }
  return squash(String(read.normalizedValue)) === squash(String(field.normalizedValue));
}
