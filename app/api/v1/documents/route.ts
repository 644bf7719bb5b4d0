import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { findDocuments } from "@/lib/documents/find-documents";
import { ZDocumentListResponse, ZListDocumentsQuery } from "@/lib/validation/documents";

// GET /api/v1/documents – the environment's documents, newest first (filters: status, schema_id, job_id, created range)
export const GET = withApiAuth(async ({ org, env, searchParams }) => {
  const query = ZListDocumentsQuery.parse(searchParams);
  return NextResponse.json(ZDocumentListResponse.parse(await findDocuments({ ...query, orgId: org.id, env })));
});
