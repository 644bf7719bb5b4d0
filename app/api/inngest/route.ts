import { serve } from "inngest/next";
import { NextResponse } from "next/server";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { getConfig } from "@/lib/config";

const handlers = serve({ client: inngest, functions });
type THandler = (request: Request, context: unknown) => Promise<Response>;

/** Inngest's serve endpoint; without Inngest configured the local engine runs the pipeline and this is 404. */
function whenInngestConfigured(handler: THandler): THandler {
  return async (request, context) => {
    if (getConfig().pipelineEngine !== "inngest") {
      return NextResponse.json(
        { detail: "Inngest is not configured on this server; the local engine runs the pipeline.", code: "not_found" },
        { status: 404 },
      );
    }
    return handler(request, context);
  };
}

export const GET = whenInngestConfigured(handlers.GET as THandler);
export const POST = whenInngestConfigured(handlers.POST as THandler);
export const PUT = whenInngestConfigured(handlers.PUT as THandler);
