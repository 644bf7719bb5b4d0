import { NextResponse } from "next/server";
import { z } from "zod";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { correctFieldValue } from "@/lib/documents/correct-field-value";

const ZCorrectFieldRequest = z.object({ value: z.string().max(10_000).nullable() });

// PATCH /api/v1/documents/{id}/fields/{key} – correct one extracted value (manually_edited; learned from)
export const PATCH = withApiAuth<{ id: string; key: string }>(async ({ request, params, org, env }) => {
  const body = ZCorrectFieldRequest.parse(await parseJsonBody(request));
  return NextResponse.json(await correctFieldValue({ documentId: params.id, orgId: org.id, env, fieldKey: params.key, value: body.value }));
});
