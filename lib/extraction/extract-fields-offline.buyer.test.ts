// The buyer's name: under its heading when the meta column's labels sit beside it, and from the address block when
// no heading is printed (British postcodes, a German "An", a wrapped sender line, a logo letterhead).

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";
import { buildPageRows } from "./page-rows";
import { pickValue } from "./pick-value";

// A row with the buyer's column on the left and the meta column on the right.
const twoColumns = (left: string, right: string): Array<[number, string]> => [
  [0.05, left],
  [0.55, right],
];

async function buyerOf(page: TPageLayout) {
  return (await extract([field("buyer_name", "Buyer Name")], [page])).buyer_name.value;
}

describe("extractFieldsOffline: the buyer's name", () => {
  it("reads the name under the heading, not the first words of the meta label beside the heading or the name", async () => {
    const page = layoutFromRows([
      "Bretagne Transports S.A.",
      "43, chemin des Vignes",
      twoColumns("FACTURER À", "Date de facturation: 20/04/2024"),
      twoColumns("Imprimerie Lefèvre SASU", "Numéro de facture: INV-2024-1881"),
      "9, rue de la République",
    ]);
    expect(await buyerOf(page)).toBe("Imprimerie Lefèvre SASU");
    const numberSign = layoutFromRows([
      "Pacific Media LLC",
      twoColumns("Bill to", "Invoice # INV-2024-0419"),
      twoColumns("Brooks Supply Co.", "Date: 01/30/2024"),
    ]);
    expect(await buyerOf(numberSign)).toBe("Brooks Supply Co.");
  });

  it("takes the whole name under a heading matched at its last word, and no customer code's label", async () => {
    const page = layoutFromRows([
      "Construcciones Fernández S.L.U.",
      "DATOS DEL CLIENTE",
      "Martínez & Sánchez Talleres S.A.",
      "Calle de Alcalá, 87",
      "",
      [
        [0.05, "Fecha de emisión"],
        [0.3, "Cód. cliente"],
        [0.5, "Su referencia"],
      ],
      [
        [0.05, "9/09/2024"],
        [0.3, "K92372"],
        [0.5, "PO-662148"],
      ],
    ]);
    expect(await buyerOf(page)).toBe("Martínez & Sánchez Talleres S.A.");
  });

  it("finds a buyer block without a heading below the seller's, ending in a British postcode", async () => {
    const page = layoutFromRows([
      "Whitfield & Ashdown Consulting Limited",
      "Unit 5, Meadow Business Park",
      "Manchester M1 2AB",
      "Thornbury Digital LLP",
      "160 Mill Lane",
      "Manchester",
      "M1 2AB",
    ]);
    expect(await buyerOf(page)).toBe("Thornbury Digital LLP");
  });

  it("reads neither a province in brackets nor a register number as a 'To' heading", async () => {
    const page = layoutFromRows([
      "Colombo Logistica S.r.l.",
      "Via Dante Alighieri 3",
      "10121 Torino (TO)",
      "",
      "Ricci Arredamenti S.r.l.",
      "Via Giuseppe Verdi, 160",
      "00184 Roma (RM)",
      ...Array.from({ length: 12 }, () => ""),
      [
        [0.05, "10121 Torino (TO)"],
        [0.4, "REA TO-2926911"],
      ],
      [
        [0.05, "logistica.it"],
        [0.4, "Codice SDI RJN7LMR"],
      ],
    ]);
    expect(await buyerOf(page)).toBe("Ricci Arredamenti S.r.l.");
  });

  it("skips a German 'An' over the recipient's address, and a phone line is no name", async () => {
    const page = layoutFromRows([
      "Isartal Sanitär AG",
      "Industriestraße 124a",
      "60311 Frankfurt am Main",
      "",
      "AN",
      "Isartal Consulting e.K.",
      "Industriestraße 107",
      "50667 Köln",
    ]);
    expect(await buyerOf(page)).toBe("Isartal Consulting e.K.");
  });

  it("skips the second line of a wrapped sender line above the envelope window", async () => {
    const small = (text: string, x0: number, y0: number) => ({ text, box: { x0, y0, x1: x0 + text.length * 0.006, y1: y0 + 0.011 } });
    const normal = (text: string, y0: number) => ({ text, box: { x0: 0.09, y0, x1: 0.09 + text.length * 0.009, y1: y0 + 0.014 } });
    const page = buildPageLayout([
      normal("Reformas Martínez S.L.", 0.06),
      normal("Avenida de la Constitución, 104", 0.08),
      small("Reformas Martínez S.L. · Avenida de la Constitución, 104, 6º B · 46002", 0.09, 0.179),
      small("Valencia", 0.09, 0.192),
      normal("Asesoría Fernández S.L.", 0.211),
      normal("Calle San Vicente, 54", 0.227),
      normal("46002 Valencia", 0.244),
    ]);
    expect(await buyerOf(page)).toBe("Asesoría Fernández S.L.");
  });

  it("tells the buyer's block from a logo letterhead's, whose legal name the footer prints", async () => {
    const page = layoutFromRows([
      "H A R P E R",
      "Consulting Group",
      "4759 Main Street, Suite 100",
      "New York, NY 10013",
      "Email: accounts@harper-consulting-group.com",
      "Harper Analytics LLC",
      "693 Market Street",
      "New York, NY 10013",
      ...Array.from({ length: 14 }, () => ""),
      "Harper Consulting Group Inc. · 4759 Main Street, Suite 100 · New York, NY 10013",
    ]);
    expect(await buyerOf(page)).toBe("Harper Analytics LLC");
  });

  it.each([
    ["Installationen Gruber GmbH·Wiener Straße 74/5·5020 Salzburg", "Gruber & Steiner Tischlerei e.U."],
    ["Pennine Office Supplies plc·Unit 7,Kingsway Business Park·Birmingham B3 2DT", "Crofton & Thornbury Logistics LLP"],
  ])("reads the recipient under a scanned sender line whose dots the reader glued to its words: %s", async (sender, buyer) => {
    const page = layoutFromRows([
      "RECHNUNG",
      "",
      [
        [0.05, sender],
        [0.8, "Nr. 15284"],
      ],
      [
        [0.05, buyer],
        [0.65, "Datum: 17.09.2023"],
      ],
      "Mariahilfer Straße 81/10",
    ]);
    expect(await buyerOf(page)).toBe(buyer);
  });

  it("takes no bank after 'Please pay to:' for the buyer", async () => {
    const page = layoutFromRows([
      "Pennine Logistics plc",
      "187 Mill Lane",
      "Bristol BS1 5TR",
      "",
      "Pemberton Consulting Limited",
      "Unit 23, Kingsway Business Park",
      "Edinburgh EH2 4AD",
      ...Array.from({ length: 12 }, () => ""),
      "Please pay to: Barclays Bank · Sort code 42-57-07 · Account no. 90415896",
    ]);
    expect(await buyerOf(page)).toBe("Pemberton Consulting Limited");
  });

  it("takes no bank to remit to after an id glued to the label for the buyer", async () => {
    const glued = layoutFromRows([
      "Carver Plumbing Corp.   Invoice",
      "2096 Broadway, Suite 782",
      "Seattle, WA 98101",
      "T (830) 555-0124",
      "www.carverplumbing.com",
      "Bay Area Analytics LLC",
      "Attn: Ashley Summit",
      "1359 Main Street",
      "Austin, TX 78701",
      ...Array.from({ length: 12 }, () => ""),
      "EIN 41-1115004·Remit to: Wells Fargo Bank·Routing (ABA) 069732173",
    ]);
    expect(await buyerOf(glued)).toBe("Bay Area Analytics LLC");
  });

  it("reads no sentence as a name, nor a row of labelled values between bars as a sender line", async () => {
    const page = layoutFromRows([
      "Pennine Logistics plc",
      "187 Mill Lane",
      "Bristol BS1 5TR",
      "",
      "Pemberton Consulting Limited",
      "FAO James Pemberton",
      "Unit 23, Kingsway Business Park",
      "Edinburgh EH2 4AD",
      "",
      "Invoice number: INV03396 | Invoice Date: 9 Dec 2025 | Date due: 8 Jan 2026 | Customer ID: K24464",
      "Thank you for your order. Please find our invoice below.",
    ]);
    expect(await buyerOf(page)).toBe("Pemberton Consulting Limited");
  });

  it.each([
    [
      "American, the comma's space lost",
      [
        "Lone Star Plumbing LLC",
        "1884 W.Randolph St.,Suite 501",
        "New York,NY 10013",
        "",
        "Lakeside Landscaping LLC",
        "FAO Megan Lakeside",
        "4435W.Randolph St.,Suite 516",
        "Denver,CO 80202",
      ],
      "Lakeside Landscaping LLC",
    ],
    [
      "British, the seller's sender line just above",
      [
        "Pemberton Logistics Ltd",
        "147 Station Road",
        "Manchester M1 2AB",
        "",
        "Pemberton Logistics Ltd. 147 Station Road. Manchester · Ml 2AB",
        "Northern Print Ltd",
        "60 Park Road",
        "London",
        "EC1V 9HX",
      ],
      "Northern Print Ltd",
    ],
    [
      "French, the postcode run into the town",
      [
        "Bureautique Mercier SASU",
        "13 rue Victor Hugo",
        "59000 LILLE",
        "",
        "Imprimerie Bretagne SASU",
        "112 rue de la République",
        "44000NANTES",
      ],
      "Imprimerie Bretagne SASU",
    ],
  ])("finds the headingless block as a scan reads it: %s", async (_, rows, buyer) => {
    expect(await buyerOf(layoutFromRows(rows as string[]))).toBe(buyer);
  });

  it("doubts a BIC on a line of its own as a name", () => {
    const [row] = buildPageRows(layoutFromRows(["HBUKGB4B"])).rows;
    expect(pickValue(row, { type: "text", kind: "name", amount: "first" })?.validity).toBeLessThan(1);
    const [word] = buildPageRows(layoutFromRows(["HARDWARE"])).rows;
    expect(pickValue(word, { type: "text", kind: "name", amount: "first" })?.validity).toBe(1);
  });

  it("doubts a currency label on a line of its own ('Moneda', 'Währung') as a name", () => {
    for (const label of ["Moneda", "Währung", "Currency"]) {
      const [row] = buildPageRows(layoutFromRows([label])).rows;
      expect(pickValue(row, { type: "text", kind: "name", amount: "first" })?.validity).toBeLessThan(1);
    }
  });

  it("takes an American house number before its street for no postcode line", async () => {
    const page = layoutFromRows([
      "R E D W O O D",
      "Analytics",
      twoColumns("2439 W. Randolph St.", "Issue date 05/18/2025"),
      "Chicago, IL 60607",
      "Email: info@redwoodanalytics.com",
      "",
      "Pacific Electric Co.",
      "3470 Main Street",
      "Austin, TX 78701",
    ]);
    expect(await buyerOf(page)).toBe("Pacific Electric Co.");
    // As a scan reads it: the street word run into the name.
    const scanned = layoutFromRows([
      "R E D W O O D",
      "Analytics",
      "2439 W.Randolph St.",
      "Chicago,IL 60607",
      "",
      "Pacific Electric Co.",
      "3470 MainStreet",
      "Austin,TX 78701",
    ]);
    expect(await buyerOf(scanned)).toBe("Pacific Electric Co.");
  });
});
