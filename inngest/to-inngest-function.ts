import type { EventType } from "inngest";
import { getConfig } from "@/lib/config";
import type { TDurableFunction, TStep } from "@/lib/pipeline/step";
import { inngest } from "./client";

type TInngestStep = {
  run: (id: string, fn: () => unknown) => Promise<unknown>;
  sleep: (id: string, duration: number) => Promise<unknown>;
  sendEvent: (id: string, events: never) => Promise<unknown>;
};

/** Inngest's step tools already have our step interface's shape; this only narrows the types. */
function adaptStep(step: TInngestStep): TStep {
  return {
    run: (id, fn) => step.run(id, fn) as never,
    sleep: async (id, durationMs) => {
      await step.sleep(id, durationMs);
    },
    sendEvent: async (id, events) => {
      await step.sendEvent(id, events as never);
    },
  };
}

/** Serves an engine-neutral durable function on Inngest: same id, retries, concurrency key and failure handler. */
// biome-ignore lint/suspicious/noExplicitAny: the trigger's schema type varies per event
export function toInngestFunction(definition: TDurableFunction, trigger: EventType<string, any>) {
  const config = getConfig();
  return inngest.createFunction(
    {
      id: definition.id,
      retries: definition.retries as 4,
      triggers: [trigger],
      ...(definition.concurrencyKey
        ? { concurrency: { key: `event.data.${definition.concurrencyKey}`, limit: config.PIPELINE_CONCURRENCY_PER_ORG } }
        : {}),
      onFailure: async ({ event, error, runId, step }) => {
        const original = event.data.event as { name: string; data: Record<string, unknown>; id?: string };
        await definition.onFailure?.({
          event: original,
          error: error.message,
          runId,
          sendEvent: async (events) => {
            await step.sendEvent("on-failure-notify", events as never);
          },
        });
      },
    },
    async ({ event, step, attempt, runId }) =>
      definition.handler({
        event: { name: event.name, data: event.data as Record<string, unknown>, id: event.id },
        step: adaptStep(step as unknown as TInngestStep),
        attempt,
        runId,
      }),
  );
}
