import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findVendorBlock } from "./find-vendor-block";
import { buildPageRows } from "./page-rows";

function block(rows: Parameters<typeof layoutFromRows>[0]) {
  const page = buildPageRows(layoutFromRows(rows));
  const found = findVendorBlock(page);
  return found && { name: found.name, address: found.addressLines.map((words) => words.map((word) => word.text).join(" ")) };
}

describe("findVendorBlock", () => {
  it("prefers a line with a company suffix to the line above it", () => {
    expect(
      block([
        "TAN WOON YANN",
        "BOOK TA .K(TAMAN DAYA) SDN BHD",
        "789417-W",
        "NO.53, JALAN SAGU 18,",
        "81100 JOHOR BAHRU",
        "DATE: 25/12/2018",
      ]),
    ).toEqual({
      name: "BOOK TA .K(TAMAN DAYA) SDN BHD",
      address: ["NO.53, JALAN SAGU 18,", "81100 JOHOR BAHRU"],
    });
  });

  it("reads past a registration line whose label the reader misspelt ('Conpany No')", () => {
    expect(
      block([
        "Shell ISNI PETRO TRADING",
        "Conpany No: 002643278-A",
        "LOT 2685 JLN GENTING KLANG",
        "53300 KL Site 1066",
        "Telephone 03- 40212008",
      ]),
    ).toEqual({
      name: "Shell ISNI PETRO TRADING",
      address: ["LOT 2685 JLN GENTING KLANG", "53300 KL Site 1066"],
    });
  });

  it("keeps a postcode glued to its town in the address, not taking it for a registration number", () => {
    expect(block(["Lieferant GmbH", "Lieferantenstraße 20", "80333Munchen", "Deutschland", "GLN4000001123452"])?.address).toEqual([
      "Lieferantenstraße 20",
      "80333Munchen",
      "Deutschland",
    ]);
    // A registration number in capitals stays one, between the name and the address.
    expect(block(["CARREFOUR RESTAURANT", "JMO7256765-1", "18,JALAN PERMAS 10/7", "BANDAR BARU PERMAS JAYA,"])?.address).toEqual([
      "18,JALAN PERMAS 10/7",
      "BANDAR BARU PERMAS JAYA,",
    ]);
  });

  it("takes no line the reader could hardly read (a logo) for the name", () => {
    const page = buildPageRows(
      buildPageLayout(
        [
          { text: "Be Doane", confidence: 0.14, box: { x0: 0.03, y0: 0.2, x1: 0.6, y1: 0.21 } },
          { text: "PAGOH REST AND SERVICE AREA", confidence: 0.81, box: { x0: 0.03, y0: 0.25, x1: 0.5, y1: 0.26 } },
        ],
        { source: "ocr" },
      ),
    );
    expect(findVendorBlock(page)?.name).toBe("PAGOH REST AND SERVICE AREA");
  });

  it("takes no thank-you line for the name, even with its spaces lost ('TQFOR SHOPPING WITH')", () => {
    expect(block(["TQFOR SHOPPING WITH myNEWS.COm", "PAGOH REST AND SERVICE AREA", "LOT R1, KWS REHAT"])?.name).toBe(
      "PAGOH REST AND SERVICE AREA",
    );
  });

  it("prefers strong suffixes (Ltd, Sdn Bhd) to weak ones (& Co.)", () => {
    expect(block(["AMPHAWA THAI TEA & CO.", "DIMILIKI OLEH T PLUS F&B SDN. BHD.", "(1219716-T)"])?.name).toBe(
      "DIMILIKI OLEH T PLUS F&B SDN. BHD.",
    );
  });

  it("takes the line above the company's registration over a noisy line above it", () => {
    const rows = ["3180404 deP rel", "BERRY'S CAKE HOUSE", "(Co No. 315481-T) GST No. 001287233536", "No.1,", "Jln Puteri 1/6,"];
    expect(block(rows)?.name).toBe("BERRY'S CAKE HOUSE");
    // A bare number (an account, a phone) is no registration; and an address's last line above a tax id is no name.
    expect(block(["Amazon Web Services", "Invoice Summary", "296664039561"])?.name).toBe("Amazon Web Services");
    expect(block(["HOME MASTER HARDWARE", "NO.113G, JALAN SETIA", "40170 SELANGOR.", "GST ID: 000517386240"])?.name).toBe(
      "HOME MASTER HARDWARE",
    );
    // A clean first line is the brand, not noise: its outlet below stays the second line.
    expect(block(["SUSHI MENTAI", "MAHKOTA CHERAS", "GST REG NO: 001234567890", "NO: 1-1&2 GROUND FLOOR"])?.name).toBe("SUSHI MENTAI");
  });

  it("drops a trailing registration number from the name", () => {
    expect(block(["BROADVIEW MARKETING SDN BHD(728384-M)", "NO. 9-G, JALAN DINAR"])?.name).toBe("BROADVIEW MARKETING SDN BHD");
  });

  it("skips greetings, stamps and numbers above the name", () => {
    expect(block(["3180303", "TAX INVOICE", "TQ FOR SHOPPING WITH US", "PAGOH REST AND SERVICE AREA", "LOT R1, KWS REHAT"])?.name).toBe(
      "PAGOH REST AND SERVICE AREA",
    );
  });

  it("keeps a stamp printed beside the name out of it", () => {
    expect(
      block([
        [
          [0.05, "YONG CEN ENTERPRISE"],
          [0.5, "POSTED"],
        ],
        "9, JALAN SUBANG JASA 3,",
      ])?.name,
    ).toBe("YONG CEN ENTERPRISE");
  });

  it("joins a name continued on the next line", () => {
    expect(block(["HOME MASTER HARDWARE &", "ELECTRICAL", "NO.113G, JALAN SETIA"])?.name).toBe("HOME MASTER HARDWARE & ELECTRICAL");
  });

  it("starts the address at a number or street word and ends it at a phone, tax id or document line", () => {
    expect(
      block(["THREE STOOGES", "BISTRO & CAFE", "109, SS21/1A,", "DAMANSARA UTAMA", "GST ID : 001661886464", "TABLE 7"])?.address,
    ).toEqual(["109, SS21/1A,", "DAMANSARA UTAMA"]);
    expect(
      block(["ADVANCO COMPANY", "COMPANY REG. NO.: 725186-V", "NO 1&3, JALAN ANGSA", "53300 KUALA LUMPUR", "03-41318972"])?.address,
    ).toEqual(["NO 1&3, JALAN ANGSA", "53300 KUALA LUMPUR"]);
  });

  it("keeps the address to the name's column", () => {
    const rows: Parameters<typeof layoutFromRows>[0] = [
      "Lieferant GmbH",
      [
        [0.05, "Lieferantenstraße 20"],
        [0.6, "RECHNUNG"],
      ],
      [
        [0.05, "80333 München"],
        [0.6, "Rechnungsnummer 471102"],
      ],
      [[0.6, "Rechnungsdatum 05.03.2013"]],
      "Kunden AG Mitte",
    ];
    expect(block(rows)?.address).toEqual(["Lieferantenstraße 20", "80333 München"]);
  });

  it("finds no address when a document line comes first", () => {
    expect(block(["ACME LTD", "TEL: 555-1234567", "12 MAIN STREET"])?.address).toEqual([]);
  });

  it("reads a legal form through OCR look-alikes and ends the name there", () => {
    expect(block(["tan woon yann", "BOOK TA .K (TAMAN DAYA) SDN 8HD", "78911 7-W", "NO.53, JALAN SAGU 18,", "JOHOR."])).toEqual({
      name: "BOOK TA .K (TAMAN DAYA) SDN BHD",
      address: ["NO.53, JALAN SAGU 18,", "JOHOR."],
    });
    expect(block(["SUPER.SEVEN CASH & CARRY SEN 3HD 7 5", "NO. 1 JALAN EURO 1"])?.name).toBe("SUPER.SEVEN CASH & CARRY SEN 3HD");
  });

  it("drops specks read as short words at the edges of a capitalised name", () => {
    expect(block(["YONG CEN ENTERPRISE Po ~", "9, JALAN SUBANG JASA 3,"])?.name).toBe("YONG CEN ENTERPRISE");
    expect(block(["| HOME MASTER HARDWARE &", "ELECTRICAL", "2, JALAN 7"])?.name).toBe("HOME MASTER HARDWARE & ELECTRICAL");
  });

  it("takes no long number or uncapitalised line for a name", () => {
    expect(block(["3180404 cefp ref", "BERRY'S CAKE HOUSE", "No.1, Jln Puteri 1/6,"])?.name).toBe("BERRY'S CAKE HOUSE");
  });

  it("ends the address at a label line after it", () => {
    expect(
      block(["LEONG HENG SHELL SERVICE STATION", "LOT 26151 BANDAR SG LONG,", "43000 KAJANG, SELANGOR", "Site : 2188"])?.address,
    ).toEqual(["LOT 26151 BANDAR SG LONG,", "43000 KAJANG, SELANGOR"]);
  });

  it("keeps two reader lines that share a slanted row apart", () => {
    const page = buildPageLayout(
      [
        { text: "TRI SHAAS SDN BHD", box: { x0: 0.3, y0: 0.093, x1: 0.6, y1: 0.11 } },
        { text: "MYDIN MART SRI MUDA", box: { x0: 0.33, y0: 0.1, x1: 0.7, y1: 0.118 } },
        { text: "4-20, Jalan Ria 25/62", box: { x0: 0.23, y0: 0.13, x1: 0.6, y1: 0.145 } },
      ],
      { source: "ocr" },
    );
    expect(findVendorBlock(buildPageRows(page))?.name).toBe("TRI SHAAS SDN BHD");
  });

  it("reads Malaysia's newer registration numbers, with the old one nested, as no part of the name or address", () => {
    expect(
      block(["TECK SOON ENTERPRISE (200956257752 (378340-E))", "NO.199 JLN AMPANG 5 SEKSYEN 12", "43500 SEMENYIH", "TEL: 019-226 8607"]),
    ).toEqual({ name: "TECK SOON ENTERPRISE", address: ["NO.199 JLN AMPANG 5 SEKSYEN 12", "43500 SEMENYIH"] });
    expect(block(["MEGAH HARDWARE PLT", "(200765276521 (948946-K))", "186, PERSIARAN DAMAI,", "83010 BATU PAHAT, JOHOR."])).toEqual({
      name: "MEGAH HARDWARE PLT",
      address: ["186, PERSIARAN DAMAI,", "83010 BATU PAHAT, JOHOR."],
    });
  });

  it("reads a registration number wrapped onto the next line, or glued to the name, as no part of the name", () => {
    expect(
      block(["KOPITIAM MERANTI (201954254549 (465010-", "W))", "NO.157, LORONG AMPANG 12,", "31243 IPOH, PERAK", "TEL: 05-2345678"]),
    ).toEqual({ name: "KOPITIAM MERANTI", address: ["NO.157, LORONG AMPANG 12,", "31243 IPOH, PERAK"] });
    expect(block(["GEMILANG OPTICAL(M)SDN.BHD.(200044254149 (1221353-A))", "36-3, JLN KENARI 3,", "80098 JOHOR BAHRU,"])?.name).toBe(
      "GEMILANG OPTICAL(M)SDN.BHD.",
    );
  });

  it("reads a registration number whose check letter the reader took for a digit", () => {
    expect(
      block([
        "SEJAHTERA FURNITURE",
        "(200913887156 (823845-1)",
        "LOT 8129,JALAN KENARI8/3",
        "BANDAR MERANTI,43500 SEMENYIH",
        "TEL: 08-4049014",
      ])?.address,
    ).toEqual(["LOT 8129,JALAN KENARI8/3", "BANDAR MERANTI,43500 SEMENYIH"]);
  });

  it("reads 'Co.Rg.No.' (a letter lost) as a registration label, not the address's first line", () => {
    expect(
      block(["KEDAI MAKAN RIMBUN", "Co.Rg.No. PG0310027-X3", "G-11, JLN SULTAN ISMAIL 3", "83094 BATU PAHAT", "TEL: 010-939 0489"])
        ?.address,
    ).toEqual(["G-11, JLN SULTAN ISMAIL 3", "83094 BATU PAHAT"]);
  });

  it("keeps a street number before a postcode and its town in the address; a phone or 'Fon' line ends it", () => {
    expect(
      block(["PERNIAGAAN ORKID TRADING", "COMPANY NO: 601250-W", "94-1 JALAN PUDU 16 83082 BATU PAHAT", "JOHOR", "TEL: 010-610 8446"])
        ?.address,
    ).toEqual(["94-1 JALAN PUDU 16 83082 BATU PAHAT", "JOHOR"]);
    expect(
      block(["RESTORAN MAJU JAYA", "LOT 3195 JALAN PERDANA", "SEKSYEN 24 40018 SHAH ALAM", "SELANGOR", "019-123 3966"])?.address,
    ).toEqual(["LOT 3195 JALAN PERDANA", "SEKSYEN 24 40018 SHAH ALAM", "SELANGOR"]);
    expect(block(["Lieferant GmbH", "Ecke 12", "12345 Stadthausen", "fon (555) 23 78 -0"])?.address).toEqual([
      "Ecke 12",
      "12345 Stadthausen",
    ]);
  });

  it("joins a legal form wrapped onto the next line with its registration number, and keeps that line out of the address", () => {
    expect(block(["Sunrise Stationery (Ampang Point) Sdn", "Bhd (720420-B)", "Lot 7261, Jalan Ss 17/11,", "10197 George Town,"])).toEqual({
      name: "Sunrise Stationery (Ampang Point) Sdn Bhd",
      address: ["Lot 7261, Jalan Ss 17/11,", "10197 George Town,"],
    });
  });

  it("takes no banner or greeting above the name for the name", () => {
    expect(block(["*** RE-PRINT ***", "RESTORAN SRI MURNI (1192949-D)", "NO.132, JLN CEMPAKA 20,"])?.name).toBe("RESTORAN SRI MURNI");
    expect(block(["SELAMAT DATANG", "KOPITIAM BAITUL", "NO. 12, JALAN DAMAI"])?.name).toBe("KOPITIAM BAITUL");
  });

  it("keeps a postcode glued to a town in capitals in the address", () => {
    expect(
      block(["HOCK KEE STATIONERY", "CO.REG.NO.:1089308-F", "71,JALAN USJ 22/2", "70396SEREMBAN,", "NEGERI SEMBILAN", "Tel: 016-418 2408"])
        ?.address,
    ).toEqual(["71,JALAN USJ 22/2", "70396SEREMBAN,", "NEGERI SEMBILAN"]);
  });

  it("takes the company name under a shop sign that shortens it", () => {
    expect(block(["PRIMA MOTOR", "SYARIKAT PRIMA MOTOR", "NO.166 JALAN KEMBOJA", "83042 BATU PAHAT"])?.name).toBe("SYARIKAT PRIMA MOTOR");
    // The name's words run together by the reader; or its business prefix, the sign its initials.
    expect(block(["NEW ERA", "NEW ERAENTERPRISE", "G-23,JLN KLANG LAMA 7", "46975 PETALING JAYA"])?.name).toBe("NEW ERAENTERPRISE");
    expect(block(["RA STORE", "RESTORANAMANAH", "49 LORONG AMPANG 2", "56003 CHERAS"])?.name).toBe("RESTORANAMANAH");
    expect(block(["KSY CAFE", "KOPITIAM SAN YUAN (1041554-Y)", "31-1, JALAN USJ 9/10", "SELANGOR"])).toEqual({
      name: "KOPITIAM SAN YUAN",
      address: ["31-1, JALAN USJ 9/10", "SELANGOR"],
    });
    expect(block(["RFI STORE", "PERNIAGAAN RIMBUN FOOD INDUSTRIES", "COMPANY N0: 874995-D", "LOT 2453 JALAN MEWAH 17/5"])?.name).toBe(
      "PERNIAGAAN RIMBUN FOOD INDUSTRIES",
    );
    // Its registration number wrapped onto the next line, prefixed by letters; a branch in brackets stays in a name.
    expect(block(["TAN MEI LING", "SYARIKAT SUNRISE FOOD INDUSTRIES (SA9062110-", "W)", "7,LORONG IPOH 1,", "43033 KAJANG"])?.name).toBe(
      "SYARIKAT SUNRISE FOOD INDUSTRIES",
    );
    expect(block(["CHUAN LEE PRINTING (SS2) SDN BHD", "NO. 12, JALAN SS2/24", "47300 PETALING JAYA"])?.name).toBe(
      "CHUAN LEE PRINTING (SS2) SDN BHD",
    );
    // A person or greeting over the name whose registration number follows it.
    expect(block(["TAN MEI LING", "Tai Fook Electrical", "CO.REG.N0.:PG3293032-T", "38-1, Jalan Pju 6/8,", "41105 Klang,"])?.name).toBe(
      "Tai Fook Electrical",
    );
    // Initials joined by "&" ("RE&H" for "RIMBUN ELECTRICAL & HARDWARE"), even where the reader glued the name's words.
    expect(block(["RE&H CAFE", "RIMBUN ELECTRICAL&HARDWAREPLT", "109,JLN CEMPAKA 11,", "47131 PUCHONG,"])?.name).toBe(
      "RIMBUN ELECTRICAL&HARDWAREPLT",
    );
    // An owner's name over the business name a Malaysian company word starts.
    expect(block(["TAN MEI LING", "SYARIKAT SOON HUAT FURNITURE", "34-2 JALAN PJU 8/3", "70072 SEREMBAN"])?.name).toBe(
      "SYARIKAT SOON HUAT FURNITURE",
    );
    // A welcome whose space the reader lost is no name.
    expect(block(["SELAMATDATANG", "HARMONI OPTICAL", "PERNIAGAAN HARMONI OPTICAL", "CO.REG.NO.:646734-H", "25292 KUANTAN"])?.name).toBe(
      "PERNIAGAAN HARMONI OPTICAL",
    );
    // A second line that does not spell out the first is the sign's tagline: the sign stays the name.
    expect(block(["THREE STOOGES", "BISTRO & CAFE", "109, SS21/1A,", "DAMANSARA UTAMA"])?.name).toBe("THREE STOOGES");
  });

  it("returns null for a page without a plausible name", () => {
    expect(block(["12345", "25/12/2018"])).toBeNull();
  });
});
