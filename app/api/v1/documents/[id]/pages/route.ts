import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { getDocumentPages } from "@/lib/documents/get-document-pages";
import { ZDocumentPagesResponse } from "@/lib/validation/documents";

// GET /api/v1/documents/{id}/pages – the text and layout read from each page (lines, words, boxes, confidence)
export const GET = withApiAuth<{ id: string }>(async ({ params, org, env }) =>
  NextResponse.json(ZDocumentPagesResponse.parse(await getDocumentPages({ id: params.id, orgId: org.id, env }))),
);
