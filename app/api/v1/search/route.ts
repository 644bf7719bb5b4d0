import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { searchDocuments } from "@/lib/search/search-documents";
import { ZSearchQuery, ZSearchResponse } from "@/lib/validation/search";

// GET /api/v1/search – full-text search over the environment's documents and their field values, best match first
export const GET = withApiAuth(async ({ org, env, searchParams }) => {
  const query = ZSearchQuery.parse(searchParams);
  return NextResponse.json(ZSearchResponse.parse(await searchDocuments({ ...query, orgId: org.id, env })));
});
