import type { Metadata } from "next";
import { DocumentPageClient } from "./page-client";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DocumentPageClient id={id} />;
}
