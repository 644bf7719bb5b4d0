import "server-only";
import { createId } from "@/lib/ids";
import type { TDurableFunction, TEvent } from "@/lib/pipeline/step";
import { executeRun } from "./execute-run";
import { claimRun, earliestDueRunAt, extendLease, insertRuns, releaseAllLeases } from "./run-store";

export type TLocalEngineOptions = {
  /** Runs executing at once in this process. */
  concurrency: number;
  /** Runs executing at once per concurrency key (e.g. per organization), across all processes. */
  perKeyLimit: number;
  retryBaseMs: number;
  /** A claimed run is leased this long and the lease is renewed while it runs; a crashed worker's runs come back after it expires. */
  leaseMs?: number;
  pollMs?: number;
  /** True when this process is the only one using the database (embedded PGlite): leases of a previous crash are released at once. */
  isSoleProcess: boolean;
};

/**
 * The durable engine used when no Inngest server is configured: runs and step outputs live in the
 * database, so a restart (even after kill -9) resumes every unfinished run after its last finished step.
 */
export class LocalEngine {
  readonly workerId = `worker_${createId()}`;
  private readonly byTrigger = new Map<string, TDurableFunction[]>();
  private readonly byId = new Map<string, TDurableFunction>();
  private readonly active = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;
  private isFilling = false;
  private isWakePending = false;
  private isStopped = true;

  constructor(
    functions: TDurableFunction[],
    private readonly options: TLocalEngineOptions,
  ) {
    for (const definition of functions) {
      this.byId.set(definition.id, definition);
      this.byTrigger.set(definition.trigger, [...(this.byTrigger.get(definition.trigger) ?? []), definition]);
    }
  }

  async start() {
    if (!this.isStopped) return;
    this.isStopped = false;
    if (this.options.isSoleProcess) await releaseAllLeases();
    this.schedule(0);
  }

  /** Stops claiming new runs and waits (up to `timeoutMs`) for the ones executing. */
  async stop(timeoutMs = 10_000) {
    this.isStopped = true;
    clearTimeout(this.timer);
    await Promise.race([Promise.allSettled([...this.active]), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  /** Starts one run per function triggered by each event (one insert for all); the same event id never starts a second run. */
  async send(events: TEvent | TEvent[]) {
    const runs = (Array.isArray(events) ? events : [events]).flatMap((event) =>
      (this.byTrigger.get(event.name) ?? []).map((definition) => ({
        functionId: definition.id,
        idempotencyKey: event.id ?? createId(),
        event,
        concurrencyKey: definition.concurrencyKey ? String(event.data[definition.concurrencyKey] ?? "") : undefined,
      })),
    );
    await insertRuns(runs);
    this.schedule(0);
  }

  get activeRuns() {
    return this.active.size;
  }

  private schedule(delayMs: number) {
    if (this.isStopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fill(), delayMs);
  }

  private async fill() {
    if (this.isFilling) {
      this.isWakePending = true;
      return;
    }
    this.isFilling = true;
    try {
      while (!this.isStopped && this.active.size < this.options.concurrency) {
        const run = await claimRun({ workerId: this.workerId, leaseMs: this.leaseMs, perKeyLimit: this.options.perKeyLimit });
        if (!run) break;
        const execution = this.execute(run).finally(() => {
          this.active.delete(execution);
          this.schedule(0);
        });
        this.active.add(execution);
      }
    } catch (error) {
      console.error("Local engine: claiming runs failed; retrying shortly", error);
    } finally {
      this.isFilling = false;
    }
    if (this.isWakePending) {
      this.isWakePending = false;
      this.schedule(0);
      return;
    }
    this.schedule(await this.nextPollDelay());
  }

  private async nextPollDelay() {
    const poll = this.options.pollMs ?? 1000;
    try {
      const next = await earliestDueRunAt();
      return next ? Math.min(poll, Math.max(0, next.getTime() - Date.now())) : poll;
    } catch {
      return poll;
    }
  }

  private get leaseMs() {
    return this.options.leaseMs ?? 30_000;
  }

  private async execute(run: Awaited<ReturnType<typeof claimRun>> & object) {
    const definition = this.byId.get(run.functionId);
    if (!definition) {
      console.error(`Local engine: no function ${run.functionId} for run ${run.id}`);
      return;
    }
    const heartbeat = setInterval(() => {
      extendLease(run.id, this.workerId, this.leaseMs).catch((error) => console.error("Lease renewal failed", error));
    }, this.leaseMs / 3);
    try {
      await executeRun(run, definition, { retryBaseMs: this.options.retryBaseMs, send: (event) => this.send(event) });
    } catch (error) {
      // Only database failures get here (executeRun handles the function's own errors); the lease expires and the run comes back.
      console.error(`Local engine: run ${run.id} could not be recorded`, error);
    } finally {
      clearInterval(heartbeat);
    }
  }
}
