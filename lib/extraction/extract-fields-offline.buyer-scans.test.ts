// The buyer's block as a scan's reader returns it (synthetic JPEG invoices, session 10): line boxes of uneven height,
// a misread postcode under a Dutch "AAN" heading.

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

async function buyerOf(page: TPageLayout) {
  return (await extract([field("buyer_name", "Buyer Name")], [page])).buyer_name.value;
}

/** Left-aligned reader lines, each at its top and with the height the reader boxed it. */
function scannedLines(lines: Array<[y0: number, height: number, text: string]>): TPageLayout {
  const specs = lines.map(([y0, height, text]) => ({ text, box: { x0: 0.057, y0, x1: 0.057 + text.length * 0.008, y1: y0 + height } }));
  return buildPageLayout(specs, { source: "ocr" });
}

describe("extractFieldsOffline: the buyer's name on scans", () => {
  it("keeps a block's lines together whose boxes a scan's reader made of different heights", async () => {
    // Heights as a reader boxed them: a line with capitals and commas taller than the postcode line under it.
    const page = scannedLines([
      [0.038, 0.02, "MEDITERRANEO"],
      [0.06, 0.0106, "Distribuciones"],
      [0.078, 0.009, "Avenida de la Constitucion, 113"],
      [0.088, 0.0095, "08007 Barcelona"],
      [0.095, 0.0074, "NIF: A51796114"],
      [0.126, 0.0095, "Asesoria Ruiz S.L.U."],
      [0.137, 0.009, "Calle de Alcala, 24"],
      [0.149, 0.0074, "08007 Barcelona(Barcelona)"],
      [0.159, 0.009, "NIF cliente: B52792964"],
    ]);
    expect(await buyerOf(page)).toBe("Asesoria Ruiz S.L.U.");
    // A street line boxed taller than the postcode line under it, for its descenders.
    const dutch = scannedLines([
      [0.077, 0.0159, "Bakker Bouw V.O.F."],
      [0.12, 0.0111, "Stationsstraat 107-A"],
      [0.137, 0.0111, "5611 AB Eindhoven"],
      [0.154, 0.0111, "E: info@bakkerbouw.nl"],
      [0.204, 0.0111, "Veluwe ICT B.V."],
      [0.222, 0.0111, "t.a.v. Femke Bakker"],
      [0.237, 0.0143, "Oudegracht 392"],
      [0.255, 0.0111, "3511 LX Utrecht"],
    ]);
    expect(await buyerOf(dutch)).toBe("Veluwe ICT B.V.");
  });

  it("reads the name under a Dutch 'AAN' heading (To), whose postcode the reader misread", async () => {
    const page = layoutFromRows([
      "Jansen & Mulder Schilderwerken V.O.F.",
      "Nieuwe Binnenweg 16",
      "9711 LM Groningen",
      "",
      "AAN",
      "De Boer Bouw V.O.F.",
      "Nieuwe Binnenweg 309",
      "301l AB Rotterdam",
    ]);
    expect(await buyerOf(page)).toBe("De Boer Bouw V.O.F.");
  });

  it("takes no buyer's heading whose space the reader lost ('FACTURERA', 'Facturara') for the buyer's name", async () => {
    const page = (heading: string) =>
      layoutFromRows([
        [
          [0.05, "Mercier & Lefevre S.A."],
          [0.8, "Facture"],
        ],
        "22 chemin des Vignes",
        "75011 PARIS",
        "",
        [
          [0.05, heading],
          [0.6, "Date d'emission 2023-08-14"],
        ],
        [
          [0.05, "Conseil Bretagne SARL"],
          [0.6, "Numero de facture F2023-0170"],
        ],
        "95 rue du Commerce",
        "75011 PARIS",
      ]);
    for (const heading of ["FACTURERA", "Facturara"]) expect(await buyerOf(page(heading))).toBe("Conseil Bretagne SARL");
  });

  it("reads a buyer whose legal form the reader read in small letters ('corp.') as a name, not a sentence", async () => {
    const page = layoutFromRows([
      "Pacific Supply Inc.",
      "2726 Pine Street, Suite 444",
      "Bill To",
      "Summit consulting Group corp.",
      "Attention: Michael Summit",
      "3121 Main Street",
      "Seattle, WA 98101",
    ]);
    expect(await buyerOf(page)).toBe("Summit consulting Group corp.");
  });
});
