import { XMLParser } from "fast-xml-parser";

// Reads the fields of an EN 16931-family e-invoice: UN/CEFACT CII as in ZUGFeRD 1 (CrossIndustryDocument),
// ZUGFeRD 2 / Factur-X / XRechnung CII (CrossIndustryInvoice), and OASIS UBL 2.1 (Invoice, CreditNote, as in
// XRechnung UBL and Peppol). Values are read from the document header and totals, never from line items.

export type TEInvoice = {
  syntax: "cii" | "ubl";
  invoice_number?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
  /** ISO YYYY-MM-DD. */
  due_date?: string;
  /** UNTDID 1001: 380 invoice, 381 credit note, 384 corrected invoice, 389 self-billed, 751 accounting information… */
  document_type_code?: string;
  vendor_name?: string;
  /** "LineOne, LineTwo, LineThree, PostcodeCode CityName, CountryID", without the parts that are missing. */
  vendor_address?: string;
  vendor_vat_id?: string;
  buyer_name?: string;
  currency?: string;
  total_amount?: number;
  amount_due?: number;
  tax_amount?: number;
  net_amount?: number;
};

export type TEInvoiceFieldKey = Exclude<keyof TEInvoice, "syntax">;

/** The XML was refused or is not well-formed: the document has no usable e-invoice. */
export class EInvoiceError extends Error {
  override name = "EInvoiceError";
}

/** Real e-invoices are tens of kilobytes; anything far larger is not worth parsing. */
export const MAX_EINVOICE_XML_SIZE = 5 * 1024 * 1024;

// The parsed tree: every element is an array of nodes (so repeated elements never surprise us), a
// node's text is under "#text" and its attributes under "@_name".
type TNode = { [name: string]: TNode[] | string | undefined };

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Keep "00042", "198.00" and "20130305" as written; amounts and dates are converted below.
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  // Only the five XML entities and numeric character references (htmlEntities turns the latter on;
  // it also knows a few HTML names, which is harmless). DOCTYPEs, and so entity declarations, are
  // refused before parsing.
  htmlEntities: true,
  maxNestedTags: 64,
});

/**
 * The invoice's fields, or undefined when the XML is not a CII or UBL invoice. Throws EInvoiceError when
 * the XML is too large, declares a DOCTYPE or is not well-formed.
 */
export function parseEInvoice(xml: string): TEInvoice | undefined {
  if (xml.length > MAX_EINVOICE_XML_SIZE) throw new EInvoiceError(`The e-invoice XML is larger than ${MAX_EINVOICE_XML_SIZE} characters.`);
  // No e-invoice format uses a DTD, and DTD entities are how XML parsers are made to explode
  // (billion laughs, external entities): refuse them outright rather than rely on expansion limits.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new EInvoiceError("The e-invoice XML declares a DOCTYPE, which e-invoices never do.");
  let document: TNode;
  try {
    document = parser.parse(xml, true) as TNode;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EInvoiceError(`The e-invoice XML is not well-formed (${reason}).`);
  }
  const rootName = Object.keys(document).find((name) => !name.startsWith("#") && !name.startsWith("?"));
  const root = rootName ? nodes(document, rootName)[0] : undefined;
  if (!rootName || !root) return undefined;
  if (child(root, "ExchangedDocument") || child(root, "HeaderExchangedDocument")) return parseCii(root);
  if (rootName === "Invoice" || rootName === "CreditNote") return parseUbl(root, rootName);
  return undefined;
}

function parseCii(root: TNode): TEInvoice {
  // ZUGFeRD 1 names (Header…, SpecifiedSupplyChain…) come second.
  const header = child(root, "ExchangedDocument") ?? child(root, "HeaderExchangedDocument");
  const transaction = child(root, "SupplyChainTradeTransaction") ?? child(root, "SpecifiedSupplyChainTradeTransaction");
  const agreement = child(transaction, "ApplicableHeaderTradeAgreement") ?? child(transaction, "ApplicableSupplyChainTradeAgreement");
  const settlement = child(transaction, "ApplicableHeaderTradeSettlement") ?? child(transaction, "ApplicableSupplyChainTradeSettlement");
  const totals =
    child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation") ?? child(settlement, "SpecifiedTradeSettlementMonetarySummation");
  const seller = child(agreement, "SellerTradeParty");
  const currency = text(child(settlement, "InvoiceCurrencyCode"));
  const address = child(seller, "PostalTradeAddress");
  return {
    syntax: "cii",
    invoice_number: text(child(header, "ID")),
    date: ciiDate(child(header, "IssueDateTime")),
    due_date: nodes(settlement, "SpecifiedTradePaymentTerms")
      .map((terms) => ciiDate(child(terms, "DueDateDateTime")))
      .find(Boolean),
    document_type_code: text(child(header, "TypeCode")),
    vendor_name: text(child(seller, "Name")),
    vendor_address: joinAddress(
      ["LineOne", "LineTwo", "LineThree"].map((line) => text(child(address, line))),
      text(child(address, "PostcodeCode")),
      text(child(address, "CityName")),
      text(child(address, "CountryID")),
    ),
    vendor_vat_id: findVatId(seller),
    buyer_name: text(child(agreement, "BuyerTradeParty", "Name")),
    currency,
    total_amount: amount(nodes(totals, "GrandTotalAmount"), currency),
    amount_due: amount(nodes(totals, "DuePayableAmount"), currency),
    // BT-110 is in the invoice currency; a second TaxTotalAmount may give BT-111 in the tax currency.
    tax_amount: amount(nodes(totals, "TaxTotalAmount"), currency),
    net_amount: amount(nodes(totals, "TaxBasisTotalAmount"), currency),
  };
}

function parseUbl(root: TNode, rootName: "Invoice" | "CreditNote"): TEInvoice {
  const currency = text(child(root, "DocumentCurrencyCode"));
  const seller = child(root, "AccountingSupplierParty", "Party");
  const totals = child(root, "LegalMonetaryTotal");
  const address = child(seller, "PostalAddress");
  return {
    syntax: "ubl",
    invoice_number: text(child(root, "ID")),
    date: isoDate(text(child(root, "IssueDate"))),
    // A credit note carries its due date on the payment means.
    due_date: isoDate(text(child(root, "DueDate")) ?? text(child(root, "PaymentMeans", "PaymentDueDate"))),
    document_type_code: text(child(root, rootName === "CreditNote" ? "CreditNoteTypeCode" : "InvoiceTypeCode")),
    vendor_name: ublPartyName(seller),
    vendor_address: joinAddress(
      [
        text(child(address, "StreetName")),
        text(child(address, "AdditionalStreetName")),
        ...nodes(address, "AddressLine").map((line) => text(child(line, "Line"))),
      ],
      text(child(address, "PostalZone")),
      text(child(address, "CityName")),
      text(child(address, "Country", "IdentificationCode")),
    ),
    vendor_vat_id: nodes(seller, "PartyTaxScheme")
      .filter((scheme) => text(child(scheme, "TaxScheme", "ID"))?.toUpperCase() === "VAT")
      .map((scheme) => text(child(scheme, "CompanyID")))
      .find(Boolean),
    buyer_name: ublPartyName(child(root, "AccountingCustomerParty", "Party")),
    currency,
    total_amount: amount(nodes(totals, "TaxInclusiveAmount"), currency),
    amount_due: amount(nodes(totals, "PayableAmount"), currency),
    tax_amount: amount(
      nodes(root, "TaxTotal").flatMap((total) => nodes(total, "TaxAmount")),
      currency,
    ),
    net_amount: amount(nodes(totals, "TaxExclusiveAmount"), currency),
  };
}

/** The legal name (BT-27, as CII's SellerTradeParty/Name), else the trading name. */
function ublPartyName(party: TNode | undefined): string | undefined {
  return text(child(party, "PartyLegalEntity", "RegistrationName")) ?? text(child(party, "PartyName", "Name"));
}

/** The first ID with schemeID "VA" anywhere under the party (SpecifiedTaxRegistration/ID in practice). */
function findVatId(party: TNode | undefined, depth = 0): string | undefined {
  if (!party || depth > 4) return undefined;
  for (const id of nodes(party, "ID")) {
    const value = text(id);
    if (value && attribute(id, "schemeID")?.toUpperCase() === "VA") return value;
  }
  for (const [name, value] of Object.entries(party)) {
    if (name.startsWith("@_") || name === "#text" || !Array.isArray(value)) continue;
    for (const item of value) {
      const found = findVatId(item, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function joinAddress(lines: (string | undefined)[], postcode?: string, city?: string, country?: string): string | undefined {
  const place = [postcode, city].filter(Boolean).join(" ");
  const parts = [...lines, place, country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** CII dates: `<udt:DateTimeString format="102">20130305</udt:DateTimeString>` (ZUGFeRD 1 drafts put it on the element itself). */
function ciiDate(node: TNode | undefined): string | undefined {
  const inner = child(node, "DateTimeString") ?? node;
  const value = text(inner);
  const format = attribute(inner, "format");
  if (!value || (format !== undefined && format !== "102")) return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return match ? isoDate(`${match[1]}-${match[2]}-${match[3]}`) : isoDate(value);
}

/** A valid calendar date written YYYY-MM-DD, else undefined. */
function isoDate(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : undefined;
}

/** An xs:decimal amount; among several, the one in the invoice's currency. */
function amount(candidates: TNode[], currency: string | undefined): number | undefined {
  const chosen =
    candidates.find((node) => currency !== undefined && attribute(node, "currencyID") === currency) ??
    candidates.find((node) => attribute(node, "currencyID") === undefined) ??
    candidates[0];
  const value = text(chosen);
  return value && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : undefined;
}

function nodes(node: TNode | undefined, name: string): TNode[] {
  const value = node && Object.hasOwn(node, name) ? node[name] : undefined;
  if (!Array.isArray(value)) return [];
  // An empty element comes out as "" rather than a node.
  return value.map((item) => (typeof item === "string" ? { "#text": item } : item));
}

function child(node: TNode | undefined, ...path: string[]): TNode | undefined {
  let current = node;
  for (const name of path) current = nodes(current, name)[0];
  return current;
}

/** The element's text with whitespace collapsed, undefined when empty. */
function text(node: TNode | undefined): string | undefined {
  const value = node?.["#text"];
  if (typeof value !== "string") return undefined;
  return value.replace(/\s+/g, " ").trim() || undefined;
}

function attribute(node: TNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value.trim() : undefined;
}
