import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { sendTestWebhook } from "@/lib/webhooks/dispatch-delivery";

// POST /api/v1/webhooks/{id}/test – send a signed `webhook_test` event; 202 {delivery_id}
export const POST = withApiAuth<{ id: string }>(async ({ params, org, env }) =>
  NextResponse.json(await sendTestWebhook({ id: params.id, orgId: org.id, env }), { status: 202 }),
);
