import "server-only";
import { getDocument, type PDFDocumentProxy, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import { nodeModulePath } from "./node-module-path";
import { DocumentError } from "./types";

const PDFJS_DIR = ["pdfjs-dist"];
const PARSE_ERRORS = new Set(["InvalidPDFException", "FormatError", "MissingPDFException", "UnknownErrorException"]);

/**
 * Parses a PDF with pdfjs. Throws DocumentError `encrypted_pdf` when it needs a password and `invalid_pdf`
 * when it doesn't parse. The caller must `destroy()` the document.
 */
export async function loadPdfDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    // A copy: pdfjs may transfer (detach) the buffer it is given, and a Node Buffer can share its memory with others.
    data: new Uint8Array(bytes),
    standardFontDataUrl: nodeModulePath(...PDFJS_DIR, "standard_fonts"),
    cMapUrl: nodeModulePath(...PDFJS_DIR, "cmaps"),
    cMapPacked: true,
    wasmUrl: nodeModulePath(...PDFJS_DIR, "wasm"),
    // Uploaded PDFs are untrusted: never compile their fonts into JavaScript functions.
    isEvalSupported: false,
    // Broken-but-readable files are common; pdfjs's warnings would flood the logs.
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    if (error instanceof Error && error.name === "PasswordException") {
      throw new DocumentError("encrypted_pdf", "The PDF is password-protected.");
    }
    // Only pdfjs's verdicts on the file make it the document's fault; anything else (a missing
    // worker module, memory) is ours, and is thrown as is so the step is retried and logged.
    if (error instanceof Error && PARSE_ERRORS.has(error.name)) {
      throw new DocumentError("invalid_pdf", `The file is not a readable PDF (${error.message}).`);
    }
    throw error;
  }
}
