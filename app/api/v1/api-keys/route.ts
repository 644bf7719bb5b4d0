import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { findApiKeys } from "@/lib/api-keys/find-api-keys";
import { ZApiKeyListResponse, ZCreateApiKeyRequest, ZCreatedApiKeyResponse } from "@/lib/validation/api-keys";

// Key management is a dashboard action: an API key can't mint or list keys.

// GET /api/v1/api-keys – the organization's keys, both environments
export const GET = withApiAuth(
  async ({ org }) => NextResponse.json(ZApiKeyListResponse.parse({ data: await findApiKeys({ orgId: org.id }) })),
  { allowApiKey: false },
);

// POST /api/v1/api-keys – create a key; the response is the only time its value is shown
export const POST = withApiAuth(
  async ({ request, org, auth }) => {
    const body = ZCreateApiKeyRequest.parse(await parseJsonBody(request));
    const created = await createApiKey({ ...body, orgId: org.id, createdByUserId: auth.type === "session" ? auth.user.id : undefined });
    return NextResponse.json(ZCreatedApiKeyResponse.parse(created), { status: 201 });
  },
  { allowApiKey: false, roles: ["owner", "admin"] },
);
