// Thrown through the user's handler to stop it where the engine must take over.

/** The run pauses until `until` (a sleep, or a retry after backoff). */
export class SuspendRun extends Error {
  constructor(readonly until: Date) {
    super(`Run suspended until ${until.toISOString()}`);
    this.name = "SuspendRun";
  }
}

/** A step failed; the engine decides between a retry and failing the run. */
export class StepFailed extends Error {
  constructor(
    readonly stepId: string,
    readonly reason: unknown,
  ) {
    super(`Step ${stepId} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = "StepFailed";
  }
}
