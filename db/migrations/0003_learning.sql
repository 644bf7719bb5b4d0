CREATE TABLE "extraction_examples" (
	"schema_id" text NOT NULL,
	"field_key" text NOT NULL,
	"document_id" text NOT NULL,
	"value" text,
	"label" text,
	"context" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "extraction_examples_document_id_field_key_pk" PRIMARY KEY("document_id","field_key")
);
--> statement-breakpoint
CREATE TABLE "learned_aliases" (
	"schema_id" text NOT NULL,
	"field_key" text NOT NULL,
	"alias" text NOT NULL,
	"occurrences" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learned_aliases_schema_id_field_key_alias_pk" PRIMARY KEY("schema_id","field_key","alias")
);
--> statement-breakpoint
ALTER TABLE "extraction_examples" ADD CONSTRAINT "extraction_examples_schema_id_schemas_id_fk" FOREIGN KEY ("schema_id") REFERENCES "public"."schemas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extraction_examples" ADD CONSTRAINT "extraction_examples_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learned_aliases" ADD CONSTRAINT "learned_aliases_schema_id_schemas_id_fk" FOREIGN KEY ("schema_id") REFERENCES "public"."schemas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extraction_examples_schema_idx" ON "extraction_examples" USING btree ("schema_id","field_key");