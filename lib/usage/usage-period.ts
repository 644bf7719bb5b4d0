import { ApiError } from "@/lib/api/errors";
import { DEFAULT_USAGE_DAYS, MAX_USAGE_DAYS, type TUsageQuery } from "@/lib/validation/usage";
import { addDays, listDays, todayUtc } from "./usage-days";

/**
 * The period a usage request asks for. `to` defaults to today (UTC) and `from` to the 30 days
 * ending at `to`; usage is metered per UTC day, so the period is in UTC days too.
 */
export function resolveUsagePeriod(query: TUsageQuery, now = new Date()): { from: string; to: string } {
  const to = query.to ?? todayUtc(now);
  const from = query.from ?? addDays(to, -(DEFAULT_USAGE_DAYS - 1));
  if (from > to) {
    throw new ApiError({
      code: "unprocessable_entity",
      message: "from must be on or before to.",
      errors: { from: [`${from} is after ${to}.`] },
    });
  }
  if (listDays(from, to).length > MAX_USAGE_DAYS) {
    throw new ApiError({
      code: "unprocessable_entity",
      message: `The period is longer than ${MAX_USAGE_DAYS} days; ask for it in parts.`,
      errors: { from: [`At most ${MAX_USAGE_DAYS} days from from to to.`] },
    });
  }
  return { from, to };
}
