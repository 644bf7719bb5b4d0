// The buyer's name beside rows of column headings (synthetic invoices, sessions 14 and 17): a customer code's heading in a row
// of headings over a row of values reads no name from the next heading beside it; a name under its heading keeps the
// legal form wrapped under it.

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

async function buyerOf(page: TPageLayout) {
  return (await extract([field("buyer_name", "Buyer Name")], [page])).buyer_name.value;
}

describe("extractFieldsOffline: the buyer's name beside column headings", () => {
  it("reads no name from the heading beside 'Codice cliente' in a row of headings over a row of values", async () => {
    const page = layoutFromRows([
      "Colombo Informatica S.r.l.",
      "Via Roma 91",
      "40121 Bologna (BO)",
      "",
      "Alpina Informatica S.r.l.s.",
      "Via Dante Alighieri 17",
      "50123 Firenze (FI)",
      [
        [0.05, "Nr. documento"],
        [0.25, "Data fattura"],
        [0.45, "Codice cliente"],
        [0.65, "Data consegna"],
      ],
      [
        [0.05, "#46781"],
        [0.25, "31 agosto 2025"],
        [0.45, "C71381"],
        [0.65, "27 agosto 2025"],
      ],
    ]);
    expect(await buyerOf(page)).toBe("Alpina Informatica S.r.l.s.");
  });

  it("reads the name under a customer heading in a row of headings ('Cliente   Fattura n.' over the name and number)", async () => {
    const page = layoutFromRows([
      "Colombo Informatica S.r.l.",
      "",
      [
        [0.05, "Cliente"],
        [0.45, "Fattura n."],
      ],
      [
        [0.05, "Alpina Informatica S.r.l.s."],
        [0.45, "46781"],
      ],
    ]);
    expect(await buyerOf(page)).toBe("Alpina Informatica S.r.l.s.");
  });

  it("joins the name under a heading to its legal form wrapped onto the next line ('… Construcciones' over 'S.A.')", async () => {
    const page = layoutFromRows([
      "Informatique Fontaine S.A.",
      "75, boulevard Voltaire",
      "69002 LYON",
      "",
      [
        [0.05, "DESTINATAIRE"],
        [0.55, "N° de facture: 2023-0216"],
      ],
      [
        [0.05, "Torres & Navarro Construcciones"],
        [0.55, "Date d'émission: 28 août 2023"],
      ],
      [
        [0.05, "S.A."],
        [0.55, "N° TVA"],
      ],
      "Paseo de Gracia, 125",
      "41001 Sevilla (Sevilla)",
    ]);
    expect(await buyerOf(page)).toBe("Torres & Navarro Construcciones S.A.");
  });
});
