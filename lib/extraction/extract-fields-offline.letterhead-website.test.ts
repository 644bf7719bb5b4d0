// The seller's name where the page's website or email domain spells it: a footer's legal name the letterhead shows
// only part of, the name under a tagline, a name the letterhead wrapped without a mark.

import { describe, expect, it } from "vitest";
import { letterheadPage as page, vendorOf } from "@/tests/fixtures/extraction/letterhead-page";

describe("extractFieldsOffline: the seller's name the page's domain spells", () => {
  it("takes a footer legal name the page's website spells where the letterhead shows only part of it", async () => {
    const column = (text: string, rest: string): Array<[number, string]> => [
      [0.05, text],
      [0.3, rest],
    ];
    const website = page(
      [
        [
          [0.05, "VAT INVOICE"],
          [0.66, "PEMBERTON"],
        ],
        [[0.8, "Office Supplies"]],
        [[0.65, "www.pembertonofficesupplies.co.uk"]],
      ] as never,
      [column("Pemberton Office", "Tel +44 147 496 0928"), column("Supplies LLP", "hello@pembertonofficesupplies.co.uk")],
    );
    expect(await vendorOf(website)).toBe("Pemberton Office Supplies LLP");
    // Or its email address, which the footer's narrow column wrapped at a hyphen.
    const wrappedEmail = page(
      ["FAIRWEATHER   INVOICE", "Joinery", "2 Mill Lane"],
      [
        column("Fairweather & Thornbury", "T 0128 496 0804"),
        column("Joinery plc", "accounts@fairweather-thornbury-"),
        column("2 Mill Lane", "joinery.co.uk"),
      ],
    );
    expect(await vendorOf(wrappedEmail)).toBe("Fairweather & Thornbury Joinery plc");
  });

  it("takes the line the page's website spells over a tagline above it when neither has a legal form", async () => {
    const tagline = (website: string) =>
      page(
        [
          [[0.8, "Quality Furniture"]],
          "Birch Hollow Studio",
          "212 Larkspur Ave",
          "Tacoma WA 98402",
          [[0.6, "Redfield Partners, Dana Cole"]],
          [[0.6, "87 Mill Rd"]],
          "Invoice INV/2024/05/0031",
        ] as never,
        [[[0.2, `(253)-555-0142 ${website}`]]] as never,
      );
    expect(await vendorOf(tagline("http://www.birch-hollow-studio.com"))).toBe("Birch Hollow Studio");
    expect(await vendorOf(tagline("billing@birchhollow.net"))).toBe("Birch Hollow Studio");
    // A mail provider's domain names nobody: the first line stays.
    expect(await vendorOf(tagline("birchhollow@gmail.com"))).toBe("Quality Furniture");
  });

  it("joins a name wrapped without a mark, after its monogram, where the page's domain spells it across the lines", async () => {
    const wrapped = (email: string) =>
      page([
        [
          [0.1, "NS Noordzee"],
          [0.7, "FACTUUR nr."],
        ],
        "Schilderwerken N.V.",
        "Stationsstraat 257",
        "9711 LM Groningen",
        `E: ${email}`,
      ]);
    expect(await vendorOf(wrapped("info@noordzeeschilderwerken.nl"))).toBe("Noordzee Schilderwerken N.V.");
    // A domain of the lower line alone joins nothing.
    expect(await vendorOf(wrapped("info@schilderwerken.nl"))).toBe("Schilderwerken N.V.");
  });
});
