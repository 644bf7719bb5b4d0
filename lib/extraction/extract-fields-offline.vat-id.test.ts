// The seller's VAT id: not the buyer's printed in the buyer's block, and in the national shapes that carry no EU
// prefix (a British number in digit groups, a Swiss UID with its "MWST").

import { describe, expect, it } from "vitest";
import type { TPageLayout } from "@/lib/layout/types";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

async function vatIdOf(page: TPageLayout) {
  return (await extract([field("vendor_vat_id", "Vendor VAT ID")], [page])).vendor_vat_id;
}

describe("extractFieldsOffline: the seller's VAT id", () => {
  it("reads a British VAT number in digit groups and a Swiss UID with its MWST", async () => {
    const british = layoutFromRows(["Pennine Plumbing & Heating Limited", "VAT registration no.: 604 1515 23"]);
    expect((await vatIdOf(british)).value).toBe("604 1515 23");
    // Two of its groups run together by a scan's reader.
    const runTogether = layoutFromRows(["Thornbury Electrical LLP", "VAT No. 9845000 40"]);
    expect((await vatIdOf(runTogether)).normalizedValue).toBe("984500040");
    const swiss = layoutFromRows(["Alpenblick Treuhand AG", "UID CHE-998.145.449 MWST", "Ihre USt-IdNr.: IT16217580081"]);
    expect((await vatIdOf(swiss)).value).toBe("CHE-998.145.449 MWST");
    // Run on to its label and its suffix by a scan's reader, the buyer's labelled further down.
    const glued = layoutFromRows(["Alpenblick Treuhand AG", "UIDCHE-910.075.775MWST", "USt-IdNr.Kunde: CHE-017.486.417MWST"]);
    expect((await vatIdOf(glued)).normalizedValue).toBe("CHE-910.075.775 MWST");
    // Its suffix wrapped under it in a narrow meta column.
    const wrapped = layoutFromRows([
      "Alpenblick Treuhand AG",
      [
        [0.05, "Rechnungsnr."],
        [0.3, "Datum"],
        [0.8, "UID"],
      ],
      [
        [0.05, "R20230348"],
        [0.3, "17.01.2023"],
        [0.8, "CHE-964.421.346"],
      ],
      [[0.8, "MWST"]],
    ]);
    expect((await vatIdOf(wrapped)).value).toBe("CHE-964.421.346 MWST");
    const unlabelled = layoutFromRows(["Alpenblick Treuhand AG", "Rechnungs-Nr.: RE-93799 · MWST: CHE-850.392.079"]);
    expect((await vatIdOf(unlabelled)).normalizedValue).toBe("CHE-850.392.079");
  });

  it.each([
    ["USt.-ldNr.DE703143941", "DE703143941"],
    ["Banque: BNP Paribas N°TVAintracommunautaireFR38915946209", "FR38915946209"],
    ["P.IVAIT90905571229·REA Ml-2337262·Cap.Soc.100.000,00i.v.", "IT90905571229"],
    ["N° TVA intra.FR51691972114", "FR51691972114"],
    ["TVA intracom.FR16712309769.SIRET20574517266363·RCSStrasbourg B205745172", "FR16712309769"],
    ["VAT registration no.853 9362 47-Registered in England and Wales No.26328725", "853 9362 47"],
    ["VAT Number GB 190 9539 03-Registered in England and Wales No. 03354959", "GB 190 9539 03"],
    ["VAT Reg.No.GB5928257 94-Registered in England and Wales No.17429739", "GB5928257 94"],
    ["N°TVA FR 89 640202192-SIRET 410 978 052 87601·RCS Marseille B 410 978 052", "FR 89 640202192"],
    ["TVA intracom. FR 17 663495748- SIRET 264 961 774 19244- RCS Lille B 264 961 774", "FR 17 663495748"],
    ["N°TVAintrac0mmunautaireFR08941417720-SIRET213590997 72432·RCSLilleB213590997", "FR08941417720"],
    ["Btw-idNL2536.71.151.B01", "NL2536.71.151.B01"],
    ["Umsatzsteuer-IDDE 999 409 607", "DE 999 409 607"],
    ["Umsatzsteuer-IDDE581049 618", "DE581049 618"],
  ])("reads the id out of a scan's word with its label run into it: %s", async (line, id) => {
    const vatId = await vatIdOf(layoutFromRows(["Haas Haustechnik AG", "Friedrich-Ebert-Straße 37", line]));
    expect(vatId.value).toBe(id);
    expect(vatId.bbox).not.toBeNull();
  });

  it("reads on where the page wrapped a long meta row, and doubts a tax id too short to be one otherwise", async () => {
    const metaRow = "Invoice Number: 000449 | Due date: 05/09/2024 | VAT registration no.: GB 947";
    const wrapped = await vatIdOf(layoutFromRows(["Ashdown Logistics Ltd", metaRow, "6336 73"]));
    expect([wrapped.value, wrapped.confidence]).toEqual(["GB 947 6336 73", expect.closeTo(0.93, 1)]);
    // The label last on its line, its value at the start of the next.
    const labelLast = layoutFromRows([
      "Ashdown Logistics Ltd",
      "Invoice Number: 000449 | Due date: 05/09/2024 | Order: 8812 | VAT no.:",
      "GB 947 6336 73",
    ]);
    expect((await vatIdOf(labelLast)).value).toBe("GB 947 6336 73");
    // As a scan's reader reads it: two words of the label glued, the id's first group glued to its prefix.
    const scanned = await vatIdOf(
      layoutFromRows([
        "Ashdown Logistics Ltd",
        "InvoiceNumber: 000449|Duedate: 05/09/2024|Order No.:252228|VATregistration no.:GB947",
        "6336 73",
      ]),
    );
    expect(scanned.value).toBe("GB947 6336 73");
    // Not a wrap: the next line starts elsewhere.
    const split = layoutFromRows(["Ashdown Logistics Ltd", metaRow, [[0.3, "6336 73"]]] as never);
    expect((await vatIdOf(split)).confidence).toBeLessThan(0.9);
  });

  it("reads no VAT id inside an IBAN the scan glued to its label", async () => {
    const page = layoutFromRows(["De Vries Advies B.V.", "Bank: ING·IBANNL34INGB70220669 61·BICINGBNL2AXXX"]);
    expect((await vatIdOf(page)).value).toBeNull();
  });

  it("ends a footer's VAT id at the next part hyphenated onto it", async () => {
    const glued = layoutFromRows(["Haas Elektro GmbH", "USt-ID DE495388485-Amtsgericht Munchen HRB 134791"]);
    expect((await vatIdOf(glued)).normalizedValue).toBe("DE495388485");
    const spaced = layoutFromRows(["Haas Elektro GmbH", "USt-IdNr.: DE295946802 - Amtsgericht München HRB 12345"]);
    expect((await vatIdOf(spaced)).normalizedValue).toBe("DE295946802");
    const kvk = layoutFromRows(["De Vries Advies B.V.", "BTW-id NL216692004B01 - KvK 12345678"]);
    expect((await vatIdOf(kvk)).normalizedValue).toBe("NL216692004B01");
    // The register's number glued on too, and the next part after it.
    const kvkGlued = layoutFromRows(["De Vries Advies B.V.", "BTW-nummer NL7180.51.698.B01-KvK90303713-Bank: ABN AMRO"]);
    expect((await vatIdOf(kvkGlued)).normalizedValue).toBe("NL7180.51.698.B01");
  });

  it("reads an Italian VAT id whose prefix's I the reader read as a one ('1T01325453159')", async () => {
    const misread = await vatIdOf(layoutFromRows(["Ferretti Impianti S.r.l.", "PIVA: 1T01325453159"]));
    expect([misread.value, misread.normalizedValue]).toEqual(["IT01325453159", "IT01325453159"]);
    // A British VAT number run on to its label and to the next part at its dot.
    const glued = await vatIdOf(layoutFromRows(["Crofton Print Ltd", "VAT Number501726642·Registered in England and Wales"]));
    expect(glued.normalizedValue).toBe("501726642");
    // A dash standing apart before a part in capitals: the reader's "·" ("UID ATU13898357 - FN 459032b").
    const register = layoutFromRows(["Huber & Hofer Elektrotechnik GmbH", "UID ATU13898357 - FN 459032b, Handelsgericht Wien"]);
    expect((await vatIdOf(register)).value).toBe("ATU13898357");
  });

  it("reads a VAT id cut after its check digits in a footer's column, its number under the label", async () => {
    const footer = (under: string) =>
      layoutFromRows([
        "Dubois Bureautique S.A.",
        [
          [0.1, "Dubois Bureautique"],
          [0.43, "BNP Paribas"],
          [0.66, "N° TVA intracommunautaire FR 28"],
        ],
        [
          [0.1, "S.A."],
          [0.43, "IBAN FR06 3778"],
          [0.66, under],
        ],
      ]);
    expect((await vatIdOf(footer("027240289"))).normalizedValue).toBe("FR28027240289");
    // Only the prefix on the label's line, the digits in groups under the label's start.
    const prefixOnly = layoutFromRows([
      "Informatique Val de Loire SARL",
      [
        [0.1, "Informatique Val de"],
        [0.66, "N° TVA intra. FR"],
      ],
      [
        [0.1, "Loire SARL"],
        [0.66, "33 229536442"],
      ],
    ]);
    expect((await vatIdOf(prefixOnly)).normalizedValue).toBe("FR33229536442");
    // Not a word under the label that doesn't make it whole.
    expect((await vatIdOf(footer("Capital"))).normalizedValue).not.toBe("FR28027240289");
  });

  it("reads the seller's id after another part's value glued before its label ('C16974.VAT No.:'), not the buyer's", async () => {
    const page = layoutFromRows([
      "Cotswold Joinery plc",
      "Hartley Logistics Limited",
      "Your VAT No.:189 957439",
      "Invoice #:82983-Date of issue: 14/03/2023.Customer ID: C16974.VAT No.:8521430 64",
    ]);
    expect((await vatIdOf(page)).value).toBe("8521430 64");
  });

  it("reads the seller's tax label glued after the customer number's value, not the buyer's id ('Kunden-Nr.:67479UID:', 'K77235VAT')", async () => {
    const page = layoutFromRows([
      "Haas Haustechnik AG",
      "lhreUSt-ldNr.:ATU86857700",
      "Rechnungsdatum: 24.12.24 Kunden-Nr.:67479UID: ATU31556290",
    ]);
    expect((await vatIdOf(page)).value).toBe("ATU31556290");
    // A tax label whose colon comes after its next word ("VAT Reg.No.:"), glued to the customer number before it.
    const british = layoutFromRows(["Pennine Electrical LLP", "Date of issue: 04/12/2024 Customer No.:K77235VAT Reg.No.:GB 2189821 90"]);
    expect((await vatIdOf(british)).value).toBe("GB 2189821 90");
  });

  it("reads a VAT id whose prefix the reader glued to its label ('intra.FR20 524553628')", async () => {
    const page = layoutFromRows(["Chevalier & Lambert Transports SARL", "Banque: CIC N°TVA intra.FR20 524553628"]);
    expect((await vatIdOf(page)).value).toBe("FR20 524553628");
    // Or with the label's colon: "intra.:FR" before the digit groups.
    const colon = layoutFromRows(["Menuiserie Rousseau SARL", "Réf. client: 50543 No TVA intra.:FR 80 765654908"]);
    expect((await vatIdOf(colon)).value).toBe("FR 80 765654908");
  });

  it("finds a VAT id whose country prefix the reader glued to a label it misread ('USt-ldNr.DE 076 500 952')", async () => {
    const page = layoutFromRows(["Haustechnik Nordlicht GmbH", "Mühlenweg 31", "80331 München", "USt-ldNr.DE 076 500 952"]);
    const result = await extract([field("vendor_vat_id", "Vendor VAT Id")], [page]);
    expect(result.vendor_vat_id.normalizedValue).toBe("DE076500952");
  });

  it("reads a VAT id with most of its number glued to the prefix ('DE587026 277'), labelled or after a misread label", async () => {
    const labelled = layoutFromRows(["Alpenblick Consulting GmbH", "20095 Hamburg", "Umsatzsteuer-ID: DE587026 277"]);
    expect((await vatIdOf(labelled)).normalizedValue).toBe("DE587026277");
    const glued = layoutFromRows(["Mainfranken Consulting GmbH", "20095 Hamburg", "USt.-ldNr.DE951069 653"]);
    expect((await vatIdOf(glued)).normalizedValue).toBe("DE951069653");
  });

  it("reads a British VAT number's digit groups up to the sentence's full stop ('VAT No. 771 3669 54.')", async () => {
    const page = layoutFromRows(["Ashdown Fairweather Joinery Ltd", "VAT No. 771 3669 54. Registered in England and Wales No. 11401558."]);
    expect((await vatIdOf(page)).normalizedValue).toBe("771366954");
  });

  it("reads a Spanish VAT id glued to two labels joined by a hyphen ('NIF-IVAESB66870005'), not the register line under it", async () => {
    // A footer's columns as PaddleOCR boxed them; the register sentence runs under the id's column.
    const line = (text: string, x0: number, x1: number, y0: number) => ({ text, box: { x0, x1, y0, y1: y0 + 0.008 } });
    const page = buildPageLayout(
      [
        line("Reformas Martinez S.A.", 0.078, 0.4, 0.056),
        line("Reformas Martinez", 0.075, 0.177, 0.908),
        line("Tel.+34 941 226 216", 0.197, 0.308, 0.908),
        line("Forma de pago: transferencia:", 0.382, 0.539, 0.908),
        line("NIF-IVAESB66870005", 0.56, 0.676, 0.908),
        line("S.A.", 0.076, 0.096, 0.918),
        line("administracion@reformas-", 0.197, 0.332, 0.918),
        line("BBVA", 0.382, 0.412, 0.918),
        line("Inscrita en el Registro Mercantil de Sevilla,Tomo 17696,Folio 91", 0.56, 0.898, 0.918),
      ],
      { source: "ocr" },
    );
    expect((await vatIdOf(page)).normalizedValue).toBe("ESB66870005");
  });

  it("reads VAT ids after labels a scan's reader slipped on: initials glued on ('PI.16601501144'), an I read as a one ('C1F')", async () => {
    const glued = layoutFromRows(["RICCI Fattura", "Costruzioni", "Via Garibaldi, 81", "10121 Torino (TO)", "PI.16601501144"]);
    expect((await vatIdOf(glued)).value).toBe("16601501144");
    // A Spanish CIF whose I the reader read as a one, in a meta row's last part.
    const spanish = layoutFromRows([
      "DF Distribuciones Fernandez S.L.U.",
      "Cod.cliente: K60539·Fecha defactura: 29/09/2025·C1F: B91512772",
    ]);
    expect((await vatIdOf(spanish)).value).toBe("B91512772");
  });

  it("reads the id before a footer part's label glued on by a dash ('PIVA 55728239654-REA FI-1242922'), not the buyer's", async () => {
    const page = layoutFromRows([
      "ROSSI Fattura",
      "Elettrotecnica",
      "Via Dante Alighieri 8",
      "50123 Firenze (FI)",
      "INTESTATARIO",
      "Arredamenti Galli S.n.c.",
      "VialeEuropa 63",
      "40121 Bologna (BO)",
      "C.F./P.IVA: 71379400257",
      ...Array.from({ length: 16 }, () => ""),
      "PIVA 55728239654-REA FI-1242922·Cap.Soc.50.000,00 i.v.·Codice SDl MGC1UDC",
    ]);
    const vatId = await vatIdOf(page);
    expect(vatId.value).toBe("55728239654");
    expect(vatId.confidence).toBeGreaterThanOrEqual(0.9);
    // An Austrian UID and the company register's "FN".
    const austrian = layoutFromRows(["Druck Wienerwald GmbH", "Landstraße 74", "UID ATU47602620-FN 209938g·Handelsgericht Innsbruck"]);
    expect((await vatIdOf(austrian)).value).toBe("ATU47602620");
  });
});
