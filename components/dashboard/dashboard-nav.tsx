"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { label: "Documents", href: "/dashboard/documents" },
  { label: "Schemas", href: "/dashboard/schemas" },
  { label: "Search", href: "/dashboard/search" },
  { label: "Usage", href: "/dashboard/usage" },
] as const;

const SETTINGS = [
  { label: "API keys", href: "/dashboard/settings/api-keys" },
  { label: "Webhooks", href: "/dashboard/settings/webhooks" },
] as const;

function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const isActive = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={isActive ? "page" : undefined}
      className={`block rounded-md px-3 py-2 text-sm font-medium ${isActive ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
}

export function DashboardNav() {
  return (
    <nav aria-label="Dashboard" className="flex flex-col gap-1">
      {SECTIONS.map((section) => (
        <NavLink key={section.href} {...section} />
      ))}
      <p className="mt-6 mb-1 px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">Settings</p>
      {SETTINGS.map((section) => (
        <NavLink key={section.href} {...section} />
      ))}
    </nav>
  );
}
