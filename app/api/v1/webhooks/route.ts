import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { ZCreateWebhookRequest, ZWebhookListResponse, ZWebhookWithSecretResponse } from "@/lib/validation/webhooks";
import { createWebhook, findWebhooks } from "@/lib/webhooks/manage-webhooks";

// GET /api/v1/webhooks – the environment's webhook endpoints
export const GET = withApiAuth(async ({ org, env }) =>
  NextResponse.json(ZWebhookListResponse.parse(await findWebhooks({ orgId: org.id, env }))),
);

// POST /api/v1/webhooks – add an endpoint; the response carries its signing secret
export const POST = withApiAuth(async ({ request, org, env }) => {
  const body = ZCreateWebhookRequest.parse(await parseJsonBody(request));
  return NextResponse.json(ZWebhookWithSecretResponse.parse(await createWebhook({ ...body, orgId: org.id, env })), { status: 201 });
});
