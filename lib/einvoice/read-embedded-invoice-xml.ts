import "server-only";
import { loadPdfDocument } from "@/lib/layout/load-pdf-document";
import { MAX_EINVOICE_XML_SIZE } from "./parse-einvoice";

// The file names the standards give the invoice: Factur-X / ZUGFeRD 2.1+, ZUGFeRD 2.0, ZUGFeRD 1 and XRechnung.
const INVOICE_FILE_NAMES = new Set(["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"]);
const INVOICE_ROOTS = new Set(["CrossIndustryInvoice", "CrossIndustryDocument", "Invoice", "CreditNote"]);
// The root element is near the top; a prolog longer than this (comments, PIs) is not an invoice's.
const ROOT_SEARCH_CHARS = 64 * 1024;

type TAttachment = { filename: string; content: Uint8Array | null };

/**
 * The XML of the e-invoice a PDF carries as an attachment (Factur-X, ZUGFeRD 1/2, XRechnung), or undefined
 * when it carries none: an attachment under one of the standard names, else any `.xml` attachment whose root
 * element is a CII or UBL invoice. Attachments over MAX_EINVOICE_XML_SIZE bytes are ignored. Throws
 * DocumentError when the PDF itself can't be read.
 */
export async function readEmbeddedInvoiceXml(bytes: Uint8Array): Promise<string | undefined> {
  const pdf = await loadPdfDocument(bytes);
  let attachments: Record<string, TAttachment> | null;
  try {
    attachments = await pdf.getAttachments();
  } finally {
    await pdf.destroy();
  }
  const candidates = Object.values(attachments ?? {}).filter(
    (attachment): attachment is { filename: string; content: Uint8Array } =>
      attachment.filename.toLowerCase().endsWith(".xml") &&
      attachment.content !== null &&
      attachment.content.length > 0 &&
      attachment.content.length <= MAX_EINVOICE_XML_SIZE,
  );
  const standard = (attachment: { filename: string }) => INVOICE_FILE_NAMES.has(attachment.filename.toLowerCase());
  // Standard names first, then the other XML files in the PDF's order.
  for (const attachment of [...candidates.filter(standard), ...candidates.filter((attachment) => !standard(attachment))]) {
    const xml = decodeXml(attachment.content);
    if (INVOICE_ROOTS.has(rootElementName(xml) ?? "")) return xml;
  }
  return undefined;
}

/** The root element's local name, skipping the XML declaration, comments and processing instructions. */
function rootElementName(xml: string): string | undefined {
  const head = xml.slice(0, ROOT_SEARCH_CHARS);
  return /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1];
}

/** XML bytes → text: a byte-order mark or the declared encoding decides, UTF-8 otherwise. */
function decodeXml(content: Uint8Array): string {
  if (content[0] === 0xff && content[1] === 0xfe) return new TextDecoder("utf-16le").decode(content);
  if (content[0] === 0xfe && content[1] === 0xff) return new TextDecoder("utf-16be").decode(content);
  const declaration = new TextDecoder("latin1").decode(content.subarray(0, 200));
  const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(declaration)?.[1];
  try {
    // TextDecoder strips a UTF-8 byte-order mark.
    return new TextDecoder(declared ?? "utf-8").decode(content);
  } catch {
    // An encoding name TextDecoder doesn't know.
    return new TextDecoder("utf-8").decode(content);
  }
}
