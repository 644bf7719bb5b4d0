import { z } from "zod";

export const ZEnvironment = z.enum(["live", "test"]);

export const ZCreateApiKeyRequest = z.object({
  name: z.string().trim().min(1, "Give the key a name.").max(100, "Use at most 100 characters."),
  env: ZEnvironment,
  /** Requests per rate-limit window; omit for the server default. */
  rateLimit: z.number().int().min(1).max(100_000).optional(),
});
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;

export const ZApiKeyResponse = z.object({
  id: z.string(),
  name: z.string(),
  env: ZEnvironment,
  partial_key: z.string(),
  rate_limit: z.number().nullable(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export type TApiKeyResponse = z.infer<typeof ZApiKeyResponse>;

/** The only response that ever carries the plaintext key. */
export const ZCreatedApiKeyResponse = ZApiKeyResponse.extend({ key: z.string() });
export type TCreatedApiKeyResponse = z.infer<typeof ZCreatedApiKeyResponse>;

export const ZApiKeyListResponse = z.object({ data: z.array(ZApiKeyResponse) });
