import type { TUsageDay } from "@/lib/validation/usage";

const FORMAT_DAY = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });

export function formatUsageDay(day: string) {
  return FORMAT_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** One bar per day, drawn with divs; the table next to it carries the same numbers for screen readers. */
export function UsageBarChart({ days, metric }: { days: TUsageDay[]; metric: "documents" | "pages" }) {
  const max = Math.max(1, ...days.map((day) => day[metric]));
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  return (
    <figure className="m-0">
      <div
        role="img"
        aria-label={`Completed ${metric} per day from ${first} to ${last}; the most in one day: ${max}.`}
        className="flex h-48 items-end gap-px border-b border-slate-300"
      >
        {days.map((day) => (
          <div key={day.day} className="group relative flex h-full min-w-0 flex-1 items-end" title={describeDay(day)}>
            <div
              className={`w-full rounded-t-sm ${day[metric] > 0 ? "bg-brand-500 group-hover:bg-brand-700" : "bg-transparent"}`}
              style={{ height: `${(day[metric] / max) * 100}%` }}
            />
          </div>
        ))}
      </div>
      <figcaption className="mt-1 flex justify-between text-xs text-slate-500">
        <span>{first ? formatUsageDay(first) : ""}</span>
        <span>
          max {max} {metric} a day
        </span>
        <span>{last ? formatUsageDay(last) : ""}</span>
      </figcaption>
    </figure>
  );
}

function describeDay(day: TUsageDay) {
  return `${formatUsageDay(day.day)}: ${day.documents} ${day.documents === 1 ? "document" : "documents"}, ${day.pages} ${day.pages === 1 ? "page" : "pages"}`;
}
