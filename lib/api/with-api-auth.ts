import "server-only";
import type { NextRequest } from "next/server";
import { getApiKeyByKey, type TAuthenticatedKey } from "@/lib/api-keys/get-api-key-by-key";
import { getSessionContext, type TSessionContext } from "@/lib/auth/get-session-context";
import { getConfig } from "@/lib/config";
import { ApiError, handleApiError, unauthorized } from "./errors";
import { consumeRateLimit, rateLimitHeaders } from "./rate-limit";

export type TRole = TSessionContext["role"];

export type TApiContext<TParams> = {
  request: NextRequest;
  params: TParams;
  searchParams: Record<string, string>;
  org: { id: string; name: string };
  env: "live" | "test";
  /** How the caller authenticated: an API key, or the dashboard's session cookie. */
  auth: { type: "api_key"; key: TAuthenticatedKey } | { type: "session"; user: TSessionContext["user"]; role: TRole };
};

export type TWithApiAuthOptions = {
  /** Accept the dashboard session instead of an API key (default true). */
  allowSession?: boolean;
  /** Accept API keys (default true). Dashboard-only routes such as key management set false. */
  allowApiKey?: boolean;
  /** Session roles allowed; API keys act for their whole organization. */
  roles?: TRole[];
};

type THandler<TParams> = (context: TApiContext<TParams>) => Promise<Response>;
type TRouteContext<TParams> = { params: Promise<TParams> };

/**
 * Every public route goes through here: authentication (X-API-Key, else session), per-key rate
 * limiting, role checks, and one error shape `{"detail", "code"}` for anything that throws.
 */
export function withApiAuth<TParams = Record<string, never>>(handler: THandler<TParams>, options: TWithApiAuthOptions = {}) {
  const { allowSession = true, allowApiKey = true, roles } = options;
  return async (request: NextRequest, routeContext: TRouteContext<TParams>): Promise<Response> => {
    let limitHeaders: Headers | undefined;
    try {
      const presentedKey = request.headers.get("x-api-key");
      const base = {
        request,
        params: (await routeContext?.params) ?? ({} as TParams),
        searchParams: Object.fromEntries(request.nextUrl.searchParams),
      };

      if (presentedKey !== null || !allowSession) {
        if (!allowApiKey) throw new ApiError({ code: "forbidden", message: "This endpoint is only available from the dashboard." });
        const key = await getApiKeyByKey(presentedKey);
        if (!key) throw unauthorized();
        const config = getConfig();
        const limit = await consumeRateLimit({
          keyId: key.id,
          limit: key.rateLimit ?? config.RATE_LIMIT_REQUESTS,
          windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
        });
        limitHeaders = rateLimitHeaders(limit);
        if (!limit.isAllowed) {
          throw new ApiError({
            code: "rate_limit_exceeded",
            message: `Rate limit of ${limit.limit} requests per ${config.RATE_LIMIT_WINDOW_SECONDS} seconds exceeded. Retry after ${limit.retryAfterSeconds} seconds.`,
          });
        }
        const response = await handler({ ...base, org: key.org, env: key.env, auth: { type: "api_key", key } });
        limitHeaders.forEach((value, name) => {
          response.headers.set(name, value);
        });
        return response;
      }

      const session = await getSessionContext();
      if (!session) throw unauthorized();
      if (roles && !roles.includes(session.role)) {
        throw new ApiError({ code: "forbidden", message: `This action needs one of these roles: ${roles.join(", ")}.` });
      }
      return await handler({
        ...base,
        org: session.org,
        env: session.env,
        auth: { type: "session", user: session.user, role: session.role },
      });
    } catch (error) {
      return handleApiError(error, limitHeaders);
    }
  };
}
