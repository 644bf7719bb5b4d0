import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { buildPageRows } from "./page-rows";
import { pickValue } from "./pick-value";

const wordsOf = (text: string) => buildPageRows(layoutFromRows([text])).rows[0];
const id = (text: string) => pickValue(wordsOf(text), { type: "text", kind: "id", amount: "first" })?.normalized;
const taxId = (text: string) => pickValue(wordsOf(text), { type: "text", kind: "tax_id", amount: "first" })?.normalized;

describe("pickValue: tax ids", () => {
  it("reads the id before the next part's label a dash glued on, after the end of its own label ('TVAintra.')", () => {
    // A footer's "·" read as a dash; the SIRET's digit groups after it are no VAT id.
    expect(taxId("TVAintra. FR12705512719-SIRET 951710 521 50779-RCS Nantes")).toBe("FR12705512719");
    expect(taxId("FR12705512719-SIRET 951710 521 50779-RCS Nantes")).toBe("FR12705512719");
  });
});

describe("pickValue: ids", () => {
  it("reads on past a hyphen standing apart where the reader spaced the id at its hyphens already ('FA- 25 - 497')", () => {
    expect(id("FA- 25 - 497 K23644")).toBe("FA-25-497");
    // Not before a part that starts with a letter, nor after an id with no spaced hyphen of its own.
    expect(id("FA- 25 - Rechnung")).toBe("FA-25");
    expect(id("INV-2024 - 5 items")).toBe("INV-2024");
  });
});
