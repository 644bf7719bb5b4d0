import { Badge } from "@/components/ui/card";
import type { TSchemaResponse } from "@/lib/validation/schemas";

export function SchemaFieldTable({
  fields,
  learnedAliases = {},
}: {
  fields: TSchemaResponse["fields"];
  learnedAliases?: Record<string, string[]>;
}) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
        <tr>
          <th className="px-4 py-3 font-medium">Key</th>
          <th className="px-4 py-3 font-medium">Name</th>
          <th className="px-4 py-3 font-medium">Type</th>
          <th className="px-4 py-3 font-medium">Printed as</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {fields.map((field) => (
          <tr key={field.key}>
            <td className="px-4 py-3 font-mono text-xs">{field.key}</td>
            <td className="px-4 py-3">
              {field.name} {field.required ? <Badge tone="blue">required</Badge> : null}
              {field.description ? <p className="text-xs text-slate-500">{field.description}</p> : null}
            </td>
            <td className="px-4 py-3">
              {field.type}
              {field.options ? <p className="text-xs text-slate-500">{field.options.join(" · ")}</p> : null}
            </td>
            <td className="px-4 py-3 text-xs text-slate-600">
              {field.aliases.join(", ") || "—"}
              {learnedAliases[field.key]?.length ? (
                <p className="mt-1 text-brand-700" title="Learned from corrections in the dashboard or API">
                  Learned: {learnedAliases[field.key].join(", ")}
                </p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
