// A VAT id found by its shape when its label can't be read: a country prefix and digits, also grouped by full stops.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";
import { findUnlabelledVatId } from "./find-unlabelled-vat-id";
import { buildPageRows } from "./page-rows";

function unlabelledVatId(rows: string[]) {
  return findUnlabelledVatId([buildPageRows(layoutFromRows(rows))])?.normalized ?? null;
}

describe("findUnlabelledVatId", () => {
  it("reads an id whose digits full stops group ('NL6029.59.577.B01'), or with a label run into it ('MWSTCHE-…')", () => {
    expect(unlabelledVatId(["Smit & Mulder B.V.", "Kantoor NL6029.59.577.B01"])).toBe("NL6029.59.577.B01");
    expect(unlabelledVatId(["Dubois SPRL", "TVA BE0478.123.456"])).toBe("BE0478.123.456");
    // A Swiss UID with its label run into it.
    expect(unlabelledVatId(["Baumann Informatik AG", "Bankverbindung: UBS Switzerland AG MWSTCHE-840.930.992"])).toBe("CHE-840.930.992");
    // Or both a label and the VAT suffix run into it, or a label into a dotted id.
    expect(unlabelledVatId(["Keller Treuhand AG", "MWSTCHE-622.817.137MWST"])).toBe("CHE-622.817.137 MWST");
    expect(unlabelledVatId(["Smit & Mulder B.V.", "BTW-nummerNL7828.90.061.B01"])).toBe("NL7828.90.061.B01");
    // The footer's next part run on after a "·" read as a dash.
    expect(unlabelledVatId(["Rigi Druck GmbH", "MWST CHE-532.800.384-Handelsregister-Nr.CH-544.7.646.232-0-Inhaber: Stefan Baumann"])).toBe(
      "CHE-532.800.384",
    );
    // The prefix glued to its label with no stop between, the last digit group apart.
    expect(unlabelledVatId(["Harper Plumbing Ltd", "VATNumberGB3451082 19"])).toBe("GB345108219");
    // Too few digits for an id, dotted or not.
    expect(unlabelledVatId(["Smit & Mulder B.V.", "Ref NL60.29.5"])).toBeNull();
  });

  it("gives the seller's dotted id when its label wrapped at its hyphen ('BTW-' over 'nummer:')", async () => {
    const page = layoutFromRows([
      "FACTUUR   Smit & Mulder Kantoorinrichting B.V.",
      "AAN",
      "De Vries Kantoorinrichting B.V.",
      "Stationsstraat 375",
      "",
      "Factuur nr.: 20250823 · Factuurdatum: 01/07/2025 · Leverdatum: 22/06/2025 · BTW-",
      "nummer: NL6029.59.577.B01",
    ]);
    const { vendor_vat_id } = await extract([field("vendor_vat_id", "Vendor VAT ID")], [page]);
    expect(vendor_vat_id.value).toBe("NL6029.59.577.B01");
  });

  it("gives the seller's id in a meta row right under the buyer's address block, not the buyer's", async () => {
    const page = layoutFromRows([
      "Visser & De Vries B.V.   Factuur",
      "Dorpsstraat 339",
      "2511 CV Den Haag",
      "",
      "Visser & De Vries B.V. · Dorpsstraat 339 · 2511 CV Den Haag",
      "Noordzee Schilderwerken B.V.",
      "Dorpsstraat 87",
      "3011 AB Rotterdam",
      "Factuurdatum: 4 oktober 2024 | Factuurnr.: 2024/346 | Vervaldatum: 3 november 2024 | Btw-",
      "nr.: NL435765507B01",
    ]);
    const { vendor_vat_id } = await extract([field("vendor_vat_id", "Vendor VAT ID")], [page]);
    expect(vendor_vat_id.value).toBe("NL435765507B01");
  });

  it("gives the seller's id in a row of labels right under the buyer's address block", async () => {
    const page = layoutFromRows([
      "M E I E R   RECHNUNG",
      "Transport",
      "Hauptgasse 115",
      "3011 Bern",
      "www.transportmeier.ch",
      "Transport Meier AG · Hauptgasse 115 · 3011 Bern",
      "Seeland Elektro AG",
      "Frau Markus Meier",
      "Industriestrasse 18",
      "4051 Basel",
      "Rechnungs-Nr.: RE-44541 Rechnungsdatum: 22.02.25 Zahlungsziel: 04.03.25 MWST: CHE-555.345.495 MWST",
    ]);
    const { vendor_vat_id } = await extract([field("vendor_vat_id", "Vendor VAT ID")], [page]);
    expect(vendor_vat_id.normalizedValue).toBe("CHE-555.345.495 MWST");
  });
});
