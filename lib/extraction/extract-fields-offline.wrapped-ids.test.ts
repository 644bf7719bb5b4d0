// Ids the page wrapped or the reader glued (synthetic invoices, session 11): an invoice number's start on the line
// above its end with a letterhead line between, a VAT id's country prefix left on the row of values, a label run into
// the id after it, and a Swiss UID with its VAT suffix.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field, invoiceValues } from "@/tests/fixtures/extraction/extract-fields";

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe("extractFieldsOffline: ids the page wrapped", () => {
  it("joins an id's start wrapped at the end of the title line to its end under it, past a letterhead line between", async () => {
    // "TAX INVOICE No. INV-" in large type, right-aligned over "2023-1422"; the seller's name wraps at the left between.
    const page = buildPageLayout([
      { text: "Holloway & Pemberton", box: box(0.086, 0.061, 0.342, 0.078) },
      { text: "TAX INVOICE No. INV-", box: box(0.581, 0.063, 0.913, 0.085) },
      { text: "Consulting Ltd", box: box(0.086, 0.082, 0.265, 0.099) },
      { text: "2023-1422", box: box(0.764, 0.09, 0.913, 0.112) },
      { text: "Unit 7, Meadow Business Park", box: box(0.086, 0.102, 0.318, 0.113) },
      { text: "Date: 2023-06-12", box: box(0.7, 0.16, 0.9, 0.171) },
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("INV-2023-1422");
  });

  it("joins no date above the id that the reader spaced after its hyphens ('2025- 02- 17' over 'INV-6613')", async () => {
    const page = buildPageLayout(
      [
        { text: "Great Lakes Design Studio Inc.", box: box(0.055, 0.065, 0.3, 0.076) },
        { text: "Invoice date:", box: box(0.761, 0.147, 0.848, 0.156) },
        { text: "2025-", box: box(0.878, 0.147, 0.906, 0.156) },
        { text: "02-", box: box(0.912, 0.147, 0.928, 0.156) },
        { text: "17", box: box(0.934, 0.147, 0.945, 0.156) },
        { text: "Invoice Number:", box: box(0.761, 0.161, 0.863, 0.171) },
        { text: "INV-6613", box: box(0.876, 0.161, 0.932, 0.171) },
      ],
      { source: "ocr" },
    );
    expect((await invoiceValues(page)).invoice_number).toBe("INV-6613");
  });

  it("takes the end under the id over the letterhead's wrapped legal form at the start of the next line", async () => {
    const page = buildPageLayout([
      { text: "Elbtal Druckerei GmbH & Co. RECHNUNG Nr. INV-2023-", box: box(0.082, 0.061, 0.915, 0.077) },
      { text: "KG", box: box(0.078, 0.081, 0.1, 0.093) },
      { text: "2696", box: box(0.847, 0.088, 0.915, 0.1) },
      { text: "Mühlenweg 112", box: box(0.078, 0.107, 0.2, 0.119) },
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("INV-2023-2696");
  });

  it("keeps a number sign glued before a wrapped id out of it ('Nr.2024-' over '0006')", async () => {
    const page = buildPageLayout([
      { text: "RECHNUNG Nr.2024- Baumann Informatik", box: box(0.061, 0.043, 0.95, 0.061) },
      { text: "GmbH", box: box(0.848, 0.067, 0.95, 0.077) },
      { text: "0006", box: box(0.058, 0.078, 0.11, 0.09) },
      { text: "Hauptgasse 82", box: box(0.808, 0.091, 0.95, 0.101) },
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("2024-0006");
  });

  it("joins a VAT id's prefix left at the end of a row of values to its number on the next line", async () => {
    const page = layoutFromRows([
      "Transport Rigi AG",
      [
        [0.1, "Rechnungsnummer"],
        [0.3, "Rechnungsdatum"],
        [0.79, "MWST-Nr."],
      ],
      [
        [0.1, "RE-86048"],
        [0.3, "29.02.2024"],
        [0.79, "CHE-"],
      ],
      [[0.79, "898.699.764"]],
    ]);
    expect((await invoiceValues(page)).vendor_vat_id).toBe("CHE-898.699.764");
  });
});

describe("extractFieldsOffline: ids glued to their labels", () => {
  it("splits a label in small letters from the id in capitals the reader ran into it ('fatturaINV-2025-1655')", async () => {
    const page = layoutFromRows([
      "Bianchi & Marino Informatica S.r.l.",
      [[0.55, "Numero fatturaINV-2025-1655"]],
      [[0.55, "Data 22/04/2025"]],
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("INV-2025-1655");
  });

  it("reads the id after a capital number sign glued to a label in small letters ('USt-IdNr.ATU01857333')", async () => {
    const page = layoutFromRows([
      "Donau Druck KG",
      "Re.-Nr: 2024/808",
      [
        [0.05, "Donau Druck KG"],
        [0.3, "Bankverbindung: Erste Bank"],
        [0.6, "USt-IdNr.ATU01857333"],
      ],
      [
        [0.05, "Linzer Gasse 43"],
        [0.3, "IBAN AT29 3629 7493 0452 5855"],
        [0.6, "FN 443623b,Handelsgericht Graz"],
      ],
    ]);
    expect((await invoiceValues(page)).vendor_vat_id).toBe("ATU01857333");
  });

  it("keeps the VAT suffix of a Swiss UID found without a label it knows ('CHE-961.579.850 MWST')", async () => {
    const page = layoutFromRows(["Keller & Gerber Treuhand GmbH", "Industriestrasse 60", "3011 Bern", "MWST: CHE-961.579.850 MWST"]);
    const result = await extract([field("vendor_vat_id", "Vendor VAT Id")], [page]);
    expect(result.vendor_vat_id.normalizedValue).toBe("CHE-961.579.850 MWST");
  });

  it("reads a Swiss UID's suffix as the register writes it ('MwST.' is 'MWST')", async () => {
    const page = layoutFromRows(["Keller Treuhand AG", "9000 St. Gallen", "MwST-Nr.CHE-170.081.884 MwST. Handelsregister-Nr. CH-587"]);
    const result = await extract([field("vendor_vat_id", "Vendor VAT Id")], [page]);
    expect(result.vendor_vat_id.normalizedValue).toBe("CHE-170.081.884 MWST");
  });

  it("keeps an id whose hyphen the reader set a space after on its line, not wrapped ('Factura n.: 2024- 0277')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Ruiz & Martinez Talleres S.L.· Paseo de Gracia, 47. 41001 Sevilla"],
        [0.7, "Factura n.: 2024- 0277"],
      ],
      [
        [0.05, "Asesoria Martinez S.L."],
        [0.7, "Fecha factura: 17-09-2024"],
      ],
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("2024-0277");
  });

  it("reads a Swiss UID whose VAT suffix the reader glued on ('CHE-961.579.850MWST'), labelled or not", async () => {
    const unlabelled = layoutFromRows(["Keller & Gerber Treuhand GmbH", "3011 Bern", "MWST: CHE-961.579.850MWST"]);
    const labelled = layoutFromRows(["Keller & Gerber Treuhand GmbH", "3011 Bern", "MWST-Nr. CHE-961.579.850MWST"]);
    for (const page of [unlabelled, labelled]) {
      const result = await extract([field("vendor_vat_id", "Vendor VAT Id")], [page]);
      expect(result.vendor_vat_id.normalizedValue).toBe("CHE-961.579.850 MWST");
    }
  });

  it("reads the French abbreviation 'TVA intracom.' as a VAT id's label, its country prefix glued after the colon", async () => {
    const page = layoutFromRows([
      "CG Conseil Girard SASU",
      "58 place Bellecour",
      "TVA intracom.:FR 67 807479784",
      "Informatique Atlantique SAS",
      "N° TVA client: FR 20 414767379",
    ]);
    expect((await invoiceValues(page)).vendor_vat_id).toBe("FR67807479784");
  });

  it("ends an id where the next label was run on after its digits ('fattura:#97232Data fattura:')", async () => {
    const page = layoutFromRows(["Elettrotecnica Conti S.n.c.", "Numero fattura:#97232Data fattura: 01/02/2025Cod.cliente: 22876"]);
    expect((await invoiceValues(page)).invoice_number).toBe("97232");
  });

  it("reads a VAT id's country prefix glued after an abbreviated label's full stop ('TVA intracom.FR 83384290776')", async () => {
    const page = layoutFromRows(["Val de Loire Conseil S.A.", "33000 BORDEAUX", "TVA intracom.FR 83384290776"]);
    expect((await invoiceValues(page)).vendor_vat_id).toBe("FR83384290776");
  });

  it("joins an id's start beside its label to its end starting a line below, past the letterhead's wrapped legal form", async () => {
    // The title in large type; the letterhead's legal form wraps between the id's start and end at the right.
    const page = buildPageLayout([
      { text: "Factuur nr. FAC-", box: box(0.09, 0.066, 0.415, 0.096) },
      { text: "Bakker Kantoorinrichting", box: box(0.523, 0.066, 0.909, 0.088) },
      { text: "B.V.", box: box(0.852, 0.091, 0.909, 0.113) },
      { text: "11400", box: box(0.09, 0.1, 0.213, 0.13) },
      { text: "Oudegracht 238", box: box(0.805, 0.116, 0.909, 0.13) },
    ]);
    expect((await invoiceValues(page)).invoice_number).toBe("FAC-11400");
  });

  it("reads a VAT number its cell in a row of headings wrapped ('GB 997 2212' over '83' under 'VAT Reg. No.')", async () => {
    const page = buildPageLayout([
      { text: "Pennine Joinery Ltd", box: box(0.116, 0.06, 0.3, 0.075) },
      { text: "Date Invoice No. Date due Customer ID", box: box(0.116, 0.275, 0.518, 0.286) },
      { text: "VAT Reg. No.", box: box(0.792, 0.275, 0.86, 0.286) },
      { text: "28/07/2023 SI-7609 11/08/2023 16383", box: box(0.116, 0.288, 0.491, 0.301) },
      { text: "GB 997 2212", box: box(0.792, 0.288, 0.871, 0.301) },
      { text: "83", box: box(0.792, 0.304, 0.807, 0.317) },
    ]);
    const { vendor_vat_id } = await extract([field("vendor_vat_id", "Vendor VAT ID")], [page]);
    expect(vendor_vat_id.value).toBe("GB 997 2212 83");
  });
});
