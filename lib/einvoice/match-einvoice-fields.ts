import type { TStoredField } from "@/db/schema";
import { detectConcept, fieldTokens } from "@/lib/extraction/detect-concept";
import type { TConceptId } from "@/lib/extraction/field-concepts";
import { squash } from "@/lib/extraction/normalize-text";
import type { TExtractedField } from "@/lib/extraction/types";
import type { TEInvoice, TEInvoiceFieldKey } from "./parse-einvoice";

// Schema keys (or names, snake-cased) that mean an e-invoice field. Checked before concepts, so a
// key says exactly what it is: "total_due" is the amount due, "total" the grand total.
const KEYS: Record<TEInvoiceFieldKey, string[]> = {
  invoice_number: ["invoice_number", "invoice_no", "invoice_num", "invoice_id", "inv_no", "inv_number", "bill_number", "document_number"],
  date: ["date", "invoice_date", "issue_date", "issued_date", "date_of_issue", "document_date", "bill_date", "inv_date"],
  due_date: ["due_date", "payment_due_date", "payment_due", "due", "due_on", "pay_by", "date_due"],
  document_type_code: ["document_type_code", "invoice_type_code", "type_code"],
  vendor_name: ["vendor_name", "vendor", "supplier_name", "supplier", "seller_name", "seller", "issuer", "issuer_name", "merchant_name"],
  vendor_address: ["vendor_address", "supplier_address", "seller_address", "issuer_address", "merchant_address"],
  vendor_vat_id: ["vendor_vat_id", "vat_id", "vat_number", "vat_no", "supplier_vat_id", "seller_vat_id", "vendor_vat", "vendor_tax_id"],
  buyer_name: ["buyer_name", "buyer", "customer_name", "customer", "client_name", "client", "bill_to", "bill_to_name", "recipient_name"],
  currency: ["currency", "currency_code", "invoice_currency", "document_currency"],
  total_amount: ["total_amount", "total", "grand_total", "invoice_total", "amount_total", "total_gross", "gross_total", "gross_amount"],
  amount_due: ["amount_due", "balance_due", "due_amount", "amount_payable", "payable_amount", "total_due", "total_payable"],
  tax_amount: ["tax_amount", "tax", "vat_amount", "total_tax", "tax_total", "amount_tax", "gst_amount", "sales_tax"],
  net_amount: ["net_amount", "net_total", "total_net", "subtotal", "sub_total", "amount_untaxed", "untaxed_amount", "total_excl_tax"],
};
const BY_KEY = new Map(Object.entries(KEYS).flatMap(([canonical, keys]) => keys.map((key) => [key, canonical as TEInvoiceFieldKey])));

const BY_CONCEPT: Partial<Record<TConceptId, TEInvoiceFieldKey>> = {
  invoice_number: "invoice_number",
  date: "date",
  due_date: "due_date",
  net_total: "net_amount",
  subtotal: "net_amount",
  tax: "tax_amount",
  amount_due: "amount_due",
  total: "total_amount",
  currency: "currency",
  document_type: "document_type_code",
  customer_name: "buyer_name",
  vendor_name: "vendor_name",
  vendor_address: "vendor_address",
  vat_id: "vendor_vat_id",
};
const DUE_TOKENS = ["due", "payable", "balance", "outstanding", "zahlbetrag"];

const AMOUNTS = new Set<TEInvoiceFieldKey>(["total_amount", "amount_due", "tax_amount", "net_amount"]);
const DATES = new Set<TEInvoiceFieldKey>(["date", "due_date"]);

/**
 * The schema fields an e-invoice answers, with its values: `value` as written in the XML (dates ISO,
 * amounts plain "529.87"), `normalizedValue` typed for the field, confidence 1, source "einvoice".
 * Fields it doesn't answer, or whose type doesn't fit the value, are left out.
 */
export function matchEInvoiceFields(fields: TStoredField[], invoice: TEInvoice): TExtractedField[] {
  const matched: TExtractedField[] = [];
  for (const field of fields) {
    const canonical = canonicalFieldOf(field);
    const raw = canonical ? invoice[canonical] : undefined;
    if (canonical === undefined || raw === undefined) continue;
    const value = typeof raw === "number" ? formatAmount(raw) : raw;
    const normalizedValue = normalize(field, canonical, raw);
    if (normalizedValue === undefined) continue;
    matched.push({ key: field.key, value, normalizedValue, confidence: 1, wasInferred: false, page: null, bbox: null, source: "einvoice" });
  }
  return matched;
}

/** The e-invoice field a schema field asks for: by its key, then its name, then the concept they describe. */
function canonicalFieldOf(field: TStoredField): TEInvoiceFieldKey | undefined {
  const byName = BY_KEY.get(snakeCase(field.key)) ?? BY_KEY.get(snakeCase(field.name));
  if (byName) return byName;
  const concept = detectConcept(field);
  const canonical = concept ? BY_CONCEPT[concept.id] : undefined;
  if (canonical !== "total_amount") return canonical;
  const tokens = fieldTokens(field);
  return DUE_TOKENS.some((token) => tokens.has(token)) ? "amount_due" : "total_amount";
}

/** The typed value for the field's type, or undefined when the e-invoice value isn't one. */
function normalize(field: TStoredField, canonical: TEInvoiceFieldKey, raw: string | number): string | number | undefined {
  switch (field.type) {
    case "number":
      if (typeof raw === "number") return raw;
      // An invoice number or type code asked for as a number.
      return /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
    case "date":
      return DATES.has(canonical) ? String(raw) : undefined;
    case "text":
      return AMOUNTS.has(canonical) ? formatAmount(Number(raw)) : String(raw);
    case "enum":
      return (field.options ?? []).find((option) => squash(option) === squash(String(raw)));
    default:
      return undefined;
  }
}

/** 529.87 → "529.87", 198 → "198.00", 0.125 → "0.125". */
function formatAmount(amount: number): string {
  const cents = amount.toFixed(2);
  return Number(cents) === amount ? cents : String(amount);
}

function snakeCase(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}
