// Invoice fields beyond the basic ones: currency, the inferred document type code, net amounts,
// amounts due, due dates inside payment terms and the buyer's name in its address block.

import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import type { TPageLayout } from "@/lib/layout/types";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
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

  it("falls back to the currency printed most often beside the amounts", async () => {
    const page = layoutFromRows(["Item A 10,00 €", "Item B 5,00 €", "Total 15,00 €", "Paid with a $ card"]);
    const result = await extractOne("currency", "text", [page]);
    expect(result.normalizedValue).toBe("EUR");
    expect(result.confidence).toBeGreaterThan(0);
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
