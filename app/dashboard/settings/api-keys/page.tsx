import type { Metadata } from "next";
import { ApiKeysPageClient } from "./page-client";

export const metadata: Metadata = { title: "API keys" };

export default function ApiKeysPage() {
  return <ApiKeysPageClient />;
}
