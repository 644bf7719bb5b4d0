// Text fields whose values have a shape of their own: ids, contact and bank details, a French SIREN, payment
// references, the parts of an address; and field names printed the other way round.

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

describe("extractFieldsOffline: typed text fields", () => {
  it("reads a text field whose name ends in an id word as an id, not the words after it", async () => {
    // One OCR segment: the column heading beside the value is read as part of its line.
    const page = layoutFromRows(["Order ID: OD304175096047380001 Billing Address"]);
    const result = await extract([field("order_id", "Order Id"), field("order_note", "Order Note")], [page]);
    expect(result.order_id.value).toBe("OD304175096047380001");
  });

  it("ends an id at a table border or separator the reader glued on ('FA-25-629|Date')", async () => {
    const border = layoutFromRows(["Invoice No. FA-25-629|Date: 17/08/2025"]);
    expect((await extract([field("invoice_number", "Invoice Number")], [border])).invoice_number.value).toBe("FA-25-629");
    const dot = layoutFromRows(["N. fattura: 2023/591·Data: 21-02-2023"]);
    expect((await extract([field("invoice_number", "Invoice Number")], [dot])).invoice_number.value).toBe("2023/591");
  });

  it.each([
    ["Fattura n.006613", "006613"],
    ["Invoice no. n0.SI-1304", "SI-1304"],
    ["Factuurnr: 56777.Factuurdatum: 09/02/2024", "56777"],
    ["Factura N92025/634", "2025/634"],
  ])("reads an id a scan's reader glued to its number sign or the next label: %s", async (line, id) => {
    const result = await extract([field("invoice_number", "Invoice Number")], [layoutFromRows(["Galli S.r.l.", line])]);
    expect(result.invoice_number).toMatchObject({ value: id, normalizedValue: id });
  });

  it("reads the id whose box the scan's reader started inside the label's, not the next column's postcode", async () => {
    const line = (text: string, x0: number, x1: number) => ({ text, box: { x0, y0: 0.103, x1, y1: 0.114 } });
    const page = buildPageLayout(
      [line("Invoice number:", 0.079, 0.183), line("INV-5396", 0.179, 0.233), line("Chicago, IL 60607", 0.825, 0.922)],
      { source: "ocr" },
    );
    const result = await extract([field("invoice_number", "Invoice Number")], [page]);
    expect(result.invoice_number.value).toBe("INV-5396");
    const glued = buildPageLayout(
      [line("Numerofattura:#83532", 0.09, 0.254), line("2Data:", 0.247, 0.296), line("26/06/2023", 0.304, 0.38)],
      {
        source: "ocr",
      },
    );
    expect((await extract([field("invoice_number", "Invoice Number")], [glued])).invoice_number.normalizedValue).toBe("83532");
  });

  it.each([
    ["VAT registration no.GB 0211782 95", "GB021178295"],
    ["VAT Reg.No.300 5065 82", "300506582"],
    ["Umsatzsteuer-ID: DE 173 848343   80331 München", "DE173848343"],
  ])("reads a VAT id in digit groups a scan's reader regrouped: %s", async (line, id) => {
    const result = await extract([field("vendor_vat_id", "Vendor VAT ID")], [layoutFromRows(["Vogel Druckerei GmbH", line])]);
    expect(result.vendor_vat_id.normalizedValue).toBe(id);
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

  it("finds a field whose name is printed translated ('Numéro de ligne' for Line Number, 'Kundennummer')", async () => {
    const french = layoutFromRows([
      [
        [0.05, "Numéro de ligne"],
        [0.3, "Id.client"],
      ],
      [
        [0.05, "FO10479674"],
        [0.3, "10577874"],
      ],
    ]);
    expect((await extract([field("line_number", "Line Number")], [french])).line_number.value).toBe("FO10479674");
    const german = layoutFromRows(["Rechnung Nr. 4711", "Kundennummer: K-20931", "Datum: 03.04.2024"]);
    expect((await extract([field("customer_number", "Customer Number")], [german])).customer_number.value).toBe("K-20931");
  });

  it("reads a billing period's ends into start and end date fields, labelled or from a printed range", async () => {
    const page = layoutFromRows(["Facture n°562044387 du 02 Juillet 2015", "Free Haut Débit du 1er au 31 Juillet 2015 29.99"]);
    const fields = [field("date_start", "Date Start", "date"), field("date_end", "Date End", "date"), field("date", "Date", "date")];
    const result = await extract(fields, [page]);
    expect([result.date_start.normalizedValue, result.date_end.normalizedValue, result.date.normalizedValue]).toEqual([
      "2015-07-01",
      "2015-07-31",
      "2015-07-02",
    ]);
    const labelled = layoutFromRows(["Invoice 17 Date: 2024-02-03", "Start date: 2024-01-01", "End date: 2024-01-31"]);
    const read = await extract(fields, [labelled]);
    expect([read.date_start.normalizedValue, read.date_end.normalizedValue]).toEqual(["2024-01-01", "2024-01-31"]);
    // No range and no label: no guess from the invoice date.
    expect((await extract(fields, [layoutFromRows(["Invoice 17 Date: 2024-02-03"])])).date_end.value).toBeNull();
  });

  it("reads a receipt number printed as a transaction or document number ('TR# 21772', 'Doc No')", async () => {
    const receipt = layoutFromRows(["MEGA MARKET PLUS", "ST# 1477 OP# 19280104 TE#20 TR# 21772", "TOTAL $1810.46"]);
    expect((await extract([field("receipt_number", "Receipt Number")], [receipt])).receipt_number.value).toBe("21772");
    const doc = layoutFromRows(["SANYU STATIONERY SHOP", "Doc No : CS10048", "Total 12.00"]);
    expect((await extract([field("receipt_number", "Receipt Number")], [doc])).receipt_number.value).toBe("CS10048");
  });

  it("keeps the part of an id after its '#' that the reader split off at a lost underscore ('#BLR WFLD2015…')", async () => {
    const page = layoutFromRows(["Invoice No: #BLR WFLD20151000982590", "Order ID: OD304175096047380001"]);
    const result = await extract([field("invoice_number", "Invoice Number")], [page]);
    expect(result.invoice_number.normalizedValue).toBe("BLR WFLD20151000982590");
  });

  it("never reports an id read from a scan as sure when one look-alike character stands alone between letters and digits", async () => {
    const scanned = (text: string) =>
      buildPageLayout([{ text: `Order ID: ${text}`, box: { x0: 0.05, y0: 0.1, x1: 0.6, y1: 0.12 }, confidence: 0.98 }], { source: "ocr" });
    const confidence = async (page: TPageLayout) => (await extract([field("order_id", "Order Id")], [page])).order_id.confidence;
    expect(await confidence(scanned("0D304175096047380001"))).toBeLessThan(0.9);
    expect(await confidence(scanned("OD304175096047380001"))).toBeGreaterThanOrEqual(0.9);
    expect(await confidence(scanned("WFLD20151000982590"))).toBeGreaterThanOrEqual(0.9);
    // Printed in a text layer, it is what the document says.
    expect(await confidence(layoutFromRows(["Order ID: 0D304175096047380001"]))).toBeGreaterThanOrEqual(0.9);
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
    // Small print read without its spaces.
    const glued = [
      "FreeSASau capital de3.441.812Euros-B 421 938861RCSParis-Siege social: 8rue",
      "Sarl au capital de10 000E-Siret53084813400017",
    ];
    for (const [line, expected] of [
      [glued[0], "421938861"],
      [glued[1], "530848134"],
    ]) {
      expect((await extract([siren], [layoutFromRows([line])])).siren.normalizedValue).toBe(expected);
    }
  });

  it("reads a payment reference, also where the invoice calls it the communication for the payment", async () => {
    const page = layoutFromRows(["Total $ 279.84", "Please use the following communication for your payment : 202309097001"]);
    expect((await extract([field("payment_reference", "Payment Reference")], [page])).payment_reference.value).toBe("202309097001");
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
});
