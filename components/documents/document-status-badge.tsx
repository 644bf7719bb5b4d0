import { Badge } from "@/components/ui/card";

/** The status, with a progress bar while processing when `progress` is known. */
export function DocumentStatusBadge({ status, progress }: { status: string; progress?: number }) {
  if (status === "completed") return <Badge tone="green">Completed</Badge>;
  if (status === "failed") return <Badge tone="red">Failed</Badge>;
  if (progress === undefined) return <Badge tone="blue">{status === "queued" ? "Queued" : "Processing"}</Badge>;
  return (
    <span className="inline-flex items-center gap-2">
      <Badge tone="blue">{status === "queued" ? "Queued" : "Processing"}</Badge>
      <span
        className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-valuenow={progress}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <span className="block h-full bg-brand-500 transition-all" style={{ width: `${progress}%` }} />
      </span>
      <span className="text-xs text-slate-500">{progress}%</span>
    </span>
  );
}
