import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { WEBHOOK_DELIVERY_CREATED } from "@/lib/pipeline/events";
import { deliverWebhook } from "./webhooks";

// deliver-webhook on Inngest's own test engine: attempts and durable sleeps, mocked by step id.
const event = { name: WEBHOOK_DELIVERY_CREATED, data: { delivery_id: "whd_1" } };
const stepIds = (ctx: { step: { run: unknown } }) => (ctx.step.run as { mock: { calls: [string][] } }).mock.calls.map(([id]) => id);

describe("Inngest function deliver-webhook", () => {
  it("stops after the first successful attempt", async () => {
    const { ctx } = await new InngestTestEngine({ function: deliverWebhook, events: [event] as never }).execute({
      steps: [{ id: "attempt-1", handler: () => ({ isDelivered: true, isFinal: true }) }],
    });
    expect(stepIds(ctx)).toEqual(["attempt-1"]);
    expect(ctx.step.sleep).not.toHaveBeenCalled();
  });

  it("sleeps 1 s, 5 s, 30 s, 5 min and 30 min between the six attempts", async () => {
    const failing = { isDelivered: false, isFinal: false };
    const { ctx } = await new InngestTestEngine({ function: deliverWebhook, events: [event] as never }).execute({
      steps: [
        ...[1, 2, 3, 4, 5].map((attempt) => ({ id: `attempt-${attempt}`, handler: () => failing })),
        { id: "attempt-6", handler: () => ({ isDelivered: false, isFinal: true }) },
        ...[1, 2, 3, 4, 5].map((attempt) => ({ id: `wait-${attempt}`, handler: () => undefined })),
      ],
    });
    expect(stepIds(ctx)).toEqual(["attempt-1", "attempt-2", "attempt-3", "attempt-4", "attempt-5", "attempt-6"]);
    const sleeps = (ctx.step.sleep as unknown as { mock: { calls: [string, number][] } }).mock.calls;
    expect(sleeps).toEqual([
      ["wait-1", 1000],
      ["wait-2", 5000],
      ["wait-3", 30_000],
      ["wait-4", 300_000],
      ["wait-5", 1_800_000],
    ]);
  });
});
