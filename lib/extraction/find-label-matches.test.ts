import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { detectConcept, fieldTokens } from "./detect-concept";
import { buildFieldLabels, LABEL_STRENGTH } from "./field-labels";
import { findLabelMatches } from "./find-label-matches";
import { buildPageRows } from "./page-rows";

function field(key: string, name: string, type: TStoredField["type"] = "text", aliases: string[] = []): TStoredField {
  return { key, name, type, required: false, aliases };
}

function matchRows(target: TStoredField, rows: Parameters<typeof layoutFromRows>[0]) {
  const concept = detectConcept(target);
  const pages = [buildPageRows(layoutFromRows(rows))];
  return findLabelMatches(pages, buildFieldLabels(target, concept), concept, fieldTokens(target)).map((match) => ({
    row: match.row,
    strength: Math.round(match.strength * 1000) / 1000,
  }));
}

describe("detectConcept", () => {
  it.each([
    ["invoice_number", "Invoice Number", "invoice_number"],
    ["invoice_no", "Invoice #", "invoice_number"],
    ["date", "Date", "date"],
    ["invoice_date", "Invoice Date", "date"],
    ["due_date", "Due Date", "due_date"],
    ["total_amount", "Total Amount", "total"],
    ["amount_due", "Amount Due", "amount_due"],
    ["net_amount", "Net Amount", "net_total"],
    ["subtotal", "Subtotal", "subtotal"],
    ["tax_amount", "Tax Amount", "tax"],
    ["total_incl_vat", "Total (incl. VAT)", "total"],
    ["vendor_name", "Vendor Name", "vendor_name"],
    ["vendor_address", "Vendor Address", "vendor_address"],
    ["customer_address", "Customer Address", null],
    ["vendor_vat_id", "Vendor VAT ID", "vat_id"],
    ["colour", "Colour", null],
    // A party's contact or bank detail is that detail, not the party's name.
    ["vendor_website", "Vendor Website", "website"],
    ["supplier_iban", "Supplier IBAN", "iban"],
    ["vendor_bic", "Vendor BIC", "bic"],
    ["shop_mobile", "Shop Mobile", "phone"],
    ["vendor_coc", "Vendor CoC", null],
    // invoice2data's and Odoo's "partner" is the issuer of an invoice one receives.
    ["partner_name", "Partner Name", "vendor_name"],
    ["partner_zip", "Partner Zip", "postcode"],
    // The second line of an address is no concept's: each reads the first.
    ["partner_street2", "Partner Street2", null],
    ["address_line_2", "Address Line 2", null],
  ])("%s → %s", (key, name, concept) => {
    expect(detectConcept(field(key, name))?.id ?? null).toBe(concept);
  });
});

describe("buildFieldLabels", () => {
  it("ranks aliases over the name over synonyms, and adds the head noun of a '... Name' field", () => {
    const labels = buildFieldLabels(
      field("vendor_name", "Vendor Name", "text", ["Supplier Co"]),
      detectConcept(field("vendor_name", "Vendor Name")),
    );
    const byText = Object.fromEntries(labels.map((label) => [label.tokens.join(" "), label.strength]));
    expect(byText["supplier co"]).toBe(LABEL_STRENGTH.alias);
    expect(byText["vendor name"]).toBe(LABEL_STRENGTH.name);
    expect(byText.vendor).toBe(LABEL_STRENGTH.headNoun);
    expect(byText.seller).toBe(LABEL_STRENGTH.synonym);
  });
});

describe("findLabelMatches", () => {
  const total = field("total_amount", "Total Amount", "number");

  it("matches case-insensitively through punctuation, a field's 'Number' printed as 'No.' or '#' too", () => {
    const invoiceNumber = field("invoice_number", "Invoice Number");
    expect(matchRows(invoiceNumber, ["INVOICE NO.: 123", "Invoice #: 456", "inv. no. 789", "Invoice Number 1"])).toEqual([
      { row: 0, strength: LABEL_STRENGTH.name },
      { row: 1, strength: LABEL_STRENGTH.name },
      { row: 2, strength: LABEL_STRENGTH.synonym },
      { row: 3, strength: LABEL_STRENGTH.name },
    ]);
  });

  it("tolerates one OCR slip in a long token when it still looks like a label", () => {
    const invoiceNumber = field("invoice_number", "Invoice Number");
    expect(matchRows(invoiceNumber, ["INVOLCE NO.: CS 67832"])).toEqual([{ row: 0, strength: LABEL_STRENGTH.name * 0.8 }]);
    const vendor = field("vendor_name", "Vendor Name");
    expect(matchRows(vendor, ["K STATIONERY & OFFICE SUPPLIES"])).toEqual([]);
  });

  it("takes a slipped amount label inside its segment when its amount follows across a gap", () => {
    const total = field("total_amount", "Total Amount", "number");
    const slipped = [
      [
        [0.09, "NLT YOTAL"],
        [0.6, "343.95"],
      ],
    ] as Array<Array<[number, string]>>;
    expect(matchRows(total, slipped)).toEqual([{ row: 0, strength: LABEL_STRENGTH.synonym * 0.8 }]);
    expect(matchRows(total, ["NLT YOTAL 343.95"])).toEqual([]);
  });

  it("finds a two-word label whose space the reader lost, and dotted initials as one word", () => {
    const vatId = field("vendor_vat_id", "Vendor Vat Id");
    expect(matchRows(vatId, ["VATID: 12-3456789"]).map((match) => match.row)).toEqual([0]);
    const poNumber = field("po_number", "PO Number");
    expect(matchRows(poNumber, ["SHIP TO P.O. # 098ZYX7654"])).toEqual([{ row: 0, strength: LABEL_STRENGTH.name }]);
    // Three words glued, long enough to be no other word.
    const customer = field("customer_name", "Customer Name");
    expect(matchRows(customer, ["ADRESSEDEFACTURATION   Ref. facture F2023-0348"]).map((match) => match.row)).toEqual([0]);
  });

  it("halves labels next to another concept's words", () => {
    const rows = ["SUB TOTAL 10.00", "TOTAL QTY: 3", "TOTAL EXCL. GST 9.43", "TOTAL GST 0.57", "TOTAL INCL. GST 10.00", "Total 10.00"];
    const half = LABEL_STRENGTH.synonym * 0.5;
    expect(matchRows(total, rows)).toEqual([
      { row: 0, strength: LABEL_STRENGTH.weakSynonym },
      { row: 0, strength: half },
      { row: 1, strength: half },
      { row: 2, strength: half },
      { row: 3, strength: half },
      { row: 4, strength: LABEL_STRENGTH.synonym },
      { row: 5, strength: LABEL_STRENGTH.synonym },
    ]);
  });

  it("halves a customer label beside a number marker, 'N.' too ('N. cliente K21865' is a code)", () => {
    const customer = field("customer_name", "Customer Name");
    const [plain, numbered] = [matchRows(customer, ["Cliente: Costruzioni Rossi"]), matchRows(customer, ["N. cliente K21865"])];
    expect(numbered[0].strength).toBe(plain[0].strength * 0.5);
  });

  it("weakens a Total inside a tax breakdown table below a label naming another amount", () => {
    const rows = [
      "Total 10.00",
      "GST SUMMARY AMOUNT TAX",
      "SR 6% 9.43 0.57",
      [
        [0.05, "TOTAL"],
        [0.4, "9.43"],
        [0.6, "0.57"],
      ],
    ] as Parameters<typeof layoutFromRows>[0];
    expect(matchRows(total, rows)).toEqual([
      { row: 0, strength: LABEL_STRENGTH.synonym },
      { row: 3, strength: LABEL_STRENGTH.synonym * 0.3 },
    ]);
    // "Net Total 2986.96" names the net (halved), yet beats the breakdown's "Total 2817.89 169.07".
    const receipt = [
      "Amount Excl GST 2817.89",
      "Net Total 2986.96",
      "GST Summary Amount(RM) Tax(RM)",
      "SR @ 6% 2817.89 169.07",
      "Total 2817.89 169.07",
    ] as Parameters<typeof layoutFromRows>[0];
    const strongest = (row: number) =>
      Math.max(
        ...matchRows(total, receipt)
          .filter((match) => match.row === row)
          .map((match) => match.strength),
      );
    expect(strongest(1)).toBeGreaterThan(strongest(4));
    // The breakdown's sum with its decimal point read as a colon ("Total 142:50 8.55") is still the breakdown's.
    // So is the sum that repeats the breakdown's one row under a header the reader garbled ("BST 心 Tax(RH)").
    const garbled = ["Amount Due 242.15", "BST 心 Tax(RH)", "SR6 228.44 13.71", "Total 228.44 13.71"] as Parameters<
      typeof layoutFromRows
    >[0];
    const sumRow = matchRows(total, garbled).filter((match) => match.row === 3);
    expect(Math.max(...sumRow.map((match) => match.strength))).toBeLessThan(LABEL_STRENGTH.synonym * 0.5);
    // Its tax at least, where the reader misread a digit of the base ("SR06% 074.39 58.46" over "Total 974.39 58.46").
    // Or its base, where the reader misread a digit of the tax ("S80% 10.85 0.05" over "Total 10.85 0.65").
    for (const misreadRate of ["SR6 028.44 13.71", "SR6 228.44 18.71"]) {
      const misread = garbled.map((row) => (row === "SR6 228.44 13.71" ? misreadRate : row));
      const misreadRow = matchRows(total, misread).filter((match) => match.row === 3);
      expect(Math.max(...misreadRow.map((match) => match.strength))).toBeLessThan(LABEL_STRENGTH.synonym * 0.5);
    }
    // So is one whose first digit the reader read as a letter ("Total T7.97 4.68").
    for (const misreadSum of ["Total 2817:89 169.07", "Total T817.89 169.07"]) {
      const misread = receipt.map((row) => (row === "Total 2817.89 169.07" ? misreadSum : row));
      const strongestMisread = Math.max(
        ...matchRows(total, misread)
          .filter((match) => match.row === 4)
          .map((match) => match.strength),
      );
      expect(strongestMisread).toBe(strongest(4));
    }
  });

  it("does not take a row of totals' labels naming its one rate for a tax breakdown ('Net amount  Tax (6%)  Total')", () => {
    const rows = [
      [
        [0.1, "Net amount"],
        [0.4, "Tax (6%)"],
        [0.7, "Total"],
      ],
      [
        [0.1, "USD 5193.78"],
        [0.4, "USD 311.63"],
        [0.7, "USD 5505.41"],
      ],
    ] as Parameters<typeof layoutFromRows>[0];
    expect(matchRows(total, rows)).toEqual([{ row: 0, strength: LABEL_STRENGTH.synonym }]);
  });

  it("ends a cell's label at the rate before it, however narrow the gap ('IVA 22 %  IVA 10 %')", () => {
    const tax = field("tax_amount", "Tax Amount", "number");
    const strengths = matchRows(tax, ["Totale imponibile IVA 22 %  IVA 10 %  Netto a pagare"]).map((match) => match.strength);
    expect(strengths).toEqual([LABEL_STRENGTH.synonym, LABEL_STRENGTH.synonym]);
  });

  it("ends a label's cell at the rate after it: 'BTW 21%' is not weakened by the next cell's 'Totaal incl. btw'", () => {
    const tax = field("tax_amount", "Tax Amount", "number");
    const [rate, included] = matchRows(tax, ["Subtotaal BTW 21% Totaal incl. btw Aanbetaling"]);
    expect(rate.strength).toBe(LABEL_STRENGTH.synonym);
    expect(included.strength).toBeLessThan(rate.strength);
  });

  it("ends a cell's label at its word printed again beside it ('Bedrag excl. BTW BTW 21%')", () => {
    const tax = field("tax_amount", "Tax Amount", "number");
    // Two bold labels a text layer set closer than a column gap.
    const row = [
      [0.6, "Bedrag excl. BTW"],
      [0.78, "BTW 21%"],
      [0.86, "TOTAAL"],
    ] as Parameters<typeof layoutFromRows>[0][number];
    const [excluded, own] = matchRows(tax, [row]);
    expect(own.strength).toBeGreaterThan(excluded.strength);
    expect(own.strength).toBe(LABEL_STRENGTH.synonym);
    // With its rate glued on by a scan's reader ("Total excl. VAT VAT20%"), or the word before glued to its own.
    for (const line of ["Total excl. VAT VAT20% Invoice total Amount due", "Subtotaal excl.BTW BTW 21% Totaal incl.btw"]) {
      expect(Math.max(...matchRows(tax, [line]).map((match) => match.strength))).toBe(LABEL_STRENGTH.synonym);
    }
  });

  it("keeps the strongest label's strength and the longest label's extent at one start", () => {
    const date = field("date", "Date", "date");
    const concept = detectConcept(date);
    const pages = [buildPageRows(layoutFromRows(["Date de facture : 15/01/2022"]))];
    const [match] = findLabelMatches(pages, buildFieldLabels(date, concept), concept, fieldTokens(date));
    expect(match).toMatchObject({ strength: LABEL_STRENGTH.name, lastWord: 2 });
  });

  it("stops looking for another concept's words at a column gap", () => {
    const invoiceNumber = field("invoice_number", "Invoice Number");
    const rows = [
      [
        [0.05, "Numéro de facture : F1"],
        [0.55, "Date de facture : 15/01/2022"],
      ],
    ] as Parameters<typeof layoutFromRows>[0];
    expect(matchRows(invoiceNumber, rows)[0].strength).toBe(LABEL_STRENGTH.synonym);
    // And at a date, the value of the label before it: "Fällig am: 28.08.25 Rechnungsdatum: 29.07.25" in one run.
    const date = field("date", "Date", "date");
    const dates = matchRows(date, ["Fällig am: 28.08.25 Rechnungsdatum: 29.07.25 Kundennummer: 82855"]);
    expect(Math.max(...dates.map((match) => match.strength))).toBe(LABEL_STRENGTH.synonym);
  });

  it("doesn't take a name label from the tail of a hyphenated column header", () => {
    const buyer = field("buyer_name", "Buyer Name");
    const concept = detectConcept(buyer);
    const pages = [
      buildPageRows(
        layoutFromRows([
          [
            [0.05, "Art-Nr-Kunde"],
            [0.3, "Positions-"],
          ],
        ]),
      ),
    ];
    expect(findLabelMatches(pages, buildFieldLabels(buyer, concept), concept, fieldTokens(buyer), true)).toEqual([]);
  });

  it("doesn't treat the field's own words as another concept", () => {
    const netTotal = field("net_total", "Net Total", "number");
    expect(matchRows(netTotal, ["Net total 100.00"])[0].strength).toBe(LABEL_STRENGTH.name);
  });
});
