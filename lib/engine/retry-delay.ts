/** Exponential backoff with jitter: base, 2×base, 4×base … capped; jitter spreads retries of many runs. */
export function retryDelayMs(attempt: number, baseMs: number, capMs = 5 * 60_000): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + Math.random() * 0.4));
}
