// A letterhead's name lines as a poor scan's reader returns them (harsh synthetic receipt scans, session 9), a legal
// form a two-column letterhead wrapped under the name (session 10), and banners and titles read glued (session 12).

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findVendorBlock } from "./find-vendor-block";
import { buildPageRows } from "./page-rows";

const nameOf = (rows: string[]) => findVendorBlock(buildPageRows(layoutFromRows(rows)))?.name;

describe("findVendorBlock on scanned receipts", () => {
  it("reads a registration number that lost its brackets as no part of the name under its shop sign", () => {
    expect(
      nameOf(["ORKID ELECTRICAL", "ORKID ELECTRICAL & HARDWARE 486096", "LOT 7594, JALAN KENARI, SEKSYEN 5", "56005 CHERAS, KUALA LUMPUR"]),
    ).toBe("ORKID ELECTRICAL & HARDWARE");
  });

  it("reads 'PERNIAGAAN' after an address line ending 'PUSAT' as the address's business centre, not a business name", () => {
    const rows = ["KOPITIAM ORKID (SA7552150-L)", "107,JALAN MUTIARA 22, PUSAT", "PERNIAGAAN BAYAN,", "40125 SHAH ALAM,", "SELANGOR."];
    const block = findVendorBlock(buildPageRows(layoutFromRows(rows)));
    expect(block?.name).toBe("KOPITIAM ORKID");
    expect(block?.addressLines.length).toBe(4);
  });

  it("reads a name whose registration number the reader glued on with a colon ('RESTORAN NEW ERA:(PG5830498-V)')", () => {
    const rows = ["RESTORAN NEW ERA:(PG5830498-V)", "2-1,JALAN P3U 24/10", "BANDAR KEHBOJA, 43B84 KAJANG", "SELANGOR", "TEL: 04-6059976"];
    expect(nameOf(rows)).toBe("RESTORAN NEW ERA");
    // Or a legal form's full stop read as a colon.
    expect(nameOf(["Construcciones Castilla S.L:", "Calle San Vicente,3", "41001 Sevilla"])).toBe("Construcciones Castilla S.L");
  });

  it("joins the qualifier of a legal form under the name past a row of the other column ('UG' / '(haftungsbeschrankt)')", () => {
    const rows = [
      [
        [0.15, "Elektrotechnik Berger UG"],
        [0.68, "Rechnung Nr."],
      ],
      [[0.76, "2025/972"]],
      [[0.15, "(haftungsbeschrankt)"]],
      [[0.15, "Hauptstraße 5"]],
      [[0.15, "20095 Hamburg"]],
    ] as Parameters<typeof layoutFromRows>[0];
    expect(findVendorBlock(buildPageRows(layoutFromRows(rows)))?.name).toBe("Elektrotechnik Berger UG (haftungsbeschrankt)");
  });

  it("ends the address at a hand phone's label ('H/P: 05.0462643'), its dash read as a full stop", () => {
    const rows = ["ZAH ZAM OPTICAL PLT (S42691-I)", "G-23. JALAN INDAH 30", "TAMAN DAMAI,", "10348 GEORGE TOWN", "PULAU PINANG"];
    const block = findVendorBlock(buildPageRows(layoutFromRows([...rows, "H/P: 05.0462643", "Rece1pt #: T29-120987"])));
    expect(block?.addressLines.length).toBe(4);
  });

  it("joins a name to its legal form wrapped onto the next line after a bracketed country or branch ('(M) SDN.BHD.')", () => {
    const address = ["COMPANY N0: SA7500556-Z", "62-3, JALAN KENARI 9,", "47100 PUCHONG"];
    expect(nameOf(["SAN YUAN ELECTRICAL & HARDWARE", "(M) SDN.BHD.", ...address])).toBe("SAN YUAN ELECTRICAL & HARDWARE (M) SDN.BHD.");
    expect(nameOf(["PERMATA HARDWARE", "(BANGSAR) SDN BHD (B89962-B)", ...address])).toBe("PERMATA HARDWARE (BANGSAR) SDN BHD");
  });

  it("starts the address at a Malay street word when the reader misread the house number ('NO.BZ PERSIARAN PUTRA')", () => {
    const rows = ["SUNRISE ENTERPRISE", "NO.BZ PERSIARAN PUTRA", "PUSAT PERNIAGAAN SAGU 482SZ RAWANG", "SELANGOR", "TEL: 06-6232061"];
    expect(findVendorBlock(buildPageRows(layoutFromRows(rows)))?.addressLines.length).toBe(3);
  });

  it("takes the name its shop sign starts under the sign and its owner's name, with no registration ('WAH CHONG MARKETING')", () => {
    const address = ["LOT 1030, JALAN PJU 292", "70101 SEREMBAN NEGERI SEMBILAN"];
    expect(nameOf(["TAN MEI LING", "WAH CHONG", "WAH CHONG MARKETING", ...address])).toBe("WAH CHONG MARKETING");
    // A brand over a name that shares its words is no owner over a sign.
    expect(nameOf(["CHONG TRADING", "WAH CHONG", "WAH CHONG MARKETING", ...address])).toBe("CHONG TRADING");
  });

  it("takes the registered name under its owner's name and its shop sign ('TAN MEI LING' / 'SENG HENG')", () => {
    const address = ["NO. 133, JALAN KLANG LAMA", "81300 SKUDAI"];
    expect(nameOf(["TAN MEI LING", "SENG HENG", "SENG HENG HARDWARE", "COMPANY NO: 1854596-F", ...address])).toBe("SENG HENG HARDWARE");
    expect(nameOf(["TAN MEI LING", "PERMATA BAKERY", "PERMATA BAKERY", "CO.REG.NO.:PG8120809-V", ...address])).toBe("PERMATA BAKERY");
    // The registration number on the name's own line the second time.
    expect(nameOf(["TAN MEI LING", "RIMBUN PHARMACY", "RIMBUN PHARMACY (200875790971 (744245-M))", ...address])).toBe("RIMBUN PHARMACY");
  });

  it("spells the registered name's misread words with its shop sign's, which the reader read better ('TERATAI')", () => {
    const address = ["74-1 JLNIPOH30", "56211 KUALALUMPUR WP.KUALALUMPUR", "TEL: 03-47704500"];
    expect(nameOf(["TERATAI HOSPITALITY", "TERATA HOSPITAUITYPLT", ...address])).toBe("TERATAI HOSPITALITY PLT");
    // The space inside "SDN BHD" lost too: still a legal form.
    expect(nameOf(["GOLDEN LEAF", "GOLDBI LEAF ELECTRICAL (M) SDNBHD", ...address])).toBe("GOLDEN LEAF ELECTRICAL (M) SDNBHD");
  });

  it("reads a banner framed by asterisks over the name as no name, its marks read glued or apart ('***RE-PRINT ***')", () => {
    const rows = ["***RE-PRINT ***", "Kopitiam Berkat", "Lot 6784,Jalan Ss 22/7,", "47482 Petaling Jaya,", "Tel/Fax: 08-1245551"];
    expect(nameOf(rows)).toBe("Kopitiam Berkat");
    // Or most of its marks lost on a faint scan ("*RE-PRINT"): the notice is still no name.
    expect(nameOf(["*RE-PRINT", "NASI KANDAR EVERGREEN", "15-3.JLN IPOH 15", "47156 PUCHONG"])).toBe("NASI KANDAR EVERGREEN");
  });

  it("reads the name over its registration whose number sign the reader ran on ('COMPANYNO:'), under the shop's sign", () => {
    const rows = ["GL MART", "GOLDENLEAFENTERPRISE", "COMPANYNO: 247949-P", "NO.186 JALANUSJ10/5SEKSYEN5", "10469GEORGE TOWN"];
    expect(nameOf(rows)).toBe("GOLDENLEAFENTERPRISE");
  });

  it("reads a registration number that a faint scan's reader cut after its bracket and prefix as no part of the name", () => {
    expect(nameOf(["KEDAI TAIFOOKMINI MARRET (SA", "NO.14.XUN CEMPAKA 13", "43500 SEMENYIH", "SELANGOR"])).toBe("KEDAI TAIFOOKMINI MARRET");
  });

  it("reads a name whose space before its legal form the reader read as a colon ('PRINTING (M):SON. BHD'), under a sign", () => {
    const rows = ["GP CAFE", "GREENFIELD PRINTING (M):SON. BHD-(280744521888", "(169182-Z))", "39 2.JALAN SS 28/10", "30558 IPOH, PERAK."];
    expect(nameOf(rows)).toBe("GREENFIELD PRINTING (M):SDN. BHD");
  });

  it("reads no legal form at the start of a shop sign ('AB MART', not 'AB' the Swedish form)", () => {
    const rows = ["AB MART", "AMANAH BOOKSTORE(M) SDN.BHD", "(1233835-T)", "LOT 8459 JLN DAMAI 6", "47504 PETALING JAYA"];
    expect(nameOf(rows)).toBe("AMANAH BOOKSTORE(M) SDN.BHD");
    expect(nameOf(["Nordic Design AB", "Storgatan 12", "111 22 Stockholm"])).toBe("Nordic Design AB");
  });

  it("reads a registration number whose closing bracket the reader doubled as no part of the name", () => {
    expect(
      nameOf(["KIM LOONG ELECTRICAL & HARDWARE (CA3424281-))", "89-2.JALAN TPP 24/1.TAMAN PERINDUSTRIAN", "46419 PETALING JAYA"]),
    ).toBe("KIM LOONG ELECTRICAL & HARDWARE");
  });

  it("takes a business name under a shop sign when its prefix was misread by one letter ('PERNAGAAN')", () => {
    expect(nameOf(["BM CAFE", "PERNAGAAN BATUL MARKETING", "LOT 7620, JALAN USJ 24/8", "80088 JOHOR BAHRU"])).toBe(
      "PERNAGAAN BATUL MARKETING",
    );
  });

  it("joins a name the receipt wrapped inside its brackets ('ZAM ZAM SUPERMARKET (PUCHONG' over 'JAYA) SDN BHD')", () => {
    expect(nameOf(["ZAM ZAM SUPERMARKET (PUCHONG", "JAYA) SDN BHD", "NO. 36, JALAN SS 1/2,", "40120 SHAH ALAM"])).toBe(
      "ZAM ZAM SUPERMARKET (PUCHONG JAYA) SDN BHD",
    );
  });

  it("reads a legal form wrapped under the name in a right-hand letterhead as the name's, over the buyer's", () => {
    const page = layoutFromRows([
      [
        [0.09, "Factuur nr. FAC-"],
        [0.52, "Bakker Kantoorinrichting"],
      ],
      [
        [0.09, "11400"],
        [0.72, "B.V."],
      ],
      [[0.6, "Oudegracht 238"]],
      [[0.6, "9711 LM Groningen"]],
      "",
      "Mulder Logistiek N.V.",
      "Prinsengracht 83",
      "5611 AB Eindhoven",
    ]);
    expect(findVendorBlock(buildPageRows(page))?.name).toBe("Bakker Kantoorinrichting B.V.");
  });

  it("joins a business name wrapped over two lines above its registration ('PERNIAGAAN LUCKY STAR FOOD' / 'INDUSTRIES')", () => {
    const rows = ["WELCOME TO", "PERNIAGAAN LUCKY STAR FOOD", "INDUSTRIES", "CO. REG. N0.:JM1598471-C", "JALAN PUDU 21, TAMAN MUTIARA"];
    expect(nameOf(rows)).toBe("PERNIAGAAN LUCKY STAR FOOD INDUSTRIES");
    expect(nameOf(["RESTORAN PERMATA", "RESTORAN PERMATA", "CO.REG.NO.:PG8120809-V", "5-1, JALAN USJ 7/7"])).toBe("RESTORAN PERMATA");
    // Nor one the reader read a letter short of it.
    expect(nameOf(["RESTORAN TAI", "RESTORAN TA FOOK", "(Co.Reg.No. 1192519-N)", "52 JALAN PUTRA 4"])).toBe("RESTORAN TA FOOK");
  });

  it("keeps a registration line whose number sign the reader glued on ('COMPANYNO:') out of the address", () => {
    const page = buildPageRows(
      layoutFromRows(["AMANAH AUTO PARTS SDN BHD", "COMPANYNO: SA3345440-Q", "122,LORONG PERDANA 1,46735 PETALING JAYA", "SELANGOR."]),
    );
    expect(
      findVendorBlock(page)
        ?.addressLines.flat()
        .map((word) => word.text),
    ).not.toContain("COMPANYNO:");
  });

  it("reads a title glued to its number sign and number as no letterhead line ('FACTURAN°25/0122')", () => {
    const page = buildPageRows(
      layoutFromRows([
        [
          [0.05, "ROMERO"],
          [0.6, "FACTURAN°25/0122"],
        ],
        "Instalaciones",
        "Calle San Vicente,70",
        "48001 Bilbao (Bilbao)",
      ]),
    );
    expect(findVendorBlock(page)?.letterhead).toBe("ROMERO Instalaciones");
  });

  it("reads no title, number sign and number nor monogram before the name on the title's line ('Factura Nº 25/0721  GN Gráficas del Norte')", () => {
    expect(nameOf(["Factura Nº 25/0721  GN Gráficas del Norte S.L.U.", "Avenida de la Constitución, 9", "28013 Madrid"])).toBe(
      "Gráficas del Norte S.L.U.",
    );
    // The number's start only, its end wrapped onto the next line.
    const wrapped = findVendorBlock(
      buildPageRows(
        layoutFromRows([
          [
            [0.1, "Invoice no. Sl-"],
            [0.58, "THORNBURY"],
          ],
          [
            [0.1, "3166"],
            [0.75, "Office Supplies"],
          ],
          [[0.72, "111 Victoria Street"]],
          [[0.72, "Bristol BS1 5TR"]],
        ]),
      ),
    );
    expect(wrapped?.name).toBe("THORNBURY");
    // The title's capital I read as an l, the number sign glued to the number.
    const misread = nameOf([
      [
        [0.08, "lnvoice no.Sl-5315"],
        [0.69, "Pemberton Joinery LLP"],
      ],
      [[0.84, "190 Park Road"]],
      [[0.85, "Manchester M1 2AB"]],
    ] as never);
    expect(misread).toBe("Pemberton Joinery LLP");
    // The number sign glued to the number.
    expect(nameOf(["FACTURE n°INV-2023-1753 Menuiserie Chevalier S.A.", "44, boulevard Voltaire", "33000 BORDEAUX"])).toBe(
      "Menuiserie Chevalier S.A.",
    );
  });

  it("reads past a registration line whose 'Co. Reg.' the reader ran together ('COREG,NO.') to the address", () => {
    const rows = [
      "KOPITIAM MEGAH",
      "COREG,NO. 200679101448 (985062-S)",
      "NO.66, 3ALAN TUN RAZAK 19",
      "TAMAN BAYAN, 43500 SEMENYIH",
      "SELANGOR",
    ];
    const address = findVendorBlock(buildPageRows(layoutFromRows(rows)))?.addressLines.map((words) =>
      words.map((word) => word.text).join(" "),
    );
    expect(address).toEqual(["NO.66, 3ALAN TUN RAZAK 19", "TAMAN BAYAN, 43500 SEMENYIH", "SELANGOR"]);
  });
});
