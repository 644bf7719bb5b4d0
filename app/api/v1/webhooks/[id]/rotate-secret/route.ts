import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { ZWebhookWithSecretResponse } from "@/lib/validation/webhooks";
import { rotateWebhookSecret } from "@/lib/webhooks/manage-webhooks";

// POST /api/v1/webhooks/{id}/rotate-secret – a new signing secret; the old one stops at once
export const POST = withApiAuth<{ id: string }>(async ({ params, org, env }) =>
  NextResponse.json(ZWebhookWithSecretResponse.parse(await rotateWebhookSecret({ id: params.id, orgId: org.id, env }))),
);
