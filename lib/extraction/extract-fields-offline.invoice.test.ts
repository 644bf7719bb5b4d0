// Invoice fields beyond the basic ones: currency, the inferred document type code, net amounts,
// amounts due, due dates inside payment terms and the buyer's name in its address block.

import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import type { TPageLayout } from "@/lib/layout/types";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extractFieldsOffline } from "./extract-fields-offline";

function field(key: string, type: TStoredField["type"] = "text"): TStoredField {
  const name = key
    .split("_")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(" ");
  return { key, name, type, required: false, aliases: [] };
}

async function extractOne(key: string, type: TStoredField["type"], pages: TPageLayout[]) {
  const [result] = await extractFieldsOffline({ fields: [field(key, type)], pages });
  return result;
}

describe("extractFieldsOffline on invoices", () => {
  it("reads a labelled currency as its ISO code", async () => {
    const result = await extractOne("currency", "text", [layoutFromRows(["Rechnungswährung : EUR", "Total 12,00 $"])]);
    expect(result).toMatchObject({ value: "EUR", normalizedValue: "EUR", wasInferred: false });
  });

  it("falls back to the currency printed most often beside the amounts", async () => {
    const page = layoutFromRows(["Item A 10,00 €", "Item B 5,00 €", "Total 15,00 €", "Paid with a $ card"]);
    const result = await extractOne("currency", "text", [page]);
    expect(result.normalizedValue).toBe("EUR");
    expect(result.confidence).toBeGreaterThan(0);
  });

  it("infers the document type code from the title and says it is inferred", async () => {
    const result = await extractOne("document_type_code", "text", [layoutFromRows(["ACME GmbH", "RECHNUNG", "Summe 5,00"])]);
    expect(result).toMatchObject({ value: "380", normalizedValue: "380", wasInferred: true });
    expect(result.confidence).toBeLessThan(0.9);
    const none = await extractOne("document_type_code", "text", [layoutFromRows(["Packing list"])]);
    expect(none.value).toBeNull();
  });
});
