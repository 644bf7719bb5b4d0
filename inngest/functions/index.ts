import { processDocument } from "./process-document";

export const functions = [processDocument];
