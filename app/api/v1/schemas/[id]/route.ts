import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { archiveSchema } from "@/lib/schemas/archive-schema";
import { getSchema } from "@/lib/schemas/get-schema";
import { updateSchema } from "@/lib/schemas/update-schema";
import { ZGetSchemaQuery, ZSchemaDetailResponse, ZUpdateSchemaRequest } from "@/lib/validation/schemas";

type TParams = { id: string };

// GET /api/v1/schemas/{id} – a schema with its current fields (or ?version=N) and version history
export const GET = withApiAuth<TParams>(async ({ params, org, searchParams }) => {
  const query = ZGetSchemaQuery.parse(searchParams);
  return NextResponse.json(ZSchemaDetailResponse.parse(await getSchema({ id: params.id, orgId: org.id, version: query.version })));
});

// PATCH /api/v1/schemas/{id} – rename, re-describe, or replace the fields (a new version)
export const PATCH = withApiAuth<TParams>(async ({ request, params, org }) => {
  const body = ZUpdateSchemaRequest.parse(await parseJsonBody(request));
  return NextResponse.json(ZSchemaDetailResponse.parse(await updateSchema({ ...body, id: params.id, orgId: org.id })));
});

// DELETE /api/v1/schemas/{id} – archive: kept for existing documents, refused for new uploads
export const DELETE = withApiAuth<TParams>(async ({ params, org }) =>
  NextResponse.json(ZSchemaDetailResponse.parse(await archiveSchema({ id: params.id, orgId: org.id }))),
);
