import { Badge } from "@/components/ui/card";
import type { TFieldValueResponse } from "@/lib/validation/documents";
import { FieldValueEditor } from "./field-value-editor";

function ConfidenceBar({ value }: { value: number }) {
  const percent = Math.round(value * 100);
  const tone = percent >= 90 ? "bg-green-500" : percent >= 60 ? "bg-amber-500" : "bg-red-500";
  return (
    <span className="inline-flex items-center gap-2" title={`Confidence ${percent}%`}>
      <span className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200">
        <span className={`block h-full ${tone}`} style={{ width: `${percent}%` }} />
      </span>
      <span className="text-xs text-slate-600">{percent}%</span>
    </span>
  );
}

export function FieldValueTable({
  documentId,
  fields,
  canEdit,
  activeKey = null,
  onActivate,
}: {
  documentId: string;
  fields: TFieldValueResponse[];
  canEdit: boolean;
  /** The field whose value is shown on the page preview; hovering a row or its "Page N" selects it. */
  activeKey?: string | null;
  onActivate?: (key: string) => void;
}) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
        <tr>
          <th className="px-4 py-3 font-medium">Field</th>
          <th className="px-4 py-3 font-medium">Value</th>
          <th className="px-4 py-3 font-medium">Normalized</th>
          <th className="px-4 py-3 font-medium">Confidence</th>
          <th className="px-4 py-3 font-medium">Source</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {fields.map((field) => (
          <tr
            key={field.field_key}
            className={field.field_key === activeKey ? "bg-amber-50" : undefined}
            onMouseEnter={field.bbox ? () => onActivate?.(field.field_key) : undefined}
          >
            <td className="px-4 py-3">
              <p className="font-medium">{field.field_name}</p>
              <p className="font-mono text-xs text-slate-500">{field.field_key}</p>
            </td>
            <td className="px-4 py-3">
              {canEdit ? (
                <FieldValueEditor documentId={documentId} fieldKey={field.field_key} fieldName={field.field_name} value={field.value} />
              ) : (
                <span data-testid={`field-${field.field_key}`}>{field.value ?? <span className="text-slate-400">Not found</span>}</span>
              )}
            </td>
            <td className="px-4 py-3 font-mono text-xs">{field.normalized_value === null ? "—" : String(field.normalized_value)}</td>
            <td className="px-4 py-3">{field.value === null ? "—" : <ConfidenceBar value={field.confidence} />}</td>
            <td className="px-4 py-3 text-xs text-slate-600">
              {field.page && field.bbox && onActivate ? (
                <button type="button" className="text-brand-700 hover:underline" onClick={() => onActivate(field.field_key)}>
                  Page {field.page}
                </button>
              ) : field.page ? (
                `Page ${field.page}`
              ) : (
                "—"
              )}{" "}
              {field.was_inferred ? <Badge tone="amber">inferred</Badge> : null}{" "}
              {field.manually_edited ? <Badge tone="blue">edited</Badge> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
