import { processDocumentFunction } from "@/lib/pipeline/process-document";
import { documentQueued } from "../events";
import { toInngestFunction } from "../to-inngest-function";

// process-document: load → layout per page → extract → index → finish, as Inngest steps.
export const processDocument = toInngestFunction(processDocumentFunction, documentQueued);
