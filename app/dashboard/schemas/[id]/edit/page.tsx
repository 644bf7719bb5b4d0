"use client";

import { useParams, useRouter } from "next/navigation";
import { SchemaForm } from "@/components/schemas/schema-form";
import { PageHeader } from "@/components/ui/card";
import { useSchema, useUpdateSchema } from "@/lib/queries/use-schemas";

export default function EditSchemaPage() {
  const { id } = useParams<{ id: string }>();
  const router = useRouter();
  const schema = useSchema(id);
  const updateSchema = useUpdateSchema(id);
  if (schema.isPending) return <p className="text-sm text-slate-500">Loading schema…</p>;
  if (schema.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {schema.error.message}
      </p>
    );
  return (
    <>
      <PageHeader
        title={`Edit ${schema.data.name}`}
        description={`Changing fields saves version ${schema.data.version + 1}; documents already extracted keep version ${schema.data.version}.`}
      />
      <SchemaForm
        initial={schema.data}
        showTemplates={false}
        submitLabel="Save changes"
        onSubmit={async (values) => {
          await updateSchema.mutateAsync({ ...values, description: values.description ?? null });
          router.push(`/dashboard/schemas/${id}`);
        }}
      />
    </>
  );
}
