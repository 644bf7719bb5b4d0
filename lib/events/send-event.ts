import "server-only";
import { getConfig } from "@/lib/config";
import { getLocalEngine } from "@/lib/engine/get-local-engine";
import type { TEvent } from "@/lib/pipeline/step";

/**
 * Starts the functions an event (or a list of events, sent in one go) triggers, on Inngest when it is
 * configured, else on the local engine. Awaited before the API answers, so an accepted document is never
 * silently not queued.
 */
export async function sendEvent(event: TEvent | TEvent[]) {
  const events = Array.isArray(event) ? event : [event];
  if (getConfig().pipelineEngine === "inngest") {
    const { inngest } = await import("@/inngest/client");
    await inngest.send(events.map(({ name, data, id }) => ({ name, data, id })));
    return;
  }
  await getLocalEngine().send(events);
}
