// The parties' names on invoices: the seller's and the buyer's blocks under their headings, and the seller a
// French share-capital statement names when the letterhead is someone else's.

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { buildPageLayout, layoutFromRows, lineAt } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

async function nameOf(key: string, page: TPageLayout) {
  const name = key === "vendor_name" ? "Vendor Name" : "Customer Name";
  return (await extract([field(key, name)], [page]))[key].value;
}

describe("extractFieldsOffline: the parties' names", () => {
  it("names the seller from its share-capital statement when the letterhead prints no company, not the customer above", async () => {
    const customerOnTop = layoutFromRows([
      "ALEXINUX",
      "27 rue Henri Rolland",
      "69100 Villeurbanne",
      "Facture n° 2022089083",
      "Total TTC : 56,02 €",
      "NETPRESSE",
      "Siège social : 16 rue Mollien - 92100 BOULOGNE",
      "Sarl au capital de 10 000€ - RCS Paris B 530 848 134",
    ]);
    expect(await nameOf("vendor_name", customerOnTop)).toBe("NETPRESSE");
    // A letterhead with a legal form is the seller's own: it stays.
    const letterhead = layoutFromRows([
      "Lieferant GmbH",
      "Lieferantenstraße 20",
      "80333 München",
      "Free SAS au capital de 3.441.812 Euros",
    ]);
    expect(await nameOf("vendor_name", letterhead)).toBe("Lieferant GmbH");
  });

  it("reads the seller under a 'From:' heading and the buyer under 'To:', not a unit number read as a legal form", async () => {
    const page = buildPageLayout([
      { text: "Invoice", box: { x0: 0.8, y0: 0.06, x1: 0.93, y1: 0.08 } },
      { text: "From:", box: { x0: 0.07, y0: 0.148, x1: 0.11, y1: 0.158 } },
      { text: "Harbour Web Studio", box: { x0: 0.07, y0: 0.162, x1: 0.25, y1: 0.172 } },
      { text: "Suite 5A-1204", box: { x0: 0.07, y0: 0.177, x1: 0.2, y1: 0.187 } },
      { text: "Invoice Number INV-3337", box: { x0: 0.59, y0: 0.14, x1: 0.82, y1: 0.15 } },
      { text: "To:", box: { x0: 0.07, y0: 0.278, x1: 0.09, y1: 0.288 } },
      { text: "Kestrel Books", box: { x0: 0.07, y0: 0.293, x1: 0.2, y1: 0.303 } },
      { text: "12 Quay Street", box: { x0: 0.07, y0: 0.308, x1: 0.2, y1: 0.318 } },
      { text: "Total $93.50", box: { x0: 0.7, y0: 0.5, x1: 0.91, y1: 0.51 } },
    ]);
    expect(await nameOf("vendor_name", page)).toBe("Harbour Web Studio");
    expect(await nameOf("customer_name", page)).toBe("Kestrel Books");
  });

  it("takes the company under a person or department line in the buyer's block", async () => {
    const page = layoutFromRows([
      "Northwind Trading",
      "INVOICE #123PQR456",
      "SHIP TO",
      "The Receiver",
      "XZY Company",
      "789 Another Avenue",
    ]);
    expect(await nameOf("customer_name", page)).toBe("XZY Company");
    const person = layoutFromRows(["Northwind Trading", "Bill to", "Jane Doe", "789 Another Avenue"]);
    expect(await nameOf("customer_name", person)).toBe("Jane Doe");
  });

  it("takes the company under a seller heading over a logo's words read on the heading's line", async () => {
    const page = layoutFromRows(["Rechnungsersteller FeRD elektronische", "Lieferant GmbH", "Lieferantenstraße 20", "80333 München"]);
    expect(await nameOf("vendor_name", page)).toBe("Lieferant GmbH");
    // A name beside its heading, with no company under it, stays.
    expect(await nameOf("vendor_name", layoutFromRows(["Seller: Harbour Web Studio", "12 Quay Street"]))).toBe("Harbour Web Studio");
  });

  it("takes no email address beside 'From:' for the seller's name", async () => {
    const page = layoutFromRows(["Harbour Web Studio Ltd", "12 Quay Street", "From: billing@harbourweb.example", "Invoice 17"]);
    expect(await nameOf("vendor_name", page)).toBe("Harbour Web Studio Ltd");
  });

  it("takes the sender line's legal name under a logo, its dotted legal form glued to the name by a scan's reader", async () => {
    // "MercierS.A.·52.placeBellecour·67000STRASBOURG": one word as a scan's reader read it.
    const page = layoutFromRows([
      [
        [0.09, "FACTURE"],
        [0.69, "MERCIER"],
      ],
      [[0.85, "Conseil"]],
      [[0.77, "52,place Bellecour"]],
      [[0.745, "67000STRASBOURG"]],
      [[0.659, "E-mail: compta@conseil-mercier.fr"]],
      [
        [0.09, "Conseil MercierS.A.·52.placeBellecour·67000STRASBOURG"],
        [0.647, "Ref.facture 98475"],
      ],
      [
        [0.09, "Electricite Fontaine S.A."],
        [0.647, "Date de facturation 29/06/2024"],
      ],
      [[0.09, "77,rue de la Republique"]],
      [[0.09, "33000BORDEAUX"]],
    ]);
    expect([await nameOf("vendor_name", page), await nameOf("customer_name", page)]).toEqual([
      "Conseil Mercier S.A.",
      "Electricite Fontaine S.A.",
    ]);
  });

  it("takes the sender line's name over the window's legal name under a logo ('Pacific Design Studio Co.')", async () => {
    const page = layoutFromRows([
      [
        [0.07, "Invoice"],
        [0.8, "PACIFIC"],
      ],
      [[0.78, "Design Studio"]],
      [[0.07, "Invoice date 01/26/2024"]],
      [[0.07, "Invoice Number INV-2024-2231"]],
      [[0.7, "3088 Market Street, Suite 720"]],
      [[0.7, "New York, NY 10013"]],
      "Pacific Design Studio Co. · 3088 Market Street, Suite 720 · New York, NY 10013",
      "Bay Area Analytics LLC",
      "3308 Broadway",
      "New York, NY 10013",
    ]);
    expect([await nameOf("vendor_name", page), await nameOf("customer_name", page)]).toEqual([
      "Pacific Design Studio Co.",
      "Bay Area Analytics LLC",
    ]);
  });

  it("takes no customer's VAT id ('USt-IdNr. Kunde: DE341882170') for the customer's name", async () => {
    const page = layoutFromRows([
      "BM Berger Metallbau GmbH & Co. KG",
      "Bahnhofstraße 115",
      "60311 Frankfurt am Main",
      "USt.-IdNr.: DE894324494",
      "",
      "Brandt Consulting GmbH",
      "Hauptstraße 139",
      "90402 Nürnberg",
      "USt-IdNr. Kunde: DE341882170",
    ]);
    expect(await nameOf("customer_name", page)).toBe("Brandt Consulting GmbH");
  });

  it("reads the buyer under the German one-word heading 'An'", async () => {
    const page = layoutFromRows([
      [
        [0.05, "BAUMANN"],
        [0.8, "RECHNUNG"],
      ],
      "Industriestrasse 117",
      "9000 St. Gallen",
      "",
      "An",
      "Keller Elektro AG",
      "Herrn Anna Keller",
      "Dorfstrasse 59",
      "9000 St. Gallen",
      "Rechnungsnummer: RE23-0686 · Rechnungsdatum: 06.01.23",
    ]);
    expect(await nameOf("customer_name", page)).toBe("Keller Elektro AG");
  });

  it("reads the buyer's block under a one-line sender address wrapped onto a second line in its small print", async () => {
    // Line boxes as a PDF's text layer gives them.
    const line = (text: string, x0: number, y0: number, height = 0.013) => ({
      text,
      box: { x0, x1: x0 + text.length * 0.0075, y0, y1: y0 + height },
    });
    const page = buildPageLayout([
      line("Ashdown & Hartley Ltd", 0.095, 0.05, 0.02),
      line("Unit 8, Riverside Business Park", 0.095, 0.08),
      line("Leeds LS1 4AP", 0.095, 0.1),
      line("Ashdown & Hartley Ltd · Unit 8, Riverside Business Park · Leeds LS1", 0.095, 0.205, 0.01),
      line("Invoice # SI-8906", 0.654, 0.207),
      line("4AP", 0.095, 0.217, 0.01),
      line("Hartley Logistics Ltd", 0.095, 0.236),
      line("Unit 5, Riverside Business Park", 0.095, 0.251),
      line("Bristol BS1 5TR", 0.095, 0.267),
    ]);
    expect(await nameOf("customer_name", page)).toBe("Hartley Logistics Ltd");
  });

  it("reads an American buyer's block whose state the reader set in small letters ('Austin, Tx 78701')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Harper Media LLC"],
        [0.8, "INVOICE"],
      ],
      "4020 Broadway, Suite 501",
      "Chicago, IL 60607",
      "",
      [
        [0.05, "Bennett & Lakeside Analytics Co."],
        [0.6, "Invoice number 2023-0913"],
      ],
      "4400ak Avenue",
      "Austin, Tx 78701",
    ]);
    expect(await nameOf("customer_name", page)).toBe("Bennett & Lakeside Analytics Co.");
  });

  it("reads an American buyer's block whose street starts with a house number like a postcode ('2960 Broadway')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Whitman Analytics Corp."],
        [0.8, "INVOICE # 53027"],
      ],
      "1381 Main Street, Suite 315",
      "New York, NY 10013",
      "",
      "Carver Landscaping LLC",
      "2960 Broadway",
      "Chicago, IL 60607",
      "",
      "Remit to: Bank of America · Routing (ABA) 056108462",
    ]);
    expect(await nameOf("customer_name", page)).toBe("Carver Landscaping LLC");
  });

  it("reads a block whose line without descenders the reader boxed smaller than the street under it", async () => {
    // Line boxes as PaddleOCR read them off a JPEG invoice.
    const page = buildPageLayout(
      [
        lineAt("Factura", 0.05, 0.12, 0.043, 0.053),
        lineAt("Distribuciones Torres S.L.U.", 0.6, 0.94, 0.043, 0.053),
        lineAt("Paseo de Gracia,25, 8° B", 0.7, 0.94, 0.058, 0.067),
        lineAt("46002 Valencia", 0.8, 0.94, 0.069, 0.078),
        lineAt("Huber Tischlerei OG", 0.057, 0.147, 0.128, 0.137),
        lineAt("Att. Anna Huber", 0.058, 0.123, 0.14, 0.147),
        lineAt("Hauptplatz 64/10", 0.056, 0.129, 0.149, 0.159),
        lineAt("4020 Linz", 0.056, 0.099, 0.16, 0.17),
        lineAt("AUSTRIA", 0.056, 0.099, 0.172, 0.181),
      ],
      { source: "ocr" },
    );
    expect(await nameOf("customer_name", page)).toBe("Huber Tischlerei OG");
  });
});
