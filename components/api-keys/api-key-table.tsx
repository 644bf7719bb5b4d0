"use client";

import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import type { TApiKeyResponse } from "@/lib/validation/api-keys";

export function ApiKeyTable({ keys, onRevoke }: { keys: TApiKeyResponse[]; onRevoke: (key: TApiKeyResponse) => void }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
        <tr>
          <th className="px-4 py-3 font-medium">Name</th>
          <th className="px-4 py-3 font-medium">Key</th>
          <th className="px-4 py-3 font-medium">Environment</th>
          <th className="px-4 py-3 font-medium">Created</th>
          <th className="px-4 py-3 font-medium">Last used</th>
          <th className="px-4 py-3">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {keys.map((key) => (
          <tr key={key.id} className={key.revoked_at ? "text-slate-400" : undefined}>
            <td className="px-4 py-3 font-medium">{key.name}</td>
            <td className="px-4 py-3 font-mono text-xs">{key.partial_key}</td>
            <td className="px-4 py-3">
              <Badge tone={key.env === "live" ? "green" : "amber"}>{key.env === "live" ? "Live" : "Test"}</Badge>
            </td>
            <td className="px-4 py-3">{formatDateTime(key.created_at)}</td>
            <td className="px-4 py-3">{formatDateTime(key.last_used_at, "Never")}</td>
            <td className="px-4 py-3 text-right">
              {key.revoked_at ? (
                <Badge tone="red">Revoked</Badge>
              ) : (
                <Button variant="ghost" size="sm" onClick={() => onRevoke(key)} aria-label={`Revoke ${key.name}`}>
                  Revoke
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
