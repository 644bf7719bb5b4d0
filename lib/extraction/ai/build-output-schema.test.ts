import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { TStoredField } from "@/db/schema";
import { buildOutputSchema, describeField } from "./build-output-schema";

function field(key: string, name: string, type: TStoredField["type"] = "text", extra: Partial<TStoredField> = {}): TStoredField {
  return { key, name, type, required: false, aliases: [], ...extra };
}

const fields = [
  field("invoice_number", "Invoice Number", "text", { aliases: ["Inv. No.", "Invoice #"], description: "The supplier's reference" }),
  field("total_amount", "Total Amount", "number"),
  field("invoice_date", "Invoice Date", "date"),
  field("is_paid", "Paid", "boolean"),
  field("currency", "Currency", "enum", { options: ["EUR", "USD"] }),
];

describe("buildOutputSchema", () => {
  const schema = buildOutputSchema(fields);
  const nothing = Object.fromEntries(fields.map((item) => [item.key, { value: null, line_id: null }]));

  it("accepts one {value, line_id} per field, typed by the field, null for absent", () => {
    const answer = {
      invoice_number: { value: "INV-1", line_id: "p1-l2" },
      total_amount: { value: 4200.5, line_id: "p1-l9" },
      invoice_date: { value: "2024-11-15", line_id: "p1-l3" },
      is_paid: { value: true, line_id: null },
      currency: { value: "EUR", line_id: "p1-l9" },
    };
    expect(schema.parse(answer)).toEqual(answer);
    expect(schema.parse(nothing)).toEqual(nothing);
  });

  it.each([
    ["a string for a number", { total_amount: { value: "4,200.00", line_id: null } }],
    ["a string for a boolean", { is_paid: { value: "yes", line_id: null } }],
    ["an option that isn't one", { currency: { value: "GBP", line_id: null } }],
    ["a bare value", { invoice_number: "INV-1" }],
    ["a missing line_id", { invoice_number: { value: "INV-1" } }],
  ])("rejects %s", (_, change) => {
    expect(schema.safeParse({ ...nothing, ...change }).success).toBe(false);
  });

  it("rejects a missing field", () => {
    const { currency: _, ...partial } = nothing;
    expect(schema.safeParse(partial).success).toBe(false);
  });

  it("describes each field by its name, description, aliases and type for the model", () => {
    const json = z.toJSONSchema(schema) as unknown as {
      properties: Record<string, { description: string; properties: { value: { description: string } } }>;
    };
    expect(json.properties.invoice_number.description).toBe(
      'Invoice Number: The supplier\'s reference. Also printed as "Inv. No.", "Invoice #". Text exactly as printed.',
    );
    expect(json.properties.invoice_date.properties.value.description).toBe("A date as YYYY-MM-DD.");
    expect(json.properties.currency.description).toBe('Currency. One of "EUR", "USD".');
  });

  it("treats an enum without options as text", () => {
    expect(buildOutputSchema([field("kind", "Kind", "enum")]).parse({ kind: { value: "anything", line_id: null } })).toBeTruthy();
  });
});

describe("describeField", () => {
  it("ends every part as a sentence", () => {
    expect(describeField(field("vendor_name", "Vendor Name", "text", { description: "Who issued the invoice." }))).toBe(
      "Vendor Name: Who issued the invoice. Text exactly as printed.",
    );
  });
});
