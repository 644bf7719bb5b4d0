import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { createSchema } from "@/lib/schemas/create-schema";
import { findSchemas } from "@/lib/schemas/find-schemas";
import { ZCreateSchemaRequest, ZListSchemasQuery, ZSchemaListResponse, ZSchemaResponse } from "@/lib/validation/schemas";

// GET /api/v1/schemas – the organization's schemas, newest first, cursor-paginated
export const GET = withApiAuth(async ({ org, searchParams }) => {
  const query = ZListSchemasQuery.parse(searchParams);
  const page = await findSchemas({
    orgId: org.id,
    limit: query.limit,
    startingAfter: query.starting_after,
    includeArchived: query.include_archived,
  });
  return NextResponse.json(ZSchemaListResponse.parse(page));
});

// POST /api/v1/schemas – define a schema's fields; answers 201 with version 1
export const POST = withApiAuth(async ({ request, org }) => {
  const body = ZCreateSchemaRequest.parse(await parseJsonBody(request));
  const schema = await createSchema({ ...body, orgId: org.id });
  return NextResponse.json(ZSchemaResponse.parse(schema), { status: 201, headers: { Location: `/api/v1/schemas/${schema.id}` } });
});
