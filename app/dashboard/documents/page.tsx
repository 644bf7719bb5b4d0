import type { Metadata } from "next";
import { DocumentsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Documents" };

export default function DocumentsPage() {
  return <DocumentsPageClient />;
}
