"use client";

import { useState } from "react";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { UsageBarChart } from "@/components/usage/usage-bar-chart";
import { UsageDayTable } from "@/components/usage/usage-day-table";
import { useUsage } from "@/lib/queries/use-usage";
import { addDays, todayUtc } from "@/lib/usage/usage-days";

const PERIODS = [7, 30, 90] as const;

export function UsagePageClient() {
  const [periodDays, setPeriodDays] = useState<(typeof PERIODS)[number]>(30);
  const [metric, setMetric] = useState<"documents" | "pages">("documents");
  const to = todayUtc();
  const usage = useUsage({ from: addDays(to, -(periodDays - 1)), to });
  return (
    <>
      <PageHeader
        title="Usage"
        description="Usage counts completed documents and their pages, on the UTC day they completed, separately for each environment: this page shows the mode selected in the header. Failed documents aren't counted."
      />
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm text-slate-600">
          Period
          <select
            value={periodDays}
            onChange={(event) => setPeriodDays(Number(event.target.value) as (typeof PERIODS)[number])}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          >
            {PERIODS.map((days) => (
              <option key={days} value={days}>
                Last {days} days
              </option>
            ))}
          </select>
        </label>
        {usage.data ? (
          <span className="text-sm text-slate-600">
            <Badge tone={usage.data.environment === "test" ? "amber" : "green"}>
              {usage.data.environment === "test" ? "Test" : "Live"}
            </Badge>{" "}
            {usage.data.from} to {usage.data.to} (UTC)
          </span>
        ) : null}
      </div>
      {usage.isPending ? (
        <p className="text-sm text-slate-500">Loading usage…</p>
      ) : usage.isError ? (
        <p role="alert" className="text-sm text-red-700">
          Couldn't load usage: {usage.error.message}
        </p>
      ) : (
        <>
          <dl className="mb-6 grid grid-cols-2 gap-4">
            <Card className="p-4">
              <dt className="text-xs text-slate-500">Documents completed</dt>
              <dd className="text-3xl font-semibold tabular-nums" data-testid="usage-total-documents">
                {usage.data.totals.documents}
              </dd>
            </Card>
            <Card className="p-4">
              <dt className="text-xs text-slate-500">Pages processed</dt>
              <dd className="text-3xl font-semibold tabular-nums" data-testid="usage-total-pages">
                {usage.data.totals.pages}
              </dd>
            </Card>
          </dl>
          <Card className="mb-6 p-4">
            <div className="mb-3 flex items-center justify-between">
              <h2 className="text-sm font-semibold">Per day</h2>
              <div
                role="radiogroup"
                aria-label="Chart"
                className="inline-flex rounded-md border border-slate-300 p-0.5 text-xs font-medium"
              >
                {(["documents", "pages"] as const).map((option) => (
                  <button
                    key={option}
                    type="button"
                    role="radio"
                    aria-checked={metric === option}
                    onClick={() => setMetric(option)}
                    className={`rounded px-3 py-1 capitalize ${metric === option ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
                  >
                    {option}
                  </button>
                ))}
              </div>
            </div>
            <UsageBarChart days={usage.data.days} metric={metric} />
          </Card>
          <UsageDayTable days={usage.data.days} />
        </>
      )}
    </>
  );
}
