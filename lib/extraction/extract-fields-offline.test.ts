import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import type { TPageLayout } from "@/lib/layout/types";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { calibrateConfidence } from "./calibrate-confidence";
import { extractFieldsOffline } from "./extract-fields-offline";

function field(key: string, name: string, type: TStoredField["type"] = "text", extra: Partial<TStoredField> = {}): TStoredField {
  return { key, name, type, required: false, aliases: [], ...extra };
}

async function extract(fields: TStoredField[], pages: TPageLayout[]) {
  const result = await extractFieldsOffline({ fields, pages });
  return Object.fromEntries(result.map((item) => [item.key, item]));
}

const invoiceNumber = field("invoice_number", "Invoice Number");
const vendorName = field("vendor_name", "Vendor Name");
const totalAmount = field("total_amount", "Total Amount", "number");
const date = field("date", "Invoice Date", "date");

describe("extractFieldsOffline", () => {
  it("reads the contract's example invoice", async () => {
    const page = layoutFromRows(["Invoice Number: INV-2024-0042", "Vendor: Acme Corp", "Total: 4,200.00"]);
    const result = await extractFieldsOffline({ fields: [invoiceNumber, vendorName, totalAmount], pages: [page] });
    expect(result.map((item) => [item.key, item.value, item.normalizedValue])).toEqual([
      ["invoice_number", "INV-2024-0042", "INV-2024-0042"],
      ["vendor_name", "Acme Corp", "Acme Corp"],
      ["total_amount", "4,200.00", 4200],
    ]);
    for (const item of result) {
      expect(item).toMatchObject({ wasInferred: false, page: 1 });
      expect(item.confidence).toBeGreaterThan(0.8);
      expect(item.confidence).toBeLessThanOrEqual(0.99);
    }
    const total = result[2].bbox!;
    expect(total.x0).toBeGreaterThan(0.1);
    expect(total.y0).toBeCloseTo(0.11);
  });

  it("returns every field in schema order, with null and confidence 0 when nothing is found", async () => {
    const result = await extractFieldsOffline({
      fields: [field("colour", "Colour"), totalAmount],
      pages: [layoutFromRows(["Total 5.00"])],
    });
    expect(result[0]).toEqual({
      key: "colour",
      value: null,
      normalizedValue: null,
      confidence: 0,
      wasInferred: false,
      page: null,
      bbox: null,
    });
    expect(result[1].normalizedValue).toBe(5);
  });

  it("copes with no pages and empty pages", async () => {
    const fields = [invoiceNumber, vendorName, date, totalAmount, field("vendor_address", "Vendor Address")];
    for (const pages of [[], [layoutFromRows([])]]) {
      const result = await extractFieldsOffline({ fields, pages });
      expect(result.map((item) => [item.key, item.value, item.confidence])).toEqual(fields.map((item) => [item.key, null, 0]));
    }
  });

  it("reads values printed below their labels", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Invoice Number"],
        [0.4, "Invoice Date"],
      ],
      [
        [0.05, "INV-001"],
        [0.4, "2024-01-31"],
      ],
    ]);
    const result = await extract([invoiceNumber, date], [page]);
    expect(result.invoice_number.normalizedValue).toBe("INV-001");
    expect(result.date.normalizedValue).toBe("2024-01-31");
  });

  it("reads a text field whose name ends in an id word as an id, not the words after it", async () => {
    // One OCR segment: the column heading beside the value is read as part of its line.
    const page = layoutFromRows(["Order ID: OD304175096047380001 Billing Address"]);
    const result = await extract([field("order_id", "Order Id"), field("order_note", "Order Note")], [page]);
    expect(result.order_id.value).toBe("OD304175096047380001");
  });

  it("finds a two-word field name printed the other way round, as in French ('Id. client' for Client Id)", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Numéro de ligne"],
        [0.3, "Id.client"],
        [0.5, "Adresse de l'installation"],
      ],
      [
        [0.05, "FO10479674"],
        [0.3, "10577874"],
        [0.5, "35 RUE du logiciel libre"],
      ],
    ]);
    const result = await extract([field("client_id", "Client Id")], [page]);
    expect(result.client_id.value).toBe("10577874");
  });

  it("reads the parts of the seller's address into fields that name them, labelled or from the letterhead", async () => {
    const letterhead = layoutFromRows(["Lieferant GmbH", "Lieferantenstraße 20", "80333 München", "Rechnung Nr. 471102", "Total 119.00"]);
    const fields = [
      field("vendor_street", "Vendor Street"),
      field("vendor_city", "Vendor City"),
      field("vendor_zip", "Vendor Zip"),
      field("vendor_name", "Vendor Name"),
    ];
    const result = await extract(fields, [letterhead]);
    expect(result.vendor_street.value).toBe("Lieferantenstraße 20");
    expect(result.vendor_city.value).toBe("München");
    expect(result.vendor_zip).toMatchObject({ value: "80333", wasInferred: false, page: 1 });
    expect(result.vendor_name.value).toBe("Lieferant GmbH");
    expect(result.vendor_city.confidence).toBeLessThan(0.9);
    // Printed with a label, the label wins; a customer's city is read only where labelled.
    const labelled = await extract(
      [field("zip", "Zip"), field("customer_city", "Customer City")],
      [layoutFromRows(["ZIP: 10115", "Lieferantenstraße 20", "80333 München"])],
    );
    expect(labelled.zip.value).toBe("10115");
    expect(labelled.customer_city.value).toBeNull();
  });

  it("reads a French company's SIREN from its trade register entry, its SIRET or its VAT id, checking its Luhn digit", async () => {
    const siren = field("siren", "SIREN");
    const footer = "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - N° de TVA intra communautaire: FR 604 219 388 61";
    expect((await extract([siren], [layoutFromRows([footer])])).siren.normalizedValue).toBe("421938861");
    const siret = "Sarl au capital de 10 000€ - RSC Paris B 530 848 134 - Siret 53084813400017";
    expect((await extract([siren], [layoutFromRows([siret])])).siren.normalizedValue).toBe("530848134");
    const vatOnly = await extract([siren], [layoutFromRows(["Acme", "TVA intracommunautaire FR60421938861"])]);
    expect(vatOnly.siren.normalizedValue).toBe("421938861");
    expect(vatOnly.siren.confidence).toBeLessThan(0.9);
    expect((await extract([siren], [layoutFromRows(["SIREN : 421 938 861"])])).siren.value).toBe("421 938 861");
  });

  it("reads a payment reference, also where the invoice calls it the communication for the payment", async () => {
    const page = layoutFromRows(["Total $ 279.84", "Please use the following communication for your payment : 202309097001"]);
    expect((await extract([field("payment_reference", "Payment Reference")], [page])).payment_reference.value).toBe("202309097001");
  });

  it("takes the id token, not a following date", async () => {
    const page = layoutFromRows(["Invoice No. # BLR_WFLD201805004 12-05-2018", "Facture n°562044387 du 02 Juillet 2015"]);
    expect((await extract([invoiceNumber], [page])).invoice_number.normalizedValue).toBe("BLR_WFLD201805004");
    const french = layoutFromRows(["Facture n°562044387 du 02 Juillet 2015"]);
    expect((await extract([invoiceNumber, date], [french])).invoice_number.normalizedValue).toBe("562044387");
  });

  it("takes Total over Subtotal and the lowest labelled total", async () => {
    const page = layoutFromRows(["Subtotal 100.00", "Tax 19% 19.00", "Total 119.00", "Cash 200.00", "Change 81.00"]);
    expect((await extract([totalAmount], [page])).total_amount.normalizedValue).toBe(119);
    const rounded = layoutFromRows(["Total 9.98", "Rounding 0.02", "Total 10.00"]);
    expect((await extract([totalAmount], [rounded])).total_amount.normalizedValue).toBe(10);
  });

  it("checks a receipt's total against what was tendered less the change", async () => {
    const receipt = (total: string) => [layoutFromRows(["Total 11.60", "Item Discount 10% -1.16", total, "CASH 20.00", "Change 9.55"])];
    // The labelled total that agrees wins; one whose decimal point the OCR lost is read in cents.
    const agreeing = (await extract([totalAmount], receipt("Total Inclusive GST: 10.45"))).total_amount;
    expect(agreeing.normalizedValue).toBe(10.45);
    const pointLost = (await extract([totalAmount], receipt("Total Inclusive GST: 1045"))).total_amount;
    expect(pointLost).toMatchObject({ value: "10.45", normalizedValue: 10.45 });
    // A dash between the currency and the amount is no refund.
    const dashed = (await extract([totalAmount], [layoutFromRows(["TOTAL INCL. GST RM-38.80", "CASH RM 50.00", "CHANGE RM 11.20"])]))
      .total_amount;
    expect(dashed.normalizedValue).toBe(38.8);
    // Arithmetic that agrees with no total leaves the total read, less sure than one that agrees.
    const plain = (await extract([totalAmount], [layoutFromRows(["Total 12.00", "CASH 20.00", "Change 8.00"])])).total_amount;
    const disagreeing = (await extract([totalAmount], [layoutFromRows(["Total 12.00", "CASH 20.00", "Change 9.00"])])).total_amount;
    expect(disagreeing.normalizedValue).toBe(12);
    expect(disagreeing.confidence).toBeLessThan(plain.confidence);
    expect(disagreeing.confidence).toBeLessThan(0.9);
  });

  it("falls back to Subtotal, with less confidence, when no total is printed", async () => {
    const result = await extract([totalAmount], [layoutFromRows(["Item 100.00", "Subtotal 100.00"])]);
    const labelled = await extract([totalAmount], [layoutFromRows(["Item 100.00", "Total 100.00"])]);
    expect(result.total_amount.normalizedValue).toBe(100);
    // Calibrated (calibrate-confidence.ts): below a labelled total, and below the 0.9 that means "right 9 times in 10".
    expect(result.total_amount.confidence).toBeLessThan(labelled.total_amount.confidence);
    expect(result.total_amount.confidence).toBeLessThan(0.8);
  });

  it("prefers the schema's aliases to built-in synonyms", async () => {
    const payable = field("total_amount", "Total Amount", "number", { aliases: ["Amount Payable"] });
    const page = layoutFromRows(["Amount Payable: 50.00", "Total 60.00"]);
    expect((await extract([payable], [page])).total_amount.normalizedValue).toBe(50);
  });

  it("stops free text at a column gap", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Vendor: Acme Corp"],
        [0.6, "Invoice Date: 2024-01-31"],
      ],
    ]);
    const result = await extract([vendorName, date], [page]);
    expect(result.vendor_name.value).toBe("Acme Corp");
    expect(result.date.normalizedValue).toBe("2024-01-31");
  });

  it("reads contact details and bank details into text fields that name them, labelled or not", async () => {
    const fields = [
      field("partner_email", "Partner Email"),
      field("partner_website", "Partner Website"),
      field("telephone", "Telephone"),
      field("iban", "IBAN"),
      field("bic", "BIC"),
    ];
    const footer = layoutFromRows([
      "Global Wholesaler",
      "Total $ 279.84",
      "IBAN : FR76 3000 6000 0112 3456 7890 189 Handelsreg.: HRB 12 - BIC : BREDFRPP",
      "(870)-931-0505 azure.Interior24@example.com http://www.azure-interior.com/contact",
    ]);
    const result = await extract(fields, [footer]);
    expect(result.partner_email.normalizedValue).toBe("azure.interior24@example.com");
    expect(result.partner_website).toMatchObject({
      value: "http://www.azure-interior.com",
      normalizedValue: "http://www.azure-interior.com",
    });
    expect(result.telephone.normalizedValue).toBe("8709310505");
    expect(result.iban).toMatchObject({ value: "FR76 3000 6000 0112 3456 7890 189", normalizedValue: "FR7630006000011234567890189" });
    expect(result.bic.normalizedValue).toBe("BREDFRPP");
    // Unlabelled, they are guesses; the IBAN's label and its check digits make it sure.
    expect(result.partner_email.confidence).toBeLessThan(0.9);
    expect(result.iban.confidence).toBeGreaterThan(result.partner_email.confidence);
    // Without valid check digits: the groups that look like an IBAN's, not the words after them.
    const grouped = await extract([field("iban", "IBAN")], [layoutFromRows(["IBAN: DE08 7009 0100 1234 5678 91 Handelsreg.: H A"])]);
    expect(grouped.iban).toMatchObject({ value: "DE08 7009 0100 1234 5678 91", normalizedValue: "DE08700901001234567891" });
    expect(grouped.iban.confidence).toBeLessThan(result.iban.confidence);
    // A number that could be an id is no unlabelled phone; "Pvt.Ltd" is no website.
    const plain = await extract(
      [field("telephone", "Telephone"), field("website", "Website")],
      [layoutFromRows(["Acme Pvt.Ltd", "Order 0341318972"])],
    );
    expect(plain.telephone.value).toBeNull();
    expect(plain.website.value).toBeNull();
  });

  it("reads emails, phones, booleans and enums", async () => {
    const fields = [
      field("contact_email", "Contact Email", "email"),
      field("phone", "Phone", "phone"),
      field("paid", "Paid", "boolean"),
      field("payment_method", "Payment Method", "enum", { options: ["Credit Card", "Cash"] }),
    ];
    const page = layoutFromRows(["Email: Billing@Acme.com", "Tel: +1 (555) 123-4567", "Paid: Yes", "Payment method: CREDIT CARD"]);
    const result = await extract(fields, [page]);
    expect(result.contact_email.normalizedValue).toBe("billing@acme.com");
    expect(result.phone.normalizedValue).toBe("+15551234567");
    expect(result.paid.normalizedValue).toBe(true);
    expect(result.payment_method).toMatchObject({ value: "CREDIT CARD", normalizedValue: "Credit Card" });
  });

  it("uses layout fallbacks, with lower confidence, when nothing is labelled", async () => {
    const page = layoutFromRows([
      "THANK YOU FOR SHOPPING",
      "ACME TRADING SDN BHD (123456-X)",
      "(GST NO: 000123456789)",
      "12, JALAN SATU,",
      "50000 KUALA LUMPUR",
      "TEL: 03-12345678",
      "25/12/2018 10:15 AM",
      ...Array.from({ length: 8 }, () => ""),
      "ITEM A 4.00",
      "ITEM B 5.00",
      "9.00",
    ]);
    const fields = [vendorName, field("vendor_address", "Vendor Address"), date, totalAmount];
    const result = await extract(fields, [page]);
    expect(result.vendor_name.value).toBe("ACME TRADING SDN BHD");
    expect(result.vendor_address.value).toBe("12, JALAN SATU, 50000 KUALA LUMPUR");
    expect(result.date.normalizedValue).toBe("2018-12-25");
    expect(result.total_amount.normalizedValue).toBe(9);
    for (const item of Object.values(result)) {
      expect(item.confidence).toBeGreaterThan(0);
      // Calibrated: fallbacks stay below 0.9, the confidence of a labelled value.
      expect(item.confidence).toBeLessThan(0.9);
      expect(item.wasInferred).toBe(false);
    }
  });

  it("prefers the first date on the page to a labelled due date", async () => {
    const page = layoutFromRows(["Facture du 02 Juillet 2015", "Date limite de paiement le 05 Juillet 2015"]);
    expect((await extract([date], [page])).date.normalizedValue).toBe("2015-07-02");
  });

  it("finds the amount beside a label on a skewed photo", async () => {
    const page = buildPageLayout(
      [
        // Each amount sits lower than its label; GST's 0.00 is almost level with TOTAL.
        { text: "GST 6%", box: { x0: 0.05, y0: 0.51, x1: 0.2, y1: 0.53 } },
        { text: "0.00", box: { x0: 0.78, y0: 0.526, x1: 0.86, y1: 0.546 } },
        { text: "TOTAL INCL. GST", box: { x0: 0.05, y0: 0.535, x1: 0.4, y1: 0.555 } },
        { text: "15.00", box: { x0: 0.8, y0: 0.542, x1: 0.9, y1: 0.562 } },
      ],
      { source: "ocr" },
    );
    expect((await extract([totalAmount], [page])).total_amount.normalizedValue).toBe(15);
  });

  it("scales confidence by the OCR confidence of the value's words", async () => {
    const spec = (confidence: number) => [
      { text: "Total:", box: { x0: 0.05, y0: 0.1, x1: 0.15, y1: 0.12 }, confidence: 1 },
      { text: "12.50", box: { x0: 0.3, y0: 0.1, x1: 0.4, y1: 0.12 }, confidence },
    ];
    const sure = await extract([totalAmount], [buildPageLayout(spec(1), { source: "ocr" })]);
    const unsure = await extract([totalAmount], [buildPageLayout(spec(0.5), { source: "ocr" })]);
    // The raw score (label strength 1 × OCR confidence) halves; calibration then maps each raw score.
    expect(sure.total_amount.confidence).toBe(calibrateConfidence(0.99));
    expect(unsure.total_amount.confidence).toBe(calibrateConfidence(0.5));
    expect(unsure.total_amount.confidence).toBeLessThan(sure.total_amount.confidence);
  });

  it("reports the page a value was found on", async () => {
    const pages = [layoutFromRows(["Invoice Number: A-1"]), layoutFromRows(["Grand Total: EUR 529,87"], { page: 2 })];
    const result = await extract([invoiceNumber, totalAmount], pages);
    expect(result.invoice_number.page).toBe(1);
    expect(result.total_amount).toMatchObject({ page: 2, value: "EUR 529,87", normalizedValue: 529.87 });
  });

  it("takes the amount on the label's own OCR line on a skewed scan, even when it sits closer to the next row", async () => {
    const line = (text: string, x0: number, x1: number, y0: number) => ({ text, box: { x0, y0, x1, y1: y0 + 0.013 } });
    // Three OCR lines of a receipt photographed at a slant: each amount is most of a line lower than its label.
    const page = buildPageLayout([
      line("Item Count", 0.15, 0.3, 0.402),
      line("Total", 0.15, 0.2, 0.419),
      line("Rounding Adj", 0.15, 0.3, 0.436),
    ]);
    page.lines[0].words.push({ text: "2", confidence: 1, box: { x0: 0.84, y0: 0.412, x1: 0.85, y1: 0.424 } });
    page.lines[1].words.push({ text: "5.00", confidence: 1, box: { x0: 0.78, y0: 0.428, x1: 0.83, y1: 0.441 } });
    page.lines[2].words.push({ text: "0.00", confidence: 1, box: { x0: 0.78, y0: 0.446, x1: 0.83, y1: 0.458 } });
    const result = await extract([totalAmount], [{ ...page, source: "ocr" }]);
    expect(result.total_amount.normalizedValue).toBe(5);
  });

  it("prefers a total that starts its line to the word 'total' inside a sentence", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Total Incl. GST"],
        [0.7, "RM 13.30"],
      ],
      [
        [0.05, "Service charge included in total"],
        [0.7, "RM 1.20"],
      ],
    ]);
    const result = await extract([totalAmount], [page]);
    expect(result.total_amount.normalizedValue).toBe(13.3);
  });

  it("doubts a zero total and then takes the largest amount outside the tax summary", async () => {
    // Totals are looked for in the lower part of a receipt: items fill the top.
    const items = Array.from({ length: 12 }, (_, index) => `Item ${index + 1}`);
    const page = layoutFromRows([
      "Tax Invoice",
      ...items,
      "Total Item Discount: 0.00",
      "Toni Gales Inclusive GST: 4.70",
      "Cash Received 4.70",
      "GST Summary",
      "Tax Code % Taxable Amount GST",
      "SR 6.00 4.43 0.27",
    ]);
    const result = await extract([totalAmount], [page]);
    expect(result.total_amount.normalizedValue).toBe(4.7);
  });
});
