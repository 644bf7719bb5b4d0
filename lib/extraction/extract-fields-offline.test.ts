import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";
import { calibrateConfidence } from "./calibrate-confidence";
import { extractFieldsOffline } from "./extract-fields-offline";

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

  it("takes the arithmetic's total where it is printed and no total label agrees, unless two labels agree", async () => {
    const misreadLabels = [
      "ONE TAPE 15.90 15.90",
      "Total Incl. of GST 15.50",
      "Total Amt Rounded 15.00",
      "Payment : 50.00",
      "Change Due : 34.10",
    ];
    const corroborated = (await extract([totalAmount], [layoutFromRows(misreadLabels)])).total_amount;
    expect(corroborated.normalizedValue).toBe(15.9);
    expect(corroborated.confidence).toBeLessThan(0.9);
    const misreadCash = ["ITEM 2* 2.50 5.03", "Total 5.00", "Total After Rounding 5.00", "Cash 10.03", "CHANGE 5.00"];
    expect((await extract([totalAmount], [layoutFromRows(misreadCash)])).total_amount.normalizedValue).toBe(5);
  });

  it("reads a date whose slashes the reader lost only when nothing else on the page reads as a date", async () => {
    const date = field("date", "Date", "date");
    const lost = (await extract([date], [layoutFromRows(["LIAN HING STATIONERY", "30032018 No.CS820322", "Total 116.60"])])).date;
    expect(lost.normalizedValue).toBe("2018-03-30");
    expect(lost.confidence).toBeLessThan(0.9);
    const both = await extract([date], [layoutFromRows(["Ref 20180101", "Printed 30/03/2018", "Total 116.60"])]);
    expect(both.date.normalizedValue).toBe("2018-03-30");
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
