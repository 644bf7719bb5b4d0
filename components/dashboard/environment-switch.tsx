"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setEnvironment } from "@/lib/actions/set-environment";

/** Test/Live mode: which environment's documents, jobs and webhooks the dashboard shows. */
export function EnvironmentSwitch({ env }: { env: "live" | "test" }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isPending, startTransition] = useTransition();
  function choose(next: "live" | "test") {
    if (next === env) return;
    startTransition(async () => {
      await setEnvironment(next);
      await queryClient.invalidateQueries();
      router.refresh();
    });
  }
  return (
    <div
      role="radiogroup"
      aria-label="Environment"
      className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-xs font-medium"
    >
      {(["test", "live"] as const).map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={env === option}
          disabled={isPending}
          onClick={() => choose(option)}
          className={`rounded px-3 py-1 ${env === option ? (option === "test" ? "bg-amber-100 text-amber-900" : "bg-green-100 text-green-900") : "text-slate-600 hover:bg-slate-100"}`}
        >
          {option === "test" ? "Test" : "Live"}
        </button>
      ))}
    </div>
  );
}
