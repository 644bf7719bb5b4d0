import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { DOCUMENT_QUEUED } from "@/lib/pipeline/events";
import { processDocument } from "./process-document";

// The Inngest wrapper of the pipeline, run by Inngest's own test engine. The steps' work (database,
// OCR) is mocked by step id; what is tested is the orchestration Inngest will execute.
const event = { name: DOCUMENT_QUEUED, data: { document_id: "c1a2b3c4d5e6f7g8h9i0", organization_id: "org_1", env: "test" } };

function engine() {
  return new InngestTestEngine({ function: processDocument, events: [event] as never });
}

describe("Inngest function process-document", () => {
  it("runs load → a layout step per page → extract → index → finish → notify", async () => {
    const finishNotifications = [{ event: "document_completed", document_id: event.data.document_id, organization_id: "org_1" }];
    const { ctx, result, error } = await engine().execute({
      steps: [
        { id: "load", handler: () => ({ status: "ready", pageCount: 2 }) },
        { id: "layout-page-1", handler: () => ({ status: "done", source: "text_layer", characters: 120 }) },
        { id: "layout-page-2", handler: () => ({ status: "done", source: "ocr", characters: 80 }) },
        { id: "extract", handler: () => ({ fieldsExtracted: 3 }) },
        { id: "index", handler: () => ({ characters: 200 }) },
        { id: "finish", handler: () => ({ notifications: finishNotifications, env: "test" }) },
        { id: "notify", handler: () => ({ ids: ["x"] }) },
      ],
    });
    expect(error ?? undefined).toBeUndefined();
    expect(result ?? undefined).toBeUndefined();
    const stepIds = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map(([id]) => id);
    expect(stepIds).toEqual(["load", "layout-page-1", "layout-page-2", "extract", "index", "finish"]);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("notify", [
      expect.objectContaining({
        name: "pipeline/notification.created",
        id: `document_completed-${event.data.document_id}`,
        data: { organization_id: "org_1", env: "test", event: "document_completed", payload: finishNotifications[0] },
      }),
    ]);
  });

  it("goes straight to finish with the error when the document itself is bad", async () => {
    const { ctx } = await engine().execute({
      steps: [
        { id: "load", handler: () => ({ status: "failed", error: { code: "encrypted_pdf", message: "Password protected." } }) },
        { id: "finish", handler: () => ({ notifications: [] }) },
      ],
    });
    const stepIds = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map(([id]) => id);
    expect(stepIds).toEqual(["load", "finish"]);
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });

  it("stops when a page fails, without extracting", async () => {
    const { ctx } = await engine().execute({
      steps: [
        { id: "load", handler: () => ({ status: "ready", pageCount: 3 }) },
        { id: "layout-page-1", handler: () => ({ status: "done", source: "ocr", characters: 10 }) },
        { id: "layout-page-2", handler: () => ({ status: "failed", error: { code: "ocr_failed", message: "Page 2: unreadable" } }) },
        { id: "finish", handler: () => ({ notifications: [] }) },
      ],
    });
    const stepIds = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map(([id]) => id);
    expect(stepIds).toEqual(["load", "layout-page-1", "layout-page-2", "finish"]);
  });

  it("fetches a batch document's ref before loading it, and fails it there when the fetch fails", async () => {
    const batchEvent = { ...event, data: { ...event.data, has_source_ref: true } };
    const run = (fetchResult: unknown) =>
      new InngestTestEngine({ function: processDocument, events: [batchEvent] as never }).execute({
        steps: [
          { id: "fetch", handler: () => fetchResult },
          { id: "load", handler: () => ({ status: "ready", pageCount: 1 }) },
          { id: "layout-page-1", handler: () => ({ status: "done", source: "text_layer", characters: 120 }) },
          { id: "extract", handler: () => ({ fieldsExtracted: 3 }) },
          { id: "index", handler: () => ({ characters: 200 }) },
          { id: "finish", handler: () => ({ notifications: [] }) },
        ],
      });
    const stepIds = (ctx: { step: { run: unknown } }) => (ctx.step.run as { mock: { calls: [string][] } }).mock.calls.map(([id]) => id);
    const stored = await run({ status: "stored" });
    expect(stepIds(stored.ctx)).toEqual(["fetch", "load", "layout-page-1", "extract", "index", "finish"]);
    const failed = await run({ status: "failed", error: { code: "fetch_failed", message: "example.com answered HTTP 404." } });
    expect(stepIds(failed.ctx)).toEqual(["fetch", "finish"]);
  });

  it("rejects an event whose data doesn't match the schema", async () => {
    const { error } = await new InngestTestEngine({
      function: processDocument,
      events: [{ name: DOCUMENT_QUEUED, data: { document_id: 42 } }] as never,
    }).execute();
    expect(error).toBeDefined();
  });
});
