import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { buildPrompt, MAX_PROMPT_TEXT_CHARS } from "./build-prompt";

const fields: TStoredField[] = [
  { key: "invoice_number", name: "Invoice Number", type: "text", required: true, aliases: ["Inv. No."] },
  { key: "total_amount", name: "Total Amount", type: "number", required: false, aliases: [] },
];

describe("buildPrompt", () => {
  it("numbers every line by page and line, and lists the fields", () => {
    const pages = [layoutFromRows(["ACME CORP", "Invoice Number: INV-1"]), layoutFromRows(["Total: 5.00"], { page: 2 })];
    const { system, prompt } = buildPrompt({ fields, pages });
    expect(prompt).toContain("--- page 1 ---\np1-l1: ACME CORP\np1-l2: Invoice Number: INV-1\n--- page 2 ---\np2-l1: Total: 5.00");
    expect(prompt).toContain('- invoice_number: Invoice Number. Also printed as "Inv. No.". Text exactly as printed.');
    expect(prompt).toContain("- total_amount: Total Amount. A plain number");
    expect(prompt).not.toContain("Examples confirmed");
    expect(system).toContain("Never guess");
    expect(system).toContain("answer null");
    expect(system).toContain("line_id");
  });

  it("adds people's confirmed values as few-shot examples, skipping other fields and empty values", () => {
    const { prompt } = buildPrompt({
      fields,
      pages: [layoutFromRows(["Invoice Number: INV-1"])],
      examples: [
        { fieldKey: "invoice_number", value: "RE-7", label: "Beleg", context: "Beleg RE-7\nDatum 1.2.2024" },
        { fieldKey: "total_amount", value: "12.50", label: null, context: null },
        { fieldKey: "removed_field", value: "x", label: null, context: "x" },
        { fieldKey: "total_amount", value: null, label: null, context: "nothing" },
      ],
    });
    const examples = prompt.slice(prompt.indexOf("Examples confirmed"), prompt.indexOf("Document text:"));
    expect(examples.trim().split("\n").slice(1)).toEqual([
      '- For Invoice Number, a person confirmed the value "RE-7" next to the label "Beleg" printed as: "Beleg RE-7\\nDatum 1.2.2024"',
      '- For Total Amount, a person confirmed the value "12.50"',
    ]);
  });

  it(`cuts the page text at ${MAX_PROMPT_TEXT_CHARS} characters and says how much is missing`, () => {
    const rows = Array.from({ length: 3000 }, (_, index) => `Line ${index} ${"x".repeat(40)}`);
    const { prompt } = buildPrompt({ fields, pages: [layoutFromRows(rows)] });
    const text = prompt.slice(prompt.indexOf("<document>"));
    expect(text.length).toBeLessThan(MAX_PROMPT_TEXT_CHARS + 100);
    expect(text).toContain("p1-l1: Line 0");
    expect(text).not.toContain("p1-l3000:");
    expect(text).toMatch(/\[… \d+ more lines not shown\]/);
  });
});
