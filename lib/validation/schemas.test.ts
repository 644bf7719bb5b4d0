import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "./field-errors";
import { ZCreateSchemaRequest, ZUpdateSchemaRequest } from "./schemas";

const invoiceNumber = { key: "invoice_number", name: "Invoice Number", type: "text" };

function errorsOf(body: unknown) {
  const parsed = ZCreateSchemaRequest.safeParse(body);
  expect(parsed.success).toBe(false);
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
}

describe("ZCreateSchemaRequest", () => {
  it("accepts the contract's fields and fills defaults", () => {
    const parsed = ZCreateSchemaRequest.parse({
      name: "Invoices",
      fields: [invoiceNumber, { key: "total_amount", name: "Total Amount", type: "number", required: true, aliases: ["Amount due"] }],
    });
    expect(parsed.fields[0]).toEqual({ ...invoiceNumber, required: false, aliases: [] });
    expect(parsed.fields[1].aliases).toEqual(["Amount due"]);
  });

  it("accepts enum fields with options", () => {
    const parsed = ZCreateSchemaRequest.parse({
      name: "x",
      fields: [{ key: "currency", name: "Currency", type: "enum", options: ["EUR", "USD"] }],
    });
    expect(parsed.fields[0].options).toEqual(["EUR", "USD"]);
  });

  it.each([
    ["no fields", { name: "x", fields: [] }, "fields", /at least one field/],
    ["duplicate keys", { name: "x", fields: [invoiceNumber, invoiceNumber] }, "fields.1.key", /Duplicate key/],
    ["invalid key characters", { name: "x", fields: [{ ...invoiceNumber, key: "Invoice-Number" }] }, "fields.0.key", /snake_case/],
    ["a key over 64 characters", { name: "x", fields: [{ ...invoiceNumber, key: "a".repeat(65) }] }, "fields.0.key", /64/],
    ["an unknown type", { name: "x", fields: [{ ...invoiceNumber, type: "money" }] }, "fields.0.type", /one of/],
    ["an enum without options", { name: "x", fields: [{ ...invoiceNumber, type: "enum" }] }, "fields.0.options", /at least one option/],
    ["options on a text field", { name: "x", fields: [{ ...invoiceNumber, options: ["a"] }] }, "fields.0.options", /Only enum/],
    ["a 10,000-character name", { name: "n".repeat(10_000), fields: [invoiceNumber] }, "name", /at most 200/],
    [
      "more than 100 fields",
      { name: "x", fields: Array.from({ length: 101 }, (_, i) => ({ ...invoiceNumber, key: `f_${i}` })) },
      "fields",
      /at most 100/,
    ],
    ["a missing name", { fields: [invoiceNumber] }, "name", /.+/],
  ])("rejects %s with a per-field error", (_label, body, path, message) => {
    const errors = errorsOf(body);
    expect(errors[path]?.join(" ")).toMatch(message);
  });
});

describe("ZUpdateSchemaRequest", () => {
  it("needs at least one change", () => {
    expect(ZUpdateSchemaRequest.safeParse({}).success).toBe(false);
    expect(ZUpdateSchemaRequest.safeParse({ name: "Renamed" }).success).toBe(true);
  });
});
