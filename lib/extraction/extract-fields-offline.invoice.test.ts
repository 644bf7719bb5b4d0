// Invoice fields beyond the basic ones: the inferred document type code, net amounts,
// amounts due, due dates inside payment terms and the buyer's name in its address block.

import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import type { TPageLayout } from "@/lib/layout/types";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extractFieldsOffline } from "./extract-fields-offline";

function field(key: string, type: TStoredField["type"] = "text"): TStoredField {
  const name = key
    .split("_")
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(" ");
  return { key, name, type, required: false, aliases: [] };
}

async function extractOne(key: string, type: TStoredField["type"], pages: TPageLayout[]) {
  const [result] = await extractFieldsOffline({ fields: [field(key, type)], pages });
  return result;
}

describe("extractFieldsOffline on invoices", () => {
  it("reads a labelled currency as its ISO code", async () => {
    const result = await extractOne("currency", "text", [layoutFromRows(["Rechnungswährung : EUR", "Total 12,00 $"])]);
    expect(result).toMatchObject({ value: "EUR", normalizedValue: "EUR", wasInferred: false });
  });

  it("reads an Incoterms code without its words or named place", async () => {
    const page = layoutFromRows(["Incoterm: DPU - DELIVERED AT PLACE UNLOADED", "Delivery terms FCA Hamburg"]);
    expect(await extractOne("incoterm", "text", [page])).toMatchObject({ value: "DPU", normalizedValue: "DPU" });
    const glued = layoutFromRows(["Incoterm: DPU-DELIVERED AT PLACE UNLOADED"]);
    expect((await extractOne("incoterm", "text", [glued])).normalizedValue).toBe("DPU");
    const german = layoutFromRows(["Lieferbedingungen: frei Haus, EXW Stuttgart"]);
    expect((await extractOne("incoterm", "text", [german])).normalizedValue).toBe("EXW");
  });

  it("infers the document type code from the title and says it is inferred", async () => {
    const result = await extractOne("document_type_code", "text", [layoutFromRows(["ACME GmbH", "RECHNUNG", "Summe 5,00"])]);
    expect(result).toMatchObject({ value: "380", normalizedValue: "380", wasInferred: true });
    expect(result.confidence).toBeLessThan(0.9);
    const none = await extractOne("document_type_code", "text", [layoutFromRows(["Packing list"])]);
    expect(none.value).toBeNull();
  });

  it("reads the net amount from an invoice's own net label, not the subtotal before discounts", async () => {
    const page = layoutFromRows([
      "Zwischensumme 202,76",
      "abzgl. Sondernachlass 10% von 147,30 -14,73",
      "Rechnungssumme Netto (exkl. USt.) 193,83",
      "Summe Umsatzsteuer 21,31",
      "Rechnungssumme Brutto (inkl. USt.) 215,14",
    ]);
    expect((await extractOne("net_amount", "number", [page])).normalizedValue).toBe(193.83);
    expect((await extractOne("total_amount", "number", [page])).normalizedValue).toBe(215.14);
    const plain = layoutFromRows(["Positionssumme 473,00", "Rechnungssumme ohne USt. 473,00", "Bruttosumme 529,87"]);
    expect((await extractOne("net_amount", "number", [plain])).normalizedValue).toBe(473);
  });

  it("derives the net amount from the total and the tax when no net total is printed, and says it is inferred", async () => {
    const page = layoutFromRows(["Charges $4.11", "Tax * $1.00", "Total for this invoice $5.11"]);
    const result = await extractOne("net_amount", "number", [page]);
    expect(result).toMatchObject({ normalizedValue: 4.11, wasInferred: true });
    expect(result.confidence).toBeGreaterThan(0);
    const noTax = await extractOne("net_amount", "number", [layoutFromRows(["Total 5.11"])]);
    expect(noTax.value).toBeNull();
  });

  it("adds up one tax line per rate when no tax total is printed, and says the sum is inferred", async () => {
    const perRate = layoutFromRows([
      "Rechnungssumme Netto (excl. USt.) 473,00",
      "Steuerbasisbetrag USt. 7% 275,00 19,25",
      "Steuerbasisbetrag USt. 19% 198,00 37,62",
    ]);
    expect(await extractOne("tax_amount", "number", [perRate])).toMatchObject({ normalizedValue: 56.87, wasInferred: true });
    const withTotal = layoutFromRows([
      "zzgl. Umsatzsteuer 7% von 129,37 9,06",
      "zzgl. Umsatzsteuer 19% von 64,46 12,25",
      "Summe Umsatzsteuer 21,31",
    ]);
    expect(await extractOne("tax_amount", "number", [withTotal])).toMatchObject({ normalizedValue: 21.31, wasInferred: false });
  });

  it("tells the amount due from the total when something was prepaid", async () => {
    const page = layoutFromRows(["Bruttosumme 215,14", "Erhaltene Anzahlungen -50,00", "Zahlbetrag 165,14"]);
    expect((await extractOne("amount_due", "number", [page])).normalizedValue).toBe(165.14);
    expect((await extractOne("total_amount", "number", [page])).normalizedValue).toBe(215.14);
    const nothingPrepaid = layoutFromRows(["Subtotal 10.00", "Tax 2.00", "Total 12.00"]);
    expect((await extractOne("amount_due", "number", [nothingPrepaid])).normalizedValue).toBe(12);
  });

  it("reads the due date inside the payment terms' sentence, not the discount date after it", async () => {
    const terms = layoutFromRows([
      "Rechnungsdatum 05.03.2018",
      "Zahlbar innerhalb 30 Tagen netto bis 04.04.2018, 3% Skonto innerhalb 10 Tagen bis 15.03.2018",
    ]);
    expect((await extractOne("due_date", "date", [terms])).normalizedValue).toBe("2018-04-04");
    expect((await extractOne("date", "date", [terms])).normalizedValue).toBe("2018-03-05");
    const request = layoutFromRows(["Summe inkl. USt: 571,04 €", "Bitte überweisen Sie bis zum 12.06.2014:"]);
    expect((await extractOne("due_date", "date", [request])).normalizedValue).toBe("2014-06-12");
    const column = layoutFromRows([
      [
        [0.05, "Beschreibung"],
        [0.4, "Fälligkeit"],
        [0.7, "Teilzahlung"],
      ],
      [[0.4, "29.11.2018"]],
    ]);
    expect((await extractOne("due_date", "date", [column])).normalizedValue).toBe("2018-11-29");
  });

  it("reads the buyer's name under its address block's heading, past the block's id lines", async () => {
    const page = layoutFromRows([
      "Käufer/Leistungsempfänger:",
      "Nummer : GE2020211",
      "Globale Nummer: 4000001987658 (GTIN)",
      "Kunden AG Mitte",
      "Kundenstraße 15",
      [
        [0.05, "Art-Nr-Kunde"],
        [0.3, "Positions-"],
      ],
    ]);
    expect((await extractOne("buyer_name", "text", [page])).value).toBe("Kunden AG Mitte");
  });

  it("reads the seller's name under its heading the same way", async () => {
    const page = layoutFromRows([
      "Rechnungswährung : EUR",
      "Verkäufer:",
      "Globale Nummer: 4000001123452 (GTIN)",
      "Lieferant GmbH",
      "Lieferantenstraße 20",
      "Käufer:",
      "Kunden AG Mitte",
    ]);
    const [vendor, buyer] = await extractFieldsOffline({ fields: [field("vendor_name"), field("buyer_name")], pages: [page] });
    expect([vendor.value, buyer.value]).toEqual(["Lieferant GmbH", "Kunden AG Mitte"]);
  });

  it("reads the buyer's name below its heading when the heading's row continues with another column", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Rechnungsempfänger"],
        [0.5, "Kundennummer GE2020211"],
      ],
      [
        [0.05, "Kunden AG Mitte"],
        [0.5, "Beträge in EUR"],
      ],
    ]);
    expect((await extractOne("buyer_name", "text", [page])).value).toBe("Kunden AG Mitte");
  });

  it("doesn't take a column header that ends in a buyer word as the buyer's label", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Art-Nr-Kunde"],
        [0.3, "Positions-"],
      ],
      "Pos Beschreibung",
    ]);
    expect((await extractOne("buyer_name", "text", [page])).value).toBeNull();
  });

  it("reads the recipient under a window envelope's one-line sender address when no heading is printed", async () => {
    const page = buildPageLayout([
      { text: "Bei Spiel GmbH", box: { x0: 0.75, y0: 0.14, x1: 0.88, y1: 0.155 } },
      { text: "Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen", box: { x0: 0.14, y0: 0.185, x1: 0.43, y1: 0.193 } },
      { text: "Theodor Est", box: { x0: 0.12, y0: 0.2, x1: 0.25, y1: 0.219 } },
      { text: "fon (555) 23 87 -0", box: { x0: 0.75, y0: 0.205, x1: 0.87, y1: 0.215 } },
      { text: "Bahnstr. 42", box: { x0: 0.12, y0: 0.236, x1: 0.22, y1: 0.252 } },
      { text: "88802 Spielkreis", box: { x0: 0.12, y0: 0.266, x1: 0.27, y1: 0.282 } },
      { text: "Customer:2", box: { x0: 0.1, y0: 0.36, x1: 0.2, y1: 0.376 } },
      { text: "Your order AB321", box: { x0: 0.1, y0: 0.395, x1: 0.29, y1: 0.414 } },
    ]);
    const result = await extractOne("buyer_name", "text", [page]);
    expect(result.value).toBe("Theodor Est");
    expect(result.wasInferred).toBe(false);
  });

  it("reads the vendor's VAT id, not the buyer's printed above it", async () => {
    const page = layoutFromRows([
      "Ihr Zeichen: AB-312 Ihre USt.-IdentNr.: DE234567890",
      "BLZ: 700 901 00 BIC: GENODEF1M04 USt.-Identnr.: DE123456789",
    ]);
    expect((await extractOne("vendor_vat_id", "text", [page])).normalizedValue).toBe("DE123456789");
  });

  it("reads a VAT id printed in digit groups after its country prefix", async () => {
    const page = layoutFromRows(["Siège social: Paris − N° de TVA intra communautaire: FR 604 219 388 61"]);
    expect((await extractOne("vendor_vat_id", "text", [page])).normalizedValue).toBe("FR60421938861");
    const later = layoutFromRows(["USt-IdNr.: DE123456789 Filiale AT 12345678"]);
    expect((await extractOne("vendor_vat_id", "text", [later])).normalizedValue).toBe("DE123456789");
  });

  it("normalizes the vendor address's trailing country name to its ISO code and keeps the printed text", async () => {
    const page = layoutFromRows(["Address: Lieferantenstraße 20, 80333 München, Deutschland"]);
    const result = await extractOne("vendor_address", "text", [page]);
    expect(result.value).toBe("Lieferantenstraße 20, 80333 München, Deutschland");
    expect(result.normalizedValue).toBe("Lieferantenstraße 20, 80333 München, DE");
  });

  it("reads a French invoice's labels", async () => {
    const page = layoutFromRows([
      "ACME Solutions SARL",
      "N° TVA intracommunautaire : FR12345678901",
      [[0.55, "AVOIR"]],
      [
        [0.05, "Acheteur :"],
        [0.55, "Devise : EUR"],
      ],
      "Dupont Industrie SA",
      [
        [0.5, "Total HT"],
        [0.8, "1000,00 €"],
      ],
      [
        [0.5, "TVA 20 %"],
        [0.8, "200,00 €"],
      ],
      [
        [0.5, "Total TTC"],
        [0.8, "1200,00 €"],
      ],
      [
        [0.5, "Acompte versé"],
        [0.8, "200,00 €"],
      ],
      [
        [0.5, "Net à payer"],
        [0.8, "1000,00 €"],
      ],
    ]);
    const keys: Array<[string, TStoredField["type"]]> = [
      ["document_type_code", "text"],
      ["vendor_vat_id", "text"],
      ["buyer_name", "text"],
      ["currency", "text"],
      ["net_amount", "number"],
      ["tax_amount", "number"],
      ["total_amount", "number"],
      ["amount_due", "number"],
    ];
    const result = await extractFieldsOffline({ fields: keys.map(([key, type]) => field(key, type)), pages: [page] });
    expect(result.map((item) => item.normalizedValue)).toEqual([
      "381",
      "FR12345678901",
      "Dupont Industrie SA",
      "EUR",
      1000,
      200,
      1200,
      1000,
    ]);
  });

  it("takes a direct debit's date as the due date when no due date is printed", async () => {
    const page = layoutFromRows([
      "Rechnungsdatum 05.03.2014",
      "Der Betrag in Höhe von EUR 529,87 wird am 20.03.2014 von Ihrem Konto eingezogen.",
    ]);
    expect((await extractOne("due_date", "date", [page])).normalizedValue).toBe("2014-03-20");
    const both = layoutFromRows(["Fällig am 15.03.2014", "Der Betrag wird am 20.03.2014 eingezogen."]);
    expect((await extractOne("due_date", "date", [both])).normalizedValue).toBe("2014-03-15");
  });

  it("reads the recipient under a sender line separated by dashes, but only in the envelope window", async () => {
    const top = buildPageLayout([
      { text: "Muster GmbH - Hauptstr. 1 - 12345 Musterstadt", box: { x0: 0.1, y0: 0.18, x1: 0.4, y1: 0.188 } },
      { text: "Erika Beispiel", box: { x0: 0.1, y0: 0.2, x1: 0.25, y1: 0.218 } },
    ]);
    expect((await extractOne("buyer_name", "text", [top])).value).toBe("Erika Beispiel");
    const footer = buildPageLayout([
      { text: "Muster GmbH - Hauptstr. 1 - 12345 Musterstadt", box: { x0: 0.1, y0: 0.9, x1: 0.4, y1: 0.908 } },
      { text: "Geschäftsführer Max Muster", box: { x0: 0.1, y0: 0.92, x1: 0.3, y1: 0.938 } },
    ]);
    expect((await extractOne("buyer_name", "text", [footer])).value).toBeNull();
  });

  it("reads the buyer from the address block that isn't the seller's when nothing labels it", async () => {
    const line = (text: string, x0: number, y0: number) => ({ text, box: { x0, y0, x1: x0 + text.length * 0.01, y1: y0 + 0.015 } });
    const page = buildPageLayout([
      line("ACME GmbH", 0.6, 0.05),
      line("Hauptstraße 1", 0.6, 0.07),
      line("12345 Berlin", 0.6, 0.09),
      line("Erika Beispiel", 0.1, 0.2),
      line("Musterweg 5", 0.1, 0.22),
      line("54321 Köln", 0.1, 0.24),
      line("Rechnung Nr. 17", 0.1, 0.35),
    ]);
    const result = await extractOne("buyer_name", "text", [page]);
    expect(result.value).toBe("Erika Beispiel");
    const noStreet = buildPageLayout([line("ACME GmbH", 0.6, 0.05), line("Erika Beispiel", 0.1, 0.2), line("54321 Köln", 0.1, 0.22)]);
    expect((await extractOne("buyer_name", "text", [noStreet])).value).toBeNull();
  });

  it("recognises an unlabelled EU VAT id, skipping the buyer's", async () => {
    const page = layoutFromRows([
      "Ihre Kennung DE234567890",
      "IBAN DE88200800000970375700",
      "Bei Spiel GmbH · Amtsgericht Stadthausen · DE 136 695 976",
    ]);
    const result = await extractOne("vendor_vat_id", "text", [page]);
    expect(result.normalizedValue).toBe("DE136695976");
    expect(result.confidence).toBeLessThan(0.9);
  });

  it("reads an invoice number after the abbreviated German label", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Bäckerei Schmidt OHG"],
        [0.6, "Rechnungsnr.: 2024-0815"],
      ],
      [
        [0.05, "Lindenweg 3"],
        [0.6, "Kundennr.: 10042"],
      ],
    ]);
    expect((await extractOne("invoice_number", "text", [page])).normalizedValue).toBe("2024-0815");
  });

  it("reads side-by-side seller and buyer blocks under their headings", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Vendeur"],
        [0.55, "Acheteur"],
      ],
      [
        [0.05, "LE FOURNISSEUR SAS"],
        [0.55, "L ACHETEUR SARL"],
      ],
      [
        [0.05, "Numéro de facture : F20220023"],
        [0.55, "Date de facture : 15/01/2022"],
      ],
    ]);
    const fields = [field("vendor_name"), field("buyer_name"), field("invoice_number")];
    const [vendor, buyer, number] = await extractFieldsOffline({ fields, pages: [page] });
    expect([vendor.value, buyer.value, number.normalizedValue]).toEqual(["LE FOURNISSEUR SAS", "L ACHETEUR SARL", "F20220023"]);
    // The next column's "Date" doesn't make "Numéro de facture" another concept's label.
    expect(number.confidence).toBeGreaterThan(0.9);
  });

  it("reads a total printed right after a tax breakdown table", async () => {
    const page = layoutFromRows([
      "Net total: 496.00 €",
      "VAT Net amount VAT amount",
      "7% 160.00 € 11.20 €",
      "19% 336.00 € 63.84 €",
      "VAT total: 75.04 €",
      "Due payable: 571.04 €",
    ]);
    expect((await extractOne("total_amount", "number", [page])).normalizedValue).toBe(571.04);
  });
});
