import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { getConfig } from "@/lib/config";

// GET /api/v1/me – who this API key (or dashboard session) acts for
export const GET = withApiAuth(async ({ org, env, auth }) => {
  const config = getConfig();
  const key = auth.type === "api_key" ? auth.key : undefined;
  return NextResponse.json({
    organization_id: org.id,
    organization_name: org.name,
    environment: env,
    key_id: key?.id ?? null,
    key_name: key?.name ?? null,
    rate_limit: key ? { requests: key.rateLimit ?? config.RATE_LIMIT_REQUESTS, window_seconds: config.RATE_LIMIT_WINDOW_SECONDS } : null,
  });
});
