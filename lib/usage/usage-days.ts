const DAY_MS = 86_400_000;

/** `day` (YYYY-MM-DD, a UTC calendar day) moved by `count` days. */
export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function listDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Today as a UTC calendar day: usage is metered by UTC day. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
