import type { Metadata } from "next";
import { SchemasPageClient } from "./page-client";

export const metadata: Metadata = { title: "Schemas" };

export default function SchemasPage() {
  return <SchemasPageClient />;
}
