import "server-only";
import { getConfig } from "@/lib/config";
import { getLocalEngine } from "@/lib/engine/get-local-engine";
import type { TEvent } from "@/lib/pipeline/step";

/**
 * Starts the functions an event triggers, on Inngest when it is configured, else on the local
 * engine. Awaited before the API answers, so an accepted document is never silently not queued.
 */
export async function sendEvent(event: TEvent) {
  if (getConfig().pipelineEngine === "inngest") {
    const { inngest } = await import("@/inngest/client");
    await inngest.send({ name: event.name, data: event.data, id: event.id });
    return;
  }
  await getLocalEngine().send(event);
}
