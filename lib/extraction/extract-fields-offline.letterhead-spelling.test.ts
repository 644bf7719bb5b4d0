// Whether the letterhead spells a name printed under its own address block: the seller's sender line is its own, a
// window envelope's recipient or a buyer sharing some of its words is not.

import { describe, expect, it } from "vitest";
import { buildPageLayout, linesAt } from "@/tests/fixtures/extraction/build-page-layout";
import { letterheadPage as page, vendorOf } from "@/tests/fixtures/extraction/letterhead-page";

describe("extractFieldsOffline: a name under the letterhead's address", () => {
  it("takes no legal name printed under the letterhead's own address for the seller, unless the letterhead spells it", async () => {
    const recipient = page(
      [
        "INVOICE   B R O O K S",
        "Analytics",
        "1572 Congress Avenue",
        "Denver, CO 80202",
        "Tel (812) 555-0942",
        "Rocky Mountain Landscaping Corp.",
        "3519 Market Street",
      ],
      ["Brooks Analytics Co. · 1572 Congress Avenue · Denver, CO 80202 · T (812) 555-0942"],
    );
    expect(await vendorOf(recipient)).toBe("Brooks Analytics Co.");
    const senderLine = page([
      "LONE STAR   Invoice",
      "Design Studio",
      "3903 Oak Avenue",
      "Austin, TX 78701",
      "Lone Star Design Studio Co. · 3903 Oak Avenue · Austin, TX 78701",
      "Harper Supply Inc.",
    ]);
    expect(await vendorOf(senderLine)).toBe("Lone Star Design Studio Co.");
    // Spelled by the top two rows' name lines, another column's beside them ("ASHDOWN   VAT INVOICE" over "Consulting"):
    // lines as the PDF's text layer gives them (synthetic invoice, seed 2063).
    const besideTitle = buildPageLayout(
      linesAt([
        ["ASHDOWN", 0.062, 0.327, 0.041, 0.073],
        ["VAT", 0.709, 0.771, 0.046, 0.071],
        ["INVOICE", 0.792, 0.937, 0.046, 0.071],
        ["Consulting", 0.062, 0.152, 0.072, 0.085],
        ["Unit 1, Riverside Business Park", 0.062, 0.303, 0.094, 0.107],
        ["London EC1V 9HX", 0.062, 0.205, 0.108, 0.121],
        ["Email: info@ashdownconsulting.co.uk", 0.062, 0.354, 0.123, 0.135],
        ["www.ashdownconsulting.co.uk", 0.062, 0.297, 0.137, 0.149],
        ["VAT registration no.: 839 8778 28", 0.062, 0.321, 0.151, 0.164],
        ["Ashdown Consulting plc · Unit 1, Riverside Business Park · London EC1V 9HX", 0.062, 0.52, 0.187, 0.196],
        ["Invoice no.: 2023-0313", 0.725, 0.937, 0.188, 0.2],
        ["Mersey Digital plc", 0.062, 0.217, 0.204, 0.216],
        ["Invoice date: 13/07/2023", 0.725, 0.937, 0.205, 0.217],
        ["12 Victoria Street", 0.062, 0.198, 0.218, 0.23],
        ["Birmingham", 0.062, 0.157, 0.232, 0.245],
        ["B3 2DT", 0.062, 0.119, 0.246, 0.259],
      ]),
    );
    expect(await vendorOf(besideTitle)).toBe("Ashdown Consulting plc");
    // A buyer sharing only some of the letterhead's words is not spelled by it: the footer names the seller.
    const sharedWords = page(
      [
        [
          [0.05, "G R E AT L A K E S"],
          [0.7, "INVOICE"],
        ],
        "Consulting Group",
        "3678 Broadway",
        "San Francisco, CA 94103",
        "Pacific Consulting Group Co.",
      ] as never,
      [
        [
          [0.05, "Great Lakes Consulting Group Co."],
          [0.4, "Tel (315) 555-0173"],
          [0.65, "Remit to: JPMorgan Chase Bank"],
        ],
      ] as never,
    );
    expect(await vendorOf(sharedWords)).toBe("Great Lakes Consulting Group Co.");
  });

  it("spells a footer name's word a scan's reader misread as the letterhead prints it ('Femandez' under 'FERNANDEZ')", async () => {
    const misread = page(
      ["FERNANDEZ   Factura", "Graficas", "Calle de Alcala, 35", "48001 Bilbao", "www.graficasfernandez.es"],
      ["Graficas Femandez S.L. ·Calle de Alcala,35,5°A-48001 Bilbao ·Tel.992 13 30 59"],
    );
    expect(await vendorOf(misread)).toBe("Graficas Fernandez S.L.");
    // The letterhead's reading may be the misread one: without the domain to confirm it, the name stays as read.
    const logoMisread = page(
      ["KRIGER   Rechnung", "Haustechnik", "Hauptstraße 5", "80331 München", "www.krueger-haustechnik.de"],
      ["Kruger Haustechnik GmbH ·Hauptstraße 5 ·80331 München"],
    );
    expect(await vendorOf(logoMisread)).toBe("Kruger Haustechnik GmbH");
  });
});
