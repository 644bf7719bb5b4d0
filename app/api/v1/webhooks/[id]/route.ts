import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { ZUpdateWebhookRequest, ZWebhookResponse, ZWebhookWithSecretResponse } from "@/lib/validation/webhooks";
import { deleteWebhook, getWebhook, updateWebhook } from "@/lib/webhooks/manage-webhooks";

type TParams = { id: string };

// GET /api/v1/webhooks/{id} – one endpoint; ?include_secret=true adds its signing secret
export const GET = withApiAuth<TParams>(async ({ params, org, env, searchParams }) => {
  const includeSecret = searchParams.include_secret === "true";
  const webhook = await getWebhook({ id: params.id, orgId: org.id, env, includeSecret });
  return NextResponse.json(includeSecret ? ZWebhookWithSecretResponse.parse(webhook) : ZWebhookResponse.parse(webhook));
});

// PATCH /api/v1/webhooks/{id} – change url, events, description or enabled
export const PATCH = withApiAuth<TParams>(async ({ request, params, org, env }) => {
  const changes = ZUpdateWebhookRequest.parse(await parseJsonBody(request));
  return NextResponse.json(ZWebhookResponse.parse(await updateWebhook({ id: params.id, orgId: org.id, env, changes })));
});

// DELETE /api/v1/webhooks/{id} – remove the endpoint and its delivery log
export const DELETE = withApiAuth<TParams>(async ({ params, org, env }) =>
  NextResponse.json(await deleteWebhook({ id: params.id, orgId: org.id, env })),
);
