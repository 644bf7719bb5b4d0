import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { getJob } from "@/lib/documents/get-job";
import { ZJobResponse } from "@/lib/validation/documents";

// GET /api/v1/jobs/{id} – an ingestion job's status and document counts
export const GET = withApiAuth<{ id: string }>(async ({ params, org, env }) =>
  NextResponse.json(ZJobResponse.parse(await getJob({ id: params.id, orgId: org.id, env }))),
);
