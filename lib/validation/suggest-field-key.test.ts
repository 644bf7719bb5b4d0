import { describe, expect, it } from "vitest";
import { ZFieldKey } from "./schemas";
import { suggestFieldKey } from "./suggest-field-key";

describe("suggestFieldKey", () => {
  it.each([
    ["Invoice Number", "invoice_number"],
    ["Total (incl. VAT)", "total_incl_vat"],
    ["  Vendor   Name ", "vendor_name"],
    ["Rechnungsdatum Größe", "rechnungsdatum_grosse"],
    ["1st line", "f_1st_line"],
    ["Invoice #", "invoice"],
    ["###", ""],
  ])("%s → %s", (name, key) => {
    expect(suggestFieldKey(name)).toBe(key);
  });

  it("always suggests a valid key for non-empty suggestions", () => {
    for (const name of ["A".repeat(200), "x-y-z", "ÄÖÜ 123", "9"]) {
      const key = suggestFieldKey(name);
      expect(ZFieldKey.safeParse(key).success, key).toBe(true);
    }
  });
});
