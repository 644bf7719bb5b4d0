import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineAt, linesAt } from "@/tests/fixtures/extraction/build-page-layout";
import { findAddressBlockName } from "./find-address-block-name";
import { buildPageRows } from "./page-rows";

describe("findAddressBlockName", () => {
  it("reads the block under a sender line that has a line of the letterhead right above it", () => {
    const page = buildPageRows(
      layoutFromRows([
        "FAIRWEATHER",
        "Print",
        "Unit 9, Riverside Business Park",
        "Manchester Ml 2AB",
        "VAT registration no.: 348 0698 14",
        "Fairweather Print Ltd. Unit 9, Riverside Business Park · Manchester Ml 2AB",
        "Crofton Plumbing & Heating Ltd",
        "Unit 18, Riverside Business Park",
        "Edinburgh EH2 4AD",
      ]),
    );
    expect(findAddressBlockName(page, ["Fairweather Print Ltd"])?.text).toBe("Crofton Plumbing & Heating Ltd");
  });

  it("reads a buyer boxed about as small as the sender line above it as the block's name, not that line's wrapped end", () => {
    // Lines as PaddleOCR boxed them on a JPEG invoice 1888 px high (synthetic, seed 2129): the buyer's name 21 px, the
    // sender line 23 px, the attention line under the name 25 px (read 24, right at the size test's edge).
    const px = (pixels: number) => pixels / 1888;
    const line = (text: string, x1: number, top: number, height: number) => lineAt(text, 0.057, x1, px(top), px(top + height));
    const page = buildPageRows(
      buildPageLayout(
        [
          line("De Vries Bouw B.V.· Oudegracht 390· 3511 LX Utrecht", 0.4027, 296, 23),
          line("Randstad ICT V.O.F.", 0.229, 335, 21),
          line("t.a.v. Joost Visser", 0.1945, 366, 25),
          line("Keizersgracht 251", 0.2005, 398, 24),
          line("5611ABEindhoven", 0.2133, 431, 21),
        ],
        { source: "ocr" },
      ),
    );
    expect(findAddressBlockName(page, ["De Vries Bouw B.V."])?.text).toBe("Randstad ICT V.O.F.");
  });

  it("reads a block whose postcode line the reader misread ('080o7Barcelona', 'BristolBS15TR')", () => {
    const block = (postcodeLine: string, street: string) =>
      buildPageRows(layoutFromRows(["", "", "", "", "Reformas del Norte S.A.", street, postcodeLine]));
    expect(findAddressBlockName(block("080o7Barcelona", "Calle Mayor, 144, 1º D"), ["Construcciones Levante S.L.U."])?.text).toBe(
      "Reformas del Norte S.A.",
    );
    expect(findAddressBlockName(block("BristolBS15TR", "Unit 17, Riverside Business Park"), ["Holloway Logistics Ltd"])?.text).toBe(
      "Reformas del Norte S.A.",
    );
  });

  it("reads no name from a meta column's labelled value printed right over the block ('P.O.#   PO-242697')", () => {
    const rows = (label: string, value: string, valueAt = 0.16) =>
      buildPageRows(
        layoutFromRows([
          [
            [0.05, label],
            [valueAt, value],
          ],
          "Lone Star Analytics Co.",
          "2090 Oak Avenue, Suite 374",
          "Austin, TX 78701",
        ]),
      );
    expect(findAddressBlockName(rows("P.O.#", "PO-242697"), ["Redwood Design Studio"])?.text).toBe("Lone Star Analytics Co.");
    // Nor from a date's label without its colon ("Vervaldatum   17-02-2025").
    expect(findAddressBlockName(rows("Vervaldatum", "17-02-2025", 0.22), ["ICT Amstel B.V."])?.text).toBe("Lone Star Analytics Co.");
    // Nor from a number's ("Klantnr.   65744").
    expect(findAddressBlockName(rows("Klantnr.", "65744"), ["Mulder ICT V.O.F."])?.text).toBe("Lone Star Analytics Co.");
  });

  it("reads the buyer's block whose name is the seller's with another company word ('Brooks Electric Co.' from '… LLC')", () => {
    const page = buildPageRows(
      layoutFromRows([
        "Brooks Electric LLC",
        "2443 Broadway, Suite 375",
        "Austin, TX 78701",
        "",
        "Brooks Electric Co.",
        "Attn: Ashley Brooks",
        "3522 W. Randolph St., Suite 267",
        "San Francisco, CA 94103",
      ]),
    );
    expect(findAddressBlockName(page, ["Brooks Electric LLC"])?.text).toBe("Brooks Electric Co.");
    // Or a partnership whose name ends with the seller's.
    const partners = buildPageRows(
      layoutFromRows(["De Vries & Visser Advies B.V.", "t.a.v. Joost De Vries", "Prinsengracht 379", "5611 AB Eindhoven"]),
    );
    expect(findAddressBlockName(partners, ["Visser Advies B.V."])?.text).toBe("De Vries & Visser Advies B.V.");
    // Or one whose legal form is another, however like the seller's ("S.A." buying from "SAS").
    const legalForm = buildPageRows(
      layoutFromRows(["Transports Fontaine S.A.", "À l'attention de Thomas Fontaine", "56 avenue Jean Jaurès", "69002 LYON"]),
    );
    expect(findAddressBlockName(legalForm, ["Transports Fontaine SAS"])?.text).toBe("Transports Fontaine S.A.");
    // The seller's name without its legal form still names the seller's block.
    const stem = buildPageRows(layoutFromRows(["Brooks Electric", "2443 Broadway, Suite 375", "Austin, TX 78701"]));
    expect(findAddressBlockName(stem, ["Brooks Electric LLC"])).toBeNull();
  });

  it("reads a block one of whose lines a scan's reader boxed taller than the line above it ('Manchester')", () => {
    const page = buildPageRows(
      buildPageLayout([
        lineAt("Holloway Joinery Ltd", 0.057, 0.31, 0.042, 0.056),
        lineAt("VAT Reg. No. 870 1865 55", 0.057, 0.3, 0.12, 0.131),
        lineAt("Whitfield & Hartley Plumbing & Heating Ltd", 0.057, 0.439, 0.157, 0.167),
        lineAt("181 Station Road", 0.058, 0.202, 0.172, 0.181),
        lineAt("Manchester", 0.056, 0.149, 0.184, 0.197),
        lineAt("M1 2AB", 0.057, 0.112, 0.2, 0.209),
      ]),
    );
    expect(findAddressBlockName(page, ["Holloway Joinery Ltd"])?.text).toBe("Whitfield & Hartley Plumbing & Heating Ltd");
  });

  it("skips the seller's sender line over the block, cut before its house number by a gap ('S.L. ·Avenida de la Constit')", () => {
    const page = buildPageRows(
      buildPageLayout([
        lineAt("SANCHEZ", 0.07, 0.2, 0.047, 0.062),
        lineAt("www.sanchezlopez.es", 0.07, 0.16, 0.12, 0.128),
        lineAt("Sanchez & Lopez S.L. ·Avenida de la Constit", 0.067, 0.213, 0.144, 0.151),
        lineAt("16 08007 Barcelona", 0.235, 0.305, 0.144, 0.151),
        lineAt("Asesoria Navarro S.L.", 0.067, 0.163, 0.158, 0.167),
        lineAt("Att. Javier Navarro", 0.067, 0.145, 0.17, 0.18),
        lineAt("Calle de Alcala,25", 0.067, 0.145, 0.181, 0.19),
        lineAt("41001 Sevilla", 0.066, 0.124, 0.191, 0.201),
      ]),
    );
    expect(findAddressBlockName(page, ["SANCHEZ"])?.text).toBe("Asesoria Navarro S.L.");
  });

  it("reads the buyer on a street whose name and number begin the seller's ('Viale Europa, 15' by 'Viale Europa, 154')", () => {
    const page = buildPageRows(
      layoutFromRows([
        "Padana Forniture S.r.l.s.",
        "Viale Europa, 154",
        "10121 Torino (TO)",
        "",
        "Arredamenti Conti S.r.l.",
        "c.a. Chiara Conti",
        "Viale Europa, 15",
        "20121 Milano (MI)",
      ]),
    );
    expect(findAddressBlockName(page, ["Padana Forniture S.r.l.s.", "Padana Forniture S.r.l.s. Viale Europa, 154"])?.text).toBe(
      "Arredamenti Conti S.r.l.",
    );
  });

  it("reads no name from a postcode's half the sender line above wrapped onto the block's first line ('9HX')", () => {
    const page = buildPageRows(
      layoutFromRows([
        "Fairweather & Ashdown Logistics Ltd · Unit 14, Kingsway Business Park · London EC1V",
        "9HX",
        "Thornbury Print LLP",
        "11 Mill Lane",
        "London",
        "EC1V 9HX",
      ]),
    );
    expect(findAddressBlockName(page, ["Fairweather & Ashdown Logistics Ltd"])?.text).toBe("Thornbury Print LLP");
  });

  it("skips the seller's block whose name's legal form a narrow letterhead wrapped onto a line of its own", () => {
    const page = buildPageRows(
      layoutFromRows([
        "AT Ashdown & Thornbury Office Supplies",
        "Ltd",
        "Unit 15, Meadow Business Park",
        "Birmingham B3 2DT",
        "Phone 0143 496 0736",
        "",
        "Thames Valley Print Ltd",
        "107 High Street",
        "London EC1V 9HX",
      ]),
    );
    expect(findAddressBlockName(page, ["Ashdown & Thornbury Office Supplies Ltd"])?.text).toBe("Thames Valley Print Ltd");
  });

  it("reads no name from a legal form alone that a right-aligned letterhead wrapped over its address ('LLP')", () => {
    // Lines as PaddleOCR boxed them on a JPEG invoice (synthetic, seed 2221): the name's last line is its legal form.
    const page = buildPageRows(
      buildPageLayout(
        linesAt([
          ["VAT", 0.09, 0.164, 0.067, 0.088],
          ["Thames Valley Plumbing & Heating", 0.406, 0.909, 0.066, 0.086],
          ["LLP", 0.851, 0.91, 0.091, 0.108],
          ["INVOICE", 0.091, 0.255, 0.1, 0.118],
          ["46 Station Road", 0.776, 0.91, 0.113, 0.124],
          ["Edinburgh", 0.821, 0.91, 0.128, 0.14],
          ["EH2 4AD", 0.832, 0.91, 0.144, 0.155],
          ["T 0129 496 0290", 0.767, 0.909, 0.159, 0.171],
          ["Pennine Electrical plc", 0.09, 0.292, 0.214, 0.227],
          ["Attention: Oliver Ashdown", 0.09, 0.31, 0.229, 0.242],
          ["Unit 8, Kingsway Business Park", 0.091, 0.355, 0.245, 0.258],
          ["Birmingham B3 2DT", 0.092, 0.262, 0.261, 0.272],
        ]),
        { source: "ocr" },
      ),
    );
    expect(findAddressBlockName(page, ["Thames Valley Plumbing & Heating LLP"])?.text).toBe("Pennine Electrical plc");
  });

  it("reads the party's name over an attention line, however much smaller the reader boxed it", () => {
    // Line boxes as PaddleOCR read them off a 192 dpi scan (synthetic invoice, seed 1381).
    const page = buildPageRows(
      buildPageLayout(
        [
          lineAt("MOREAU", 0.081, 0.248, 0.059, 0.077),
          lineAt("Imprimerie", 0.081, 0.145, 0.082, 0.092),
          lineAt("7,place Bellecour", 0.08, 0.174, 0.1, 0.109),
          lineAt("31000TOULOUSE", 0.081, 0.182, 0.113, 0.12),
          lineAt("N°TVA intra.FR02029885535", 0.081, 0.239, 0.137, 0.144),
          lineAt("Girard&RousseauEURL", 0.082, 0.224, 0.166, 0.174),
          lineAt("Att. Elodie Girard", 0.081, 0.174, 0.176, 0.187),
          lineAt("9, rue Victor Hugo", 0.079, 0.177, 0.189, 0.2),
          lineAt("33000BORDEAUX", 0.081, 0.185, 0.203, 0.21),
        ],
        { source: "ocr" },
      ),
    );
    expect(findAddressBlockName(page, ["MOREAU Imprimerie"])?.text).toBe("Girard&RousseauEURL");
  });

  it("reads an American block whose ZIP code the reader ran on to the state ('Seattle,WA98101')", () => {
    const page = buildPageRows(
      layoutFromRows([
        "Bay Area Consulting Group Inc.",
        "4120 Broadway",
        "Seattle, WA 98101",
        "",
        "Redwood & Bennett LLC",
        "968MarketStreet",
        "Seattle,WA98101",
      ]),
    );
    expect(findAddressBlockName(page, ["Bay Area Consulting Group Inc."])?.text).toBe("Redwood & Bennett LLC");
  });

  it("reads the buyer's block under a sender line without separators ('Electricite Lefevre SARL-83.rue du Commerce')", () => {
    const page = buildPageRows(
      layoutFromRows([
        "Electricite Lefevre SARL",
        "83, rue du Commerce",
        "44000 NANTES",
        "",
        "Electricite Lefevre SARL-83.rue du Commerce",
        "Informatique Chevalier S.A.",
        "Att. Thomas Chevalier",
        "70, rue de la Republique",
        "69002 LYON",
      ]),
    );
    expect(findAddressBlockName(page, ["Electricite Lefevre SARL"])?.text).toBe("Informatique Chevalier S.A.");
  });

  it("reads a block whose town is a saint's ('9000 St. Gallen'), not taking the town's 'St.' for a street's", () => {
    const page = buildPageRows(
      layoutFromRows([
        "K E L L E R",
        "Druck",
        "Seestrasse 106",
        "3011 Bern",
        "",
        "Gerber Druck AG",
        "Frau Petra Gerber",
        "Industriestrasse 13",
        "9000 St. Gallen",
      ]),
    );
    expect(findAddressBlockName(page, ["Druck Keller AG", "K E L L E R Druck"])?.text).toBe("Gerber Druck AG");
  });
});
