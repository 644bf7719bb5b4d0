"use client";

import { useRouter } from "next/navigation";
import { SchemaForm } from "@/components/schemas/schema-form";
import { PageHeader } from "@/components/ui/card";
import { useCreateSchema } from "@/lib/queries/use-schemas";

export default function NewSchemaPage() {
  const router = useRouter();
  const createSchema = useCreateSchema();
  return (
    <>
      <PageHeader title="New schema" description="Name the fields you want back. Aliases are other labels a field is printed under." />
      <SchemaForm
        showTemplates
        submitLabel="Create schema"
        onSubmit={async (values) => {
          const schema = await createSchema.mutateAsync(values);
          router.push(`/dashboard/schemas/${schema.id}`);
        }}
      />
    </>
  );
}
