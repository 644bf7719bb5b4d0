import { beforeAll, describe, expect, it } from "vitest";
import type { TDurableFunction, TEvent } from "@/lib/pipeline/step";
import { runSuiteOnFreshDatabase } from "@/tests/support/test-database";
import type { LocalEngine as TLocalEngine } from "./local-engine";

// The engine against a real database: PGlite, or a scratch Postgres database when DATABASE_URL is set.
let LocalEngine: typeof TLocalEngine;
runSuiteOnFreshDatabase();
beforeAll(async () => {
  ({ LocalEngine } = await import("./local-engine"));
});

const OPTIONS = { concurrency: 4, perKeyLimit: 4, retryBaseMs: 10, pollMs: 50, isSoleProcess: false };

function eventually(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  return new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = async () => {
      if (await predicate()) return resolve();
      if (Date.now() > deadline) return reject(new Error("condition not met in time"));
      setTimeout(check, 20);
    };
    void check();
  });
}

let sequence = 0;
const uniqueEvent = (name: string, data: Record<string, unknown> = {}): TEvent => ({
  name,
  id: `${name}-${++sequence}-${Date.now()}`,
  data,
});

describe("LocalEngine", () => {
  it("runs steps in order, once each, and completes the run", async () => {
    const calls: string[] = [];
    const fn: TDurableFunction = {
      id: "ordered",
      trigger: "test/ordered",
      retries: 2,
      handler: async ({ step }) => {
        const a = await step.run("a", () => {
          calls.push("a");
          return 1;
        });
        const b = await step.run("b", () => {
          calls.push("b");
          return a + 1;
        });
        await step.run("c", () => {
          calls.push(`c${b}`);
        });
      },
    };
    const engine = new LocalEngine([fn], OPTIONS);
    await engine.start();
    await engine.send(uniqueEvent("test/ordered"));
    await eventually(() => calls.length === 3);
    await engine.stop();
    expect(calls).toEqual(["a", "b", "c2"]);
  });

  it("retries a failing step on its own; finished steps are not run again", async () => {
    let firstRuns = 0;
    let flakyRuns = 0;
    let isDone = false;
    const fn: TDurableFunction = {
      id: "flaky",
      trigger: "test/flaky",
      retries: 4,
      handler: async ({ step }) => {
        await step.run("first", () => {
          firstRuns++;
        });
        await step.run("flaky", () => {
          flakyRuns++;
          if (flakyRuns < 3) throw new Error("transient");
        });
        isDone = true;
      },
    };
    const engine = new LocalEngine([fn], OPTIONS);
    await engine.start();
    await engine.send(uniqueEvent("test/flaky"));
    await eventually(() => isDone);
    await engine.stop();
    expect({ firstRuns, flakyRuns }).toEqual({ firstRuns: 1, flakyRuns: 3 });
  });

  it("calls onFailure once after the retries are exhausted", async () => {
    const failures: string[] = [];
    let attempts = 0;
    const fn: TDurableFunction = {
      id: "doomed",
      trigger: "test/doomed",
      retries: 2,
      handler: async ({ step }) => {
        await step.run("explode", () => {
          attempts++;
          throw new Error("always");
        });
      },
      onFailure: async ({ error }) => {
        failures.push(error);
      },
    };
    const engine = new LocalEngine([fn], OPTIONS);
    await engine.start();
    await engine.send(uniqueEvent("test/doomed"));
    await eventually(() => failures.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await engine.stop();
    expect(attempts).toBe(3);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/step explode: Error: always/);
  });

  it("sleeps durably and resumes after the delay", async () => {
    const times: number[] = [];
    const fn: TDurableFunction = {
      id: "sleeper",
      trigger: "test/sleeper",
      retries: 0,
      handler: async ({ step }) => {
        const started = await step.run("start", () => Date.now());
        await step.sleep("nap", 300);
        await step.run("end", () => {
          times.push(Date.now() - started);
        });
      },
    };
    const engine = new LocalEngine([fn], OPTIONS);
    await engine.start();
    await engine.send(uniqueEvent("test/sleeper"));
    await eventually(() => times.length === 1);
    await engine.stop();
    expect(times[0]).toBeGreaterThanOrEqual(300);
  });

  it("starts one run per event id, however often it is sent", async () => {
    let runs = 0;
    const fn: TDurableFunction = {
      id: "once",
      trigger: "test/once",
      retries: 0,
      handler: async ({ step }) => {
        await step.run("count", () => {
          runs++;
        });
      },
    };
    const engine = new LocalEngine([fn], OPTIONS);
    await engine.start();
    const event = uniqueEvent("test/once");
    await Promise.all([engine.send(event), engine.send(event), engine.send(event)]);
    await eventually(() => runs === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await engine.stop();
    expect(runs).toBe(1);
  });

  it("holds the per-key concurrency limit", async () => {
    let running = 0;
    let maxRunning = 0;
    let finished = 0;
    const fn: TDurableFunction = {
      id: "limited",
      trigger: "test/limited",
      retries: 0,
      concurrencyKey: "org",
      handler: async ({ step }) => {
        await step.run("work", async () => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          await new Promise((resolve) => setTimeout(resolve, 100));
          running--;
        });
        finished++;
      },
    };
    const engine = new LocalEngine([fn], { ...OPTIONS, perKeyLimit: 1 });
    await engine.start();
    for (let i = 0; i < 4; i++) await engine.send(uniqueEvent("test/limited", { org: "org_same" }));
    await eventually(() => finished === 4);
    await engine.stop();
    expect(maxRunning).toBe(1);
  });

  it("resumes a crashed run after its last finished step", async () => {
    let beforeRuns = 0;
    let afterRuns = 0;
    let isHanging = true;
    const fn: TDurableFunction = {
      id: "crashy",
      trigger: "test/crashy",
      retries: 0,
      handler: async ({ step }) => {
        await step.run("before", () => {
          beforeRuns++;
        });
        await step.run("after", async () => {
          // The first process "dies" here: it never finishes this step and never releases its lease.
          if (isHanging) await new Promise(() => {});
          afterRuns++;
        });
      },
    };
    const crashed = new LocalEngine([fn], { ...OPTIONS, leaseMs: 60_000 });
    await crashed.start();
    await crashed.send(uniqueEvent("test/crashy"));
    await eventually(() => beforeRuns === 1 && crashed.activeRuns === 1);
    void crashed.stop(0);
    isHanging = false;
    // The restarted (sole) process voids the dead process's leases and resumes at once.
    const restarted = new LocalEngine([fn], { ...OPTIONS, isSoleProcess: true });
    await restarted.start();
    await eventually(() => afterRuns === 1);
    await restarted.stop();
    expect({ beforeRuns, afterRuns }).toEqual({ beforeRuns: 1, afterRuns: 1 });
  });
});
