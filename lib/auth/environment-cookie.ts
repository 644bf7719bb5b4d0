import type { TEnvironment } from "@/db/schema";

/** The dashboard's Test/Live switch is a cookie, so server pages and API calls see the same mode. */
export const ENVIRONMENT_COOKIE = "ds_env";

export function parseEnvironmentCookie(value: string | undefined): TEnvironment {
  return value === "live" ? "live" : "test";
}
