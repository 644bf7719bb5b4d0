import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { ZListDeliveriesQuery, ZWebhookDeliveryListResponse } from "@/lib/validation/webhooks";
import { findWebhookDeliveries } from "@/lib/webhooks/find-webhook-deliveries";

// GET /api/v1/webhooks/{id}/deliveries – the endpoint's delivery log, newest first
export const GET = withApiAuth<{ id: string }>(async ({ params, org, env, searchParams }) => {
  const query = ZListDeliveriesQuery.parse(searchParams);
  const page = await findWebhookDeliveries({ id: params.id, orgId: org.id, env, limit: query.limit, startingAfter: query.starting_after });
  return NextResponse.json(ZWebhookDeliveryListResponse.parse(page));
});
