import { describe, expect, it } from "vitest";
import type { TStoredField } from "@/db/schema";
import { matchEInvoiceFields } from "./match-einvoice-fields";
import type { TEInvoice } from "./parse-einvoice";

const INVOICE: TEInvoice = {
  syntax: "cii",
  invoice_number: "471102",
  date: "2013-03-05",
  due_date: "2013-04-04",
  document_type_code: "380",
  vendor_name: "Lieferant GmbH",
  vendor_address: "Lieferantenstraße 20, 80333 München, DE",
  vendor_vat_id: "DE123456789",
  buyer_name: "Kunden AG Mitte",
  currency: "EUR",
  total_amount: 529.87,
  amount_due: 529.87,
  tax_amount: 56.87,
  net_amount: 473,
};

const field = (key: string, type: TStoredField["type"], name = key, options?: string[]): TStoredField => ({
  key,
  name,
  type,
  required: false,
  aliases: [],
  options,
});

const values = (fields: TStoredField[], invoice = INVOICE) =>
  Object.fromEntries(matchEInvoiceFields(fields, invoice).map((item) => [item.key, [item.value, item.normalizedValue]]));

describe("matchEInvoiceFields", () => {
  it("maps fields by the extractor's invoice concepts when their keys aren't canonical", () => {
    const fields = [
      field("netto", "number", "Net Amount"),
      field("to_pay", "number", "Balance Due"),
      field("waehrung", "text", "Currency"),
      field("art", "text", "Document Type Code"),
    ];
    expect(values(fields)).toEqual({
      netto: ["473.00", 473],
      to_pay: ["529.87", 529.87],
      waehrung: ["EUR", "EUR"],
      art: ["380", "380"],
    });
  });

  it("answers the canonical keys with the XML's values, typed, at confidence 1", () => {
    const matched = matchEInvoiceFields([field("invoice_number", "text"), field("total_amount", "number")], INVOICE);
    expect(matched).toEqual([
      {
        key: "invoice_number",
        value: "471102",
        normalizedValue: "471102",
        confidence: 1,
        wasInferred: false,
        page: null,
        bbox: null,
        source: "einvoice",
      },
      {
        key: "total_amount",
        value: "529.87",
        normalizedValue: 529.87,
        confidence: 1,
        wasInferred: false,
        page: null,
        bbox: null,
        source: "einvoice",
      },
    ]);
  });

  it("knows common key variants and names", () => {
    expect(
      values([
        field("invoice_date", "date"),
        field("total", "number"),
        field("vat_id", "text"),
        field("supplier_name", "text"),
        field("subtotal", "number"),
        field("customer", "text"),
        field("balance_due", "number"),
        field("f1", "text", "Currency"),
      ]),
    ).toEqual({
      invoice_date: ["2013-03-05", "2013-03-05"],
      total: ["529.87", 529.87],
      vat_id: ["DE123456789", "DE123456789"],
      supplier_name: ["Lieferant GmbH", "Lieferant GmbH"],
      subtotal: ["473.00", 473],
      customer: ["Kunden AG Mitte", "Kunden AG Mitte"],
      balance_due: ["529.87", 529.87],
      f1: ["EUR", "EUR"],
    });
  });

  it("falls back to the concept the key and name describe", () => {
    expect(
      values([
        field("rechnung_id", "text", "Invoice No."),
        field("gross", "number", "Grand Total (EUR)"),
        field("what_is_owed", "number", "Amount due now"),
        field("mwst", "number", "VAT"),
        field("seller_company", "text", "Issuing company"),
        field("payment_deadline", "date", "Due date"),
      ]),
    ).toEqual({
      rechnung_id: ["471102", "471102"],
      gross: ["529.87", 529.87],
      what_is_owed: ["529.87", 529.87],
      mwst: ["56.87", 56.87],
      seller_company: ["Lieferant GmbH", "Lieferant GmbH"],
      payment_deadline: ["2013-04-04", "2013-04-04"],
    });
  });

  it("leaves out fields the e-invoice doesn't answer or whose type doesn't fit", () => {
    expect(
      values([
        field("po_number", "text", "Purchase order"),
        field("email", "email"),
        field("delivery_date", "date"),
        field("vendor_name", "number"),
        field("total_amount", "date"),
        field("currency", "enum", "Currency", ["USD", "GBP"]),
      ]),
    ).toEqual({});
    expect(values([field("due_date", "date")], { syntax: "ubl", invoice_number: "1" })).toEqual({});
  });

  it("types values for the field: amounts as text, enums by option, numeric ids as numbers", () => {
    expect(
      values([
        field("total_amount", "text"),
        field("currency", "enum", "Currency", ["usd", "eur"]),
        field("invoice_number", "number"),
        field("document_type_code", "text"),
      ]),
    ).toEqual({
      total_amount: ["529.87", "529.87"],
      currency: ["EUR", "eur"],
      invoice_number: ["471102", 471102],
      document_type_code: ["380", "380"],
    });
    expect(values([field("tax_amount", "number")], { syntax: "cii", tax_amount: -0.125 })).toEqual({ tax_amount: ["-0.125", -0.125] });
  });
});
