import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { redeliverWebhook } from "@/lib/webhooks/dispatch-delivery";

// POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver – send that event again (same webhook-id)
export const POST = withApiAuth<{ id: string; deliveryId: string }>(async ({ params, org, env }) =>
  NextResponse.json(await redeliverWebhook({ id: params.id, orgId: org.id, env, deliveryId: params.deliveryId }), { status: 202 }),
);
