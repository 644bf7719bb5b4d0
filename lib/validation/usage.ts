import { z } from "zod";

/** The longest period one request may ask for, in days (inclusive of both ends). */
export const MAX_USAGE_DAYS = 366;
export const DEFAULT_USAGE_DAYS = 30;

const ZDay = z.iso.date({ error: "Use a date as YYYY-MM-DD, e.g. 2026-01-31." });

export const ZUsageQuery = z.object({ from: ZDay.optional(), to: ZDay.optional() });
export type TUsageQuery = z.infer<typeof ZUsageQuery>;

export const ZUsageDay = z.object({ day: z.string(), documents: z.number(), pages: z.number() });
export type TUsageDay = z.infer<typeof ZUsageDay>;

export const ZUsageResponse = z.object({
  environment: z.enum(["live", "test"]),
  from: z.string(),
  to: z.string(),
  totals: z.object({ documents: z.number(), pages: z.number() }),
  days: z.array(ZUsageDay),
});
export type TUsageResponse = z.infer<typeof ZUsageResponse>;
