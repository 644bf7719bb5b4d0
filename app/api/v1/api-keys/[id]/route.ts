import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { ZApiKeyResponse } from "@/lib/validation/api-keys";

// DELETE /api/v1/api-keys/{id} – revoke a key; requests with it fail from now on
export const DELETE = withApiAuth<{ id: string }>(
  async ({ params, org }) => NextResponse.json(ZApiKeyResponse.parse(await revokeApiKey({ id: params.id, orgId: org.id }))),
  { allowApiKey: false, roles: ["owner", "admin"] },
);
