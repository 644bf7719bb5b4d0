import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";

const ZWebhookUrl = z
  .string()
  .trim()
  .max(2048, "URLs are at most 2,048 characters.")
  .pipe(z.url({ protocol: /^https?$/, error: "Use an http:// or https:// URL." }));

const ZEvents = z
  .array(z.enum(WEBHOOK_EVENTS, { error: `Events are: ${WEBHOOK_EVENTS.join(", ")}.` }))
  .min(1, "Subscribe to at least one event.")
  .transform((events) => [...new Set(events)]);

export const ZCreateWebhookRequest = z.object({
  url: ZWebhookUrl,
  events: ZEvents,
  description: z.string().trim().max(500).optional(),
  enabled: z.boolean().default(true),
});
export type TCreateWebhookRequest = z.input<typeof ZCreateWebhookRequest>;

export const ZUpdateWebhookRequest = z
  .object({
    url: ZWebhookUrl.optional(),
    events: ZEvents.optional(),
    description: z.string().trim().max(500).nullable().optional(),
    enabled: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: "Send at least one of url, events, description or enabled.",
  });
export type TUpdateWebhookRequest = z.input<typeof ZUpdateWebhookRequest>;

export const ZWebhookResponse = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  description: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type TWebhookResponse = z.infer<typeof ZWebhookResponse>;

/** With the secret: the create and rotate responses, and GET with ?include_secret=true (dashboard "show secret"). */
export const ZWebhookWithSecretResponse = ZWebhookResponse.extend({ secret: z.string() });

export const ZWebhookListResponse = z.object({ data: z.array(ZWebhookResponse) });

export const ZWebhookDeliveryResponse = z.object({
  id: z.string(),
  webhook_id: z.string(),
  event: z.string(),
  message_id: z.string(),
  status: z.enum(["pending", "succeeded", "failed"]),
  attempts: z.number(),
  last_status_code: z.number().nullable(),
  last_response_excerpt: z.string().nullable(),
  last_error: z.string().nullable(),
  next_attempt_at: z.string().nullable(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});
export type TWebhookDeliveryResponse = z.infer<typeof ZWebhookDeliveryResponse>;

export const ZWebhookDeliveryListResponse = z.object({
  data: z.array(ZWebhookDeliveryResponse),
  has_more: z.boolean(),
  next_cursor: z.string().nullable(),
});

export const ZListDeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  starting_after: z.string().max(200).optional(),
});
