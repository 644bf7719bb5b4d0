import "server-only";
import { getConfig } from "@/lib/config";
import { DURABLE_FUNCTIONS } from "@/lib/pipeline/functions";
import { LocalEngine } from "./local-engine";

const ENGINE = Symbol.for("docustack.localEngine");
type TGlobalWithEngine = typeof globalThis & { [ENGINE]?: LocalEngine };

/** The process's one local engine (shared by every Next.js bundle through globalThis). */
export function getLocalEngine(): LocalEngine {
  const store = globalThis as TGlobalWithEngine;
  if (!store[ENGINE]) {
    const config = getConfig();
    store[ENGINE] = new LocalEngine(DURABLE_FUNCTIONS, {
      concurrency: config.PIPELINE_CONCURRENCY,
      perKeyLimit: config.PIPELINE_CONCURRENCY_PER_ORG,
      retryBaseMs: config.PIPELINE_RETRY_BASE_MS,
      isSoleProcess: config.database === "pglite",
    });
  }
  return store[ENGINE];
}
