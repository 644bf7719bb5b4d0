import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { EnvironmentSwitch } from "@/components/dashboard/environment-switch";
import { UserMenu } from "@/components/dashboard/user-menu";
import { getSessionContext } from "@/lib/auth/get-session-context";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await getSessionContext();
  if (!session) redirect("/login?callbackUrl=/dashboard");
  return (
    <div className="min-h-screen">
      <header className="sticky top-0 z-10 flex h-14 items-center justify-between border-b border-slate-200 bg-white px-6">
        <div className="flex items-center gap-4">
          <Link href="/dashboard" className="text-lg font-semibold tracking-tight text-brand-700">
            DocuStack
          </Link>
          <span className="text-sm text-slate-500" data-testid="organization-name">
            {session.org.name}
          </span>
        </div>
        <div className="flex items-center gap-4">
          <EnvironmentSwitch env={session.env} />
          <UserMenu name={session.user.name} email={session.user.email} />
        </div>
      </header>
      {session.env === "test" ? (
        <div className="border-b border-amber-200 bg-amber-50 px-6 py-1.5 text-xs text-amber-900">
          Test mode: you are viewing sandbox data created with <code className="font-mono">ds_test_</code> keys.
        </div>
      ) : null}
      <div className="mx-auto flex max-w-7xl gap-8 px-6 py-8">
        <aside className="w-48 shrink-0">
          <DashboardNav />
        </aside>
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
