import "server-only";
import { DOCUMENT_QUEUED, ZDocumentQueuedData } from "./events";
import { toNotificationEvents } from "./notification-events";
import type { TDurableFunction, TFunctionContext } from "./step";
import { extractDocument } from "./steps/extract-document";
import { fetchDocument } from "./steps/fetch-document";
import { finishDocument } from "./steps/finish-document";
import { indexDocument } from "./steps/index-document";
import { layoutPage } from "./steps/layout-page";
import { loadDocument } from "./steps/load-document";

const PROCESS_DOCUMENT_RETRIES = 4;

/**
 * (fetch, for batch refs →) load → layout (one step per page) → extract → index → finish. Each step is
 * idempotent and retried on its own; a crash between steps resumes after the last finished one. A problem
 * with the document itself (encrypted, corrupt…) is not retried: it ends the document as failed.
 */
export async function processDocument({ event, step, attempt }: TFunctionContext) {
  const { document_id: documentId, has_source_ref: hasSourceRef } = ZDocumentQueuedData.parse(event.data);

  const finish = async (failure?: { code: string; message: string }) => {
    const finished = await step.run("finish", () => finishDocument({ documentId, failure }));
    const events = toNotificationEvents(finished);
    if (events.length) await step.sendEvent("notify", events);
  };

  if (hasSourceRef) {
    // `attempt` counts the current step's attempts: the last one turns a transient fetch error into fetch_failed.
    const isLastAttempt = attempt >= PROCESS_DOCUMENT_RETRIES;
    const fetched = await step.run("fetch", () => fetchDocument({ documentId, isLastAttempt }));
    if (fetched.status === "gone") return;
    if (fetched.status === "failed") return finish(fetched.error);
  }
  const loaded = await step.run("load", () => loadDocument(documentId));
  if (loaded.status === "gone") return;
  if (loaded.status === "failed") return finish(loaded.error);

  for (let page = 1; page <= loaded.pageCount; page++) {
    const result = await step.run(`layout-page-${page}`, () => layoutPage({ documentId, page, pageCount: loaded.pageCount }));
    if (result.status === "failed") return finish(result.error);
  }
  await step.run("extract", () => extractDocument(documentId));
  await step.run("index", () => indexDocument(documentId));
  await finish();
}

export const processDocumentFunction: TDurableFunction = {
  id: "process-document",
  trigger: DOCUMENT_QUEUED,
  retries: PROCESS_DOCUMENT_RETRIES,
  concurrencyKey: "organization_id",
  handler: processDocument,
  // A step kept failing (not the document's fault): end the document as failed instead of leaving it processing.
  onFailure: async ({ event, error, sendEvent }) => {
    const { document_id: documentId } = ZDocumentQueuedData.parse(event.data);
    const finished = await finishDocument({
      documentId,
      failure: { code: "internal_error", message: `Processing failed repeatedly: ${error}` },
    });
    const events = toNotificationEvents(finished);
    if (events.length) await sendEvent(events);
  },
};
