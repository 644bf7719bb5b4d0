import { Card } from "@/components/ui/card";
import type { TUsageDay } from "@/lib/validation/usage";
import { formatUsageDay } from "./usage-bar-chart";

/** The days of the period that had usage, newest first. */
export function UsageDayTable({ days }: { days: TUsageDay[] }) {
  const active = days.filter((day) => day.documents > 0 || day.pages > 0).reverse();
  return (
    <Card>
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-3 text-left text-xs text-slate-500">Days with usage (UTC), newest first. Other days had none.</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-3 font-medium">Day</th>
            <th className="px-4 py-3 text-right font-medium">Documents</th>
            <th className="px-4 py-3 text-right font-medium">Pages</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {active.length === 0 ? (
            <tr>
              <td colSpan={3} className="px-4 py-6 text-center text-slate-500">
                No documents were completed in this period.
              </td>
            </tr>
          ) : (
            active.map((day) => (
              <tr key={day.day}>
                <td className="px-4 py-2">
                  <time dateTime={day.day}>{formatUsageDay(day.day)}</time>
                  <span className="ml-2 font-mono text-xs text-slate-400">{day.day}</span>
                </td>
                <td className="px-4 py-2 text-right tabular-nums">{day.documents}</td>
                <td className="px-4 py-2 text-right tabular-nums">{day.pages}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </Card>
  );
}
