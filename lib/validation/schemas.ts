import { z } from "zod";

// Our product noun is "schema": ZCreateSchemaRequest is a zod schema for creating a DocuStack schema.

export const FIELD_TYPES = ["text", "number", "date", "boolean", "email", "phone", "enum"] as const;
export const MAX_FIELDS_PER_SCHEMA = 100;
const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

export const ZFieldKey = z
  .string()
  .min(1, "Give the field a key.")
  .max(64, "Keys are at most 64 characters.")
  .regex(FIELD_KEY_PATTERN, "Keys are lower snake_case: a lowercase letter, then lowercase letters, digits or underscores.");

const ZLabel = z.string().trim().min(1, "Must not be empty.").max(100, "Use at most 100 characters.");

export const ZSchemaField = z
  .object({
    key: ZFieldKey,
    name: z.string().trim().min(1, "Give the field a display name.").max(100, "Use at most 100 characters."),
    type: z.enum(FIELD_TYPES, { error: `Type must be one of: ${FIELD_TYPES.join(", ")}.` }),
    // null is accepted as "none" so a GET response can be sent back in a PATCH unchanged.
    description: z
      .string()
      .trim()
      .max(1000, "Use at most 1,000 characters.")
      .nullish()
      .transform((value) => value || undefined),
    required: z.boolean().default(false),
    aliases: z.array(ZLabel).max(20, "At most 20 aliases.").default([]),
    options: z
      .array(ZLabel)
      .max(100, "At most 100 options.")
      .nullish()
      .transform((value) => value ?? undefined),
  })
  .superRefine((field, context) => {
    if (field.type === "enum" && (!field.options || field.options.length === 0)) {
      context.addIssue({ code: "custom", path: ["options"], message: "Enum fields need at least one option." });
    }
    if (field.type !== "enum" && field.options !== undefined) {
      context.addIssue({ code: "custom", path: ["options"], message: "Only enum fields take options." });
    }
    if (field.options && new Set(field.options).size !== field.options.length) {
      context.addIssue({ code: "custom", path: ["options"], message: "Options must be unique." });
    }
  });
export type TSchemaFieldInput = z.input<typeof ZSchemaField>;
export type TSchemaField = z.output<typeof ZSchemaField>;

export const ZSchemaFields = z
  .array(ZSchemaField)
  .min(1, "A schema needs at least one field.")
  .max(MAX_FIELDS_PER_SCHEMA, `A schema has at most ${MAX_FIELDS_PER_SCHEMA} fields.`)
  .superRefine((fields, context) => {
    const seen = new Map<string, number>();
    fields.forEach((field, index) => {
      const first = seen.get(field.key);
      if (first !== undefined) {
        context.addIssue({ code: "custom", path: [index, "key"], message: `Duplicate key "${field.key}" (also field ${first + 1}).` });
      } else {
        seen.set(field.key, index);
      }
    });
  });

const ZSchemaName = z.string().trim().min(1, "Give the schema a name.").max(200, "Use at most 200 characters.");
const ZSchemaDescription = z.string().trim().max(2000, "Use at most 2,000 characters.");

export const ZCreateSchemaRequest = z.object({
  name: ZSchemaName,
  description: ZSchemaDescription.optional(),
  fields: ZSchemaFields,
});
export type TCreateSchemaRequest = z.input<typeof ZCreateSchemaRequest>;

export const ZUpdateSchemaRequest = z
  .object({
    name: ZSchemaName.optional(),
    description: ZSchemaDescription.nullable().optional(),
    fields: ZSchemaFields.optional(),
  })
  .refine((body) => body.name !== undefined || body.description !== undefined || body.fields !== undefined, {
    message: "Send at least one of name, description or fields.",
  });
export type TUpdateSchemaRequest = z.input<typeof ZUpdateSchemaRequest>;

export const ZListSchemasQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  starting_after: z.string().max(200).optional(),
  include_archived: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

export const ZGetSchemaQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const ZSchemaResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  version: z.number(),
  fields: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      type: z.enum(FIELD_TYPES),
      description: z.string().nullable(),
      required: z.boolean(),
      aliases: z.array(z.string()),
      options: z.array(z.string()).nullable(),
    }),
  ),
  archived: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
  archived_at: z.string().nullable(),
});
export type TSchemaResponse = z.infer<typeof ZSchemaResponse>;

export const ZSchemaDetailResponse = ZSchemaResponse.extend({
  versions: z.array(z.object({ version: z.number(), field_count: z.number(), created_at: z.string() })),
  /** field key → labels learned from corrections, used like aliases. */
  learned_aliases: z.record(z.string(), z.array(z.string())),
});
export type TSchemaDetailResponse = z.infer<typeof ZSchemaDetailResponse>;

export const ZSchemaListResponse = z.object({
  data: z.array(ZSchemaResponse),
  has_more: z.boolean(),
  next_cursor: z.string().nullable(),
});
export type TSchemaListResponse = z.infer<typeof ZSchemaListResponse>;
