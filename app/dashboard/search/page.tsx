import type { Metadata } from "next";
import { getSessionContext } from "@/lib/auth/get-session-context";
import { SearchPageClient } from "./page-client";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const session = await getSessionContext();
  return <SearchPageClient initialQuery={typeof q === "string" ? q : ""} env={session?.env ?? "test"} />;
}
