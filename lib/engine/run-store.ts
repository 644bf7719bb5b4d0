import "server-only";
import { setImmediate } from "node:timers/promises";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type PipelineRun, pipelineRuns, pipelineSteps } from "@/db/schema";
import { getDb } from "@/lib/db";
import { createId } from "@/lib/ids";
import type { TEvent, TJson } from "@/lib/pipeline/step";

// All of the local engine's database access.

type TNewRun = { functionId: string; idempotencyKey: string; event: TEvent; concurrencyKey?: string };

/** Inserts runs in one statement; a run whose (function, idempotency key) exists already is skipped. */
export async function insertRuns(runs: TNewRun[]) {
  if (!runs.length) return;
  const rows: (typeof pipelineRuns.$inferInsert)[] = [];
  for (const [index, run] of runs.entries()) {
    // An id costs about 2 ms of CPU (cuid2 hashes): let other work in now and then when a batch queues 1,000 runs.
    if (index > 0 && index % 50 === 0) await setImmediate();
    rows.push({
      id: createId("run"),
      functionId: run.functionId,
      idempotencyKey: run.idempotencyKey,
      event: run.event,
      concurrencyKey: run.concurrencyKey ?? null,
    });
  }
  const db = await getDb();
  await db
    .insert(pipelineRuns)
    .values(rows)
    .onConflictDoNothing({ target: [pipelineRuns.functionId, pipelineRuns.idempotencyKey] });
}

/**
 * Claims one due run: not finished, due, not leased by a live worker, and under its concurrency
 * key's limit. SKIP LOCKED lets several server instances claim from one table without blocking.
 */
export async function claimRun(options: { workerId: string; leaseMs: number; perKeyLimit: number }): Promise<PipelineRun | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(pipelineRuns)
    .set({
      status: "running",
      lockedBy: options.workerId,
      lockedUntil: sql`now() + ${`${options.leaseMs} milliseconds`}::interval`,
      updatedAt: sql`now()`,
    })
    .where(
      inArray(
        pipelineRuns.id,
        sql`(select r.id from ${pipelineRuns} r
             where r.status in ('queued', 'running') and r.next_run_at <= now()
               and (r.locked_until is null or r.locked_until < now())
               and (r.concurrency_key is null or (
                 select count(*) from ${pipelineRuns} o
                 where o.concurrency_key = r.concurrency_key and o.status = 'running' and o.locked_until >= now()
               ) < ${options.perKeyLimit})
             order by r.next_run_at, r.created_at
             limit 1
             for update skip locked)`,
      ),
    )
    .returning();
  return row;
}

export async function extendLease(runId: string, workerId: string, leaseMs: number) {
  const db = await getDb();
  await db
    .update(pipelineRuns)
    .set({ lockedUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
    .where(and(eq(pipelineRuns.id, runId), eq(pipelineRuns.lockedBy, workerId)));
}

export async function loadStepOutputs(runId: string): Promise<Map<string, TJson>> {
  const db = await getDb();
  const rows = await db
    .select({ stepId: pipelineSteps.stepId, output: pipelineSteps.output })
    .from(pipelineSteps)
    .where(eq(pipelineSteps.runId, runId));
  return new Map(rows.map((row) => [row.stepId, row.output as TJson]));
}

/** Memoizes a finished step and resets the run's attempt counter for the next step. */
export async function saveStepOutput(runId: string, stepId: string, output: TJson, attempts: number) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(pipelineSteps).values({ runId, stepId, output, attempts }).onConflictDoNothing();
    await tx.update(pipelineRuns).set({ attempt: 0, lastError: null, updatedAt: sql`now()` }).where(eq(pipelineRuns.id, runId));
  });
}

export async function releaseRun(
  runId: string,
  changes: Partial<Pick<PipelineRun, "status" | "attempt" | "nextRunAt" | "lastError" | "finishedAt">>,
) {
  const db = await getDb();
  await db
    .update(pipelineRuns)
    .set({ ...changes, lockedBy: null, lockedUntil: null, updatedAt: sql`now()` })
    .where(eq(pipelineRuns.id, runId));
}

/** After a crash of the only process (embedded mode), its leases are void at once. */
export async function releaseAllLeases() {
  const db = await getDb();
  await db.update(pipelineRuns).set({ lockedBy: null, lockedUntil: null }).where(eq(pipelineRuns.status, "running"));
}

export async function earliestDueRunAt(): Promise<Date | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ next: sql<string | null>`min(${pipelineRuns.nextRunAt})` })
    .from(pipelineRuns)
    .where(inArray(pipelineRuns.status, ["queued", "running"]));
  return row?.next ? new Date(row.next) : undefined;
}
