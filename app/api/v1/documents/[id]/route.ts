import { NextResponse } from "next/server";
import { withApiAuth } from "@/lib/api/with-api-auth";
import { deleteDocument } from "@/lib/documents/delete-document";
import { getDocument } from "@/lib/documents/get-document";
import { ZDocumentResponse } from "@/lib/validation/documents";

type TParams = { id: string };

// GET /api/v1/documents/{id} – the document with its extracted field values
export const GET = withApiAuth<TParams>(async ({ params, org, env }) =>
  NextResponse.json(ZDocumentResponse.parse(await getDocument({ id: params.id, orgId: org.id, env }))),
);

// DELETE /api/v1/documents/{id} – removes the file, text, fields and search entries
export const DELETE = withApiAuth<TParams>(async ({ params, org, env }) =>
  NextResponse.json(await deleteDocument({ id: params.id, orgId: org.id, env })),
);
