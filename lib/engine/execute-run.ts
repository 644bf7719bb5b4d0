import "server-only";
import type { PipelineRun } from "@/db/schema";
import { logger } from "@/lib/logger";
import type { TDurableFunction, TEvent, TJson, TStep } from "@/lib/pipeline/step";
import { retryDelayMs } from "./retry-delay";
import { StepFailed, SuspendRun } from "./run-signals";
import { loadStepOutputs, releaseRun, saveStepOutput } from "./run-store";

export type TExecuteOptions = {
  retryBaseMs: number;
  /** Enqueues runs for an emitted event (the engine's own `send`). */
  send: (event: TEvent) => Promise<void>;
};

function toJson(value: unknown): TJson {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as TJson);
}

/** The step object for one execution of a run: replays memoized steps, records new ones. */
function createStep(run: PipelineRun, memo: Map<string, TJson>, options: TExecuteOptions): TStep {
  const step: TStep = {
    async run(id, body) {
      if (memo.has(id)) return memo.get(id) as never;
      let output: unknown;
      try {
        output = await body();
      } catch (error) {
        throw new StepFailed(id, error);
      }
      const json = toJson(output);
      await saveStepOutput(run.id, id, json, run.attempt + 1);
      memo.set(id, json);
      logger.debug(`step finished run=${run.id} step=${id} attempt=${run.attempt + 1}`);
      return json as never;
    },
    async sleep(id, durationMs) {
      const memoized = memo.get(id) as { until: string } | undefined;
      const until = memoized ? new Date(memoized.until) : new Date(Date.now() + durationMs);
      if (!memoized) {
        await saveStepOutput(run.id, id, { until: until.toISOString() }, 1);
        memo.set(id, { until: until.toISOString() });
      }
      if (until.getTime() > Date.now()) throw new SuspendRun(until);
    },
    async sendEvent(id, events) {
      await step.run(id, async () => {
        const list = Array.isArray(events) ? events : [events];
        for (const event of list) await options.send(event);
        return { sent: list.length };
      });
    },
  };
  return step;
}

function describeFailure(error: unknown): string {
  const reason = error instanceof StepFailed ? error.reason : error;
  const message = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  return error instanceof StepFailed ? `step ${error.stepId}: ${message}` : message;
}

/**
 * Executes a claimed run until it finishes, suspends (sleep) or a step fails. A failed step is
 * retried with backoff, up to the function's `retries`; steps that finished are never run again.
 */
export async function executeRun(run: PipelineRun, definition: TDurableFunction, options: TExecuteOptions) {
  const memo = await loadStepOutputs(run.id);
  const event = run.event as TEvent;
  try {
    await definition.handler({ event, step: createStep(run, memo, options), attempt: run.attempt, runId: run.id });
    await releaseRun(run.id, { status: "completed", finishedAt: new Date() });
  } catch (error) {
    if (error instanceof SuspendRun) {
      await releaseRun(run.id, { status: "queued", nextRunAt: error.until });
      return;
    }
    const attempt = run.attempt + 1;
    const message = describeFailure(error);
    if (attempt <= definition.retries) {
      logger.warn(`step failed, will retry run=${run.id} function=${definition.id} attempt=${attempt}: ${message}`);
      await releaseRun(run.id, {
        status: "queued",
        attempt,
        lastError: message,
        nextRunAt: new Date(Date.now() + retryDelayMs(attempt, options.retryBaseMs)),
      });
      return;
    }
    logger.error(`run failed run=${run.id} function=${definition.id} attempts=${attempt}: ${message}`);
    try {
      await definition.onFailure?.({
        event,
        error: message,
        runId: run.id,
        sendEvent: async (events) => {
          for (const emitted of events) await options.send(emitted);
        },
      });
    } catch (failureError) {
      console.error(`onFailure of run ${run.id} threw`, failureError);
    }
    await releaseRun(run.id, { status: "failed", attempt, lastError: message, finishedAt: new Date() });
  }
}
