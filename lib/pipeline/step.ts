// The engine-neutral contract between the pipeline and whatever runs it. Inngest's `step` object
// satisfies it (through a thin adapter), and so does the local durable engine.

export type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson | undefined };

export type TEvent = { name: string; data: Record<string, unknown>; id?: string };

export type TStep = {
  /** Runs `fn` once; after it succeeded, its (JSON) result is replayed instead of running it again. */
  run<T extends TJson | undefined | void>(id: string, fn: () => Promise<T> | T): Promise<T>;
  /** A durable pause: survives restarts; milliseconds. */
  sleep(id: string, durationMs: number): Promise<void>;
  /** Emits events (once) that may trigger other functions. */
  sendEvent(id: string, events: TEvent | TEvent[]): Promise<void>;
};

export type TFunctionContext = { event: TEvent; step: TStep; attempt: number; runId: string };

/** A durable function, defined once and served by either engine. */
export type TDurableFunction = {
  id: string;
  /** Event name that starts a run. */
  trigger: string;
  /** Retries per step after the first failure. */
  retries: number;
  /** Runs whose event has the same `data[concurrencyKey]` (e.g. the organization) share a concurrency limit. */
  concurrencyKey?: string;
  handler: (context: TFunctionContext) => Promise<TJson | undefined | void>;
  /** Called once when a step has exhausted its retries. */
  onFailure?: (context: { event: TEvent; error: string; runId: string; sendEvent: (events: TEvent[]) => Promise<void> }) => Promise<void>;
};
