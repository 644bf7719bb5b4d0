// The invoice's currency: the one printed most often, else inferred from the seller's bank or VAT country (PaddleOCR's
// alphabet has no "€" or "£", so scanned European invoices often print none the reader can see).

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

async function extractOne(key: string, type: "text", pages: TPageLayout[]) {
  return (await extract([field(key, "Currency", type)], pages))[key];
}

describe("extractFieldsOffline: currency", () => {
  it("falls back to the currency printed most often beside the amounts", async () => {
    const page = layoutFromRows(["Item A 10,00 €", "Item B 5,00 €", "Total 15,00 €", "Paid with a $ card"]);
    const result = await extractOne("currency", "text", [page]);
    expect(result.normalizedValue).toBe("EUR");
    expect(result.confidence).toBeGreaterThan(0);
  });

  it("infers the currency from the seller's bank or VAT country when none is printed, and says it is inferred", async () => {
    const german = layoutFromRows(["Summe netto: 496,00", "Summe inkl. USt: 571,04", "IBAN DE88 2008 0000 0970 3757 00"]);
    const result = await extractOne("currency", "text", [german]);
    expect(result).toMatchObject({ value: "EUR", normalizedValue: "EUR", wasInferred: true });
    expect(result.confidence).toBeLessThan(0.9);
    const swiss = layoutFromRows(["Total 120.00", "MWST-Nr. CHE-123.456.789", "IBAN CH93 0076 2011 6238 5295 7"]);
    expect((await extractOne("currency", "text", [swiss])).normalizedValue).toBe("CHF");
    expect((await extractOne("currency", "text", [layoutFromRows(["Total 120.00"])])).value).toBeNull();
  });

  it("counts a sign glued to a bare integer for less than a printed currency word", async () => {
    const page = layoutFromRows(["Bangalore, India - $60067", "Promotional Discount of Rs -40.00"]);
    expect((await extractOne("currency", "text", [page])).normalizedValue).toBe("INR");
  });

  it("reads the bank's country from an IBAN the reader ran into its label or the next part of the line", async () => {
    const glued = layoutFromRows([
      "Imponibile: 4.270,50",
      "TOTALE: 5.210,01",
      "Coordinate bancarie: Intesa.IBANIT86B7006001068452139664194·BICBCITITMM",
    ]);
    expect((await extractOne("currency", "text", [glued])).normalizedValue).toBe("EUR");
    const british = layoutFromRows(["Total 1,200.00", "Sort code 66-45-80·IBAN GB37 LOYD 6645 8080 2363 88·BIC LOYDGB21"]);
    expect((await extractOne("currency", "text", [british])).normalizedValue).toBe("GBP");
  });

  it("reads no ringgit in an Italian province code after the postcode", async () => {
    const page = layoutFromRows(["Ricci Arredamenti S.r.l.", "00184 Roma (RM)", "Totale EUR", "Totale: 885,48"]);
    expect((await extractOne("currency", "text", [page])).normalizedValue).toBe("EUR");
  });

  it("reads no ringgit in a logo's initials before the name they abbreviate ('RM  Rocky Mountain Analytics LLC')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "RM"],
        [0.1, "Rocky Mountain Analytics LLC"],
      ],
      "Chicago, IL 60607",
      "Total amount $832.06",
    ]);
    expect((await extractOne("currency", "text", [page])).normalizedValue).toBe("USD");
  });

  it("takes the currency a sentence states over the signs of boilerplate amounts", async () => {
    const page = layoutFromRows([
      "Total TTC : 1 380,00",
      "Montants exprimés en CHF.",
      "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
      "Capital social 10 000 €",
    ]);
    expect((await extractOne("currency", "text", [page])).normalizedValue).toBe("CHF");
  });

  it("takes the code printed beside the total over signs beside round amounts of the small print", async () => {
    const page = layoutFromRows([
      "Conseil Val de Loire EURL",
      "Net à payer CHF 6301,74",
      "En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €.",
      "13001 MARSEILLE Capital social 5 000 €",
    ]);
    expect((await extractOne("currency", "text", [page])).normalizedValue).toBe("CHF");
  });

  it("reads no ringgit in a province code after a postcode the reader glued to the street at its dot ('26·00184')", async () => {
    const page = layoutFromRows(["Bianchi Logistica S.n.c.·Piazza della Repubblica 26·00184 Roma (RM)", "Imponibile: 4813,30"]);
    expect((await extractOne("currency", "text", [page])).normalizedValue).not.toBe("MYR");
  });

  it("infers dollars from an American routing number or EIN when no currency is printed, never read", async () => {
    const footer = (line: string) => layoutFromRows(["Pacific Supply Inc.", "Austin, TX 78701", "Total 1,746.42", line]);
    for (const line of ["Wire / ACH: Bank of America Routing (ABA) 084057254", "Pacific Supply Inc. EIN 23-0225675"]) {
      const result = await extractOne("currency", "text", [footer(line)]);
      expect(result).toMatchObject({ normalizedValue: "USD", wasInferred: true });
    }
  });

  it("infers the country from an IBAN the page cut or wrapped after its label, or from a British sort code", async () => {
    const cut = (line: string) => layoutFromRows(["Holloway Consulting plc", "Total 7,087.86", line]);
    for (const [line, code] of [
      ["Edinburgh IBAN GB81 LOYD88719819", "GBP"],
      ["Coordinate bancarie: Intesa Sanpaolo·IBAN IT70 06195091 5587", "EUR"],
      ["Please pay to: Lloyds Bank Sort code 88-71-98 20958332", "GBP"],
    ]) {
      expect(await extractOne("currency", "text", [cut(line)])).toMatchObject({ normalizedValue: code, wasInferred: true });
    }
    // A sort code's shape without its label is a date or a reference.
    expect((await extractOne("currency", "text", [cut("Ref 88-71-98")])).value).toBeNull();
  });

  it("counts a code beside an amount printed in thousands groups as money, not the legal print's round fees", async () => {
    const page = layoutFromRows([
      "Description Qté Prix unitaire HT Montant HT",
      "Main d'œuvre 9,5 49,00 465,50",
      "Total HT 1 080,50",
      "TVA 20 % 216,10",
      "Total TTC USD 1 296,60",
      "En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €.",
      "SIRET 626 848 324 55305 · Capital social 50 000 € · Règlement par virement",
    ]);
    expect((await extractOne("currency", "text", [page])).normalizedValue).toBe("USD");
  });
});
