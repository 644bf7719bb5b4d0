import type { Metadata } from "next";
import { SchemaPageClient } from "./page-client";

export const metadata: Metadata = { title: "Schema" };

export default async function SchemaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SchemaPageClient id={id} />;
}
