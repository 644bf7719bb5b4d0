import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { buildPageRows } from "./page-rows";
import { pickValue } from "./pick-value";

const wordsOf = (text: string) => buildPageRows(layoutFromRows([text])).rows[0];
const taxId = (text: string) => pickValue(wordsOf(text), { type: "text", kind: "tax_id", amount: "first" })?.normalized;

describe("pickValue: tax ids", () => {
  it("reads the id before the next part's label a dash glued on, after the end of its own label ('TVAintra.')", () => {
    // A footer's "·" read as a dash; the SIRET's digit groups after it are no VAT id.
    expect(taxId("TVAintra. FR12705512719-SIRET 951710 521 50779-RCS Nantes")).toBe("FR12705512719");
    expect(taxId("FR12705512719-SIRET 951710 521 50779-RCS Nantes")).toBe("FR12705512719");
  });
});
