import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { getUsage } from "@/lib/usage/get-usage";
import { ZUsageQuery, ZUsageResponse } from "@/lib/validation/usage";

// GET /api/v1/usage – completed documents and pages per UTC day for the key's organization and environment (default: last 30 days)
export const GET = withApiAuth(async ({ org, env, searchParams }) => {
  const query = ZUsageQuery.parse(searchParams);
  return NextResponse.json(ZUsageResponse.parse(await getUsage({ ...query, orgId: org.id, env })));
});
