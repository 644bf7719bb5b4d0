import type { ApiKey } from "@/db/schema";
import type { TApiKeyResponse } from "@/lib/validation/api-keys";

export function serializeApiKey(key: ApiKey): TApiKeyResponse {
  return {
    id: key.id,
    name: key.name,
    env: key.env,
    partial_key: key.partialKey,
    rate_limit: key.rateLimit,
    created_at: key.createdAt.toISOString(),
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
  };
}
