import { describe, expect, it } from "vitest";
import { EInvoiceError, MAX_EINVOICE_XML_SIZE, parseEInvoice } from "./parse-einvoice";

const CII = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocument>
    <ram:ID>F-2024-007</ram:ID>
    <ram:TypeCode>381</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20240229</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedLineTradeSettlement>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>10.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>Dupont &amp; Fils   SARL</ram:Name>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>75001</ram:PostcodeCode>
          <ram:LineOne>12 rue de la Paix</ram:LineOne>
          <ram:LineTwo>B&#xE2;timent B</ram:LineTwo>
          <ram:CityName>Paris</ram:CityName>
          <ram:CountryID>FR</ram:CountryID>
        </ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">123/456</ram:ID></ram:SpecifiedTaxRegistration>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR12345678901</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>Client SA</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR98765432109</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:TaxCurrencyCode>CHF</ram:TaxCurrencyCode>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradePaymentTerms><ram:Description>30 days</ram:Description></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradePaymentTerms>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20240330</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>1000.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="CHF">187.50</ram:TaxTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">200.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount>-8.79</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;

const UBL = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ID>XR-123</cbc:ID>
  <cbc:IssueDate>2024-05-02</cbc:IssueDate>
  <cbc:DueDate>2024-06-01</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Muster Handel</cbc:Name></cac:PartyName>
    <cac:PostalAddress>
      <cbc:StreetName>Hauptstraße 1</cbc:StreetName>
      <cbc:CityName>Köln</cbc:CityName>
      <cbc:PostalZone>50667</cbc:PostalZone>
      <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
    </cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>201/113/40209</cbc:CompanyID><cac:TaxScheme><cbc:ID>FC</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyTaxScheme><cbc:CompanyID>DE111222333</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Muster Handel GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyLegalEntity><cbc:RegistrationName>Stadt Köln</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">119.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">119.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount></cac:InvoiceLine>
</Invoice>`;

function timed<T>(run: () => T): { result?: T; error?: unknown; ms: number } {
  const start = performance.now();
  try {
    return { result: run(), ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

describe("parseEInvoice", () => {
  it("reads a CII (Factur-X / ZUGFeRD 2) invoice's header and totals, not its lines", () => {
    expect(parseEInvoice(CII)).toEqual({
      syntax: "cii",
      invoice_number: "F-2024-007",
      date: "2024-02-29",
      due_date: "2024-03-30",
      document_type_code: "381",
      vendor_name: "Dupont & Fils SARL",
      vendor_address: "12 rue de la Paix, Bâtiment B, 75001 Paris, FR",
      vendor_vat_id: "FR12345678901",
      buyer_name: "Client SA",
      currency: "EUR",
      total_amount: 1200,
      amount_due: -8.79,
      // The tax total in the invoice currency, not the one in the tax currency.
      tax_amount: 200,
      net_amount: 1000,
    });
  });

  it("reads a UBL (XRechnung) invoice and a credit note", () => {
    expect(parseEInvoice(UBL)).toEqual({
      syntax: "ubl",
      invoice_number: "XR-123",
      date: "2024-05-02",
      due_date: "2024-06-01",
      document_type_code: "380",
      vendor_name: "Muster Handel GmbH",
      vendor_address: "Hauptstraße 1, 50667 Köln, DE",
      vendor_vat_id: "DE111222333",
      buyer_name: "Stadt Köln",
      currency: "EUR",
      total_amount: 119,
      amount_due: 119,
      tax_amount: 19,
      net_amount: 100,
    });
    const creditNote = UBL.replace(/<Invoice /, "<CreditNote ")
      .replace("</Invoice>", "</CreditNote>")
      .replace(":Invoice-2", ":CreditNote-2")
      .replace(/InvoiceTypeCode>380<\/cbc:InvoiceTypeCode/, "CreditNoteTypeCode>381</cbc:CreditNoteTypeCode")
      .replace("<cbc:DueDate>2024-06-01</cbc:DueDate>", "")
      .replace("<cac:TaxTotal>", "<cac:PaymentMeans><cbc:PaymentDueDate>2024-06-15</cbc:PaymentDueDate></cac:PaymentMeans><cac:TaxTotal>");
    expect(parseEInvoice(creditNote)).toMatchObject({
      syntax: "ubl",
      document_type_code: "381",
      due_date: "2024-06-15",
      total_amount: 119,
    });
  });

  it("leaves out what is missing or invalid rather than guessing", () => {
    const partial = CII.replace("20240229", "20240230")
      .replace("1200.00", "1.200,00")
      .replace(/<ram:SellerTradeParty>[\s\S]*<\/ram:SellerTradeParty>/, "");
    const invoice = parseEInvoice(partial);
    expect(invoice).toMatchObject({ syntax: "cii", invoice_number: "F-2024-007", net_amount: 1000 });
    expect(invoice).not.toHaveProperty("date", expect.anything());
    expect(invoice?.total_amount).toBeUndefined();
    expect(invoice?.vendor_name).toBeUndefined();
    expect(invoice?.vendor_address).toBeUndefined();
  });

  it("answers undefined for well-formed XML that is not an invoice", () => {
    expect(parseEInvoice(`<?xml version="1.0"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf/></x:xmpmeta>`)).toBeUndefined();
    expect(parseEInvoice(`<Invoice><Foo>1</Foo></Invoice>`)).toMatchObject({ syntax: "ubl" });
  });

  it("refuses malformed XML with an EInvoiceError", () => {
    for (const xml of [CII.slice(0, CII.length / 2), "<Invoice><ID>1</Invoice>", "not xml at all", ""]) {
      expect(() => parseEInvoice(xml), xml.slice(0, 40)).toThrow(EInvoiceError);
    }
  });

  it("refuses entity bombs and external entities at once", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ""};`.repeat(10)}">`,
    ).join("")}]><CrossIndustryInvoice><ExchangedDocument><ID>&lol9;</ID></ExchangedDocument></CrossIndustryInvoice>`;
    const huge = `<!DOCTYPE r [<!ENTITY b "${"x".repeat(9_000)}">]><Invoice><ID>${"&b;".repeat(100_000)}</ID></Invoice>`;
    const external = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Invoice><ID>&xxe;</ID></Invoice>`;
    for (const xml of [laughs, huge, external]) {
      const { error, ms } = timed(() => parseEInvoice(xml));
      expect(error).toBeInstanceOf(EInvoiceError);
      expect((error as Error).message).toMatch(/DOCTYPE/);
      expect(ms).toBeLessThan(100);
    }
  });

  it("refuses oversized and absurdly nested XML quickly", () => {
    const oversized = `<Invoice><Note>${"a".repeat(MAX_EINVOICE_XML_SIZE)}</Note></Invoice>`;
    const nested = `<Invoice>${"<a>".repeat(5_000)}${"</a>".repeat(5_000)}</Invoice>`;
    for (const xml of [oversized, nested]) {
      const { error, ms } = timed(() => parseEInvoice(xml));
      expect(error).toBeInstanceOf(EInvoiceError);
      expect(ms).toBeLessThan(1_000);
    }
  });

  it("doesn't let tag names reach the object prototype", () => {
    expect(parseEInvoice(`<Invoice><toString>x</toString><hasOwnProperty/><ID>7</ID></Invoice>`)).toMatchObject({ invoice_number: "7" });
    // fast-xml-parser refuses __proto__ and constructor elements outright.
    for (const name of ["__proto__", "constructor"]) {
      expect(() => parseEInvoice(`<Invoice><${name}><polluted>1</polluted></${name}><ID>1</ID></Invoice>`)).toThrow(EInvoiceError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
