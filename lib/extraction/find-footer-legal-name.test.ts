import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, linesAt } from "@/tests/fixtures/extraction/build-page-layout";
import { findFooterLegalName } from "./find-footer-legal-name";
import { buildPageRows } from "./page-rows";

const footerPage = (footer: Parameters<typeof layoutFromRows>[0]) =>
  buildPageRows(layoutFromRows([...Array.from({ length: 30 - footer.length }, () => ""), ...footer]));

describe("findFooterLegalName", () => {
  it("joins the lines a footer column wrapped the name over, cut where the next column starts on the name's line", () => {
    // One reader line each, as a text layer gives them: the columns two characters apart above, five below.
    const page = footerPage(["Instalaciones  Teléfono 970 11 76 73", "Ruiz S.L.      facturacion@instalaciones-ruiz.es"]);
    expect(findFooterLegalName([page], "RUIZ Instalaciones")?.name).toBe("Instalaciones Ruiz S.L.");
    // Words the letterhead doesn't print but the site's name spells.
    const site = footerPage([
      [
        [0.05, "Romero & Sánchez"],
        [0.25, "Teléfono +34 901 215 140"],
      ],
      [
        [0.05, "Instalaciones S.L."],
        [0.25, "info@romerosanchezinstalaciones.es"],
      ],
      [
        [0.05, "Calle San Vicente, 70"],
        [0.25, "www.romerosanchezinstalaciones.es"],
      ],
    ]);
    expect(findFooterLegalName([site], "ROMERO Instalaciones")?.name).toBe("Romero & Sánchez Instalaciones S.L.");
    // A capital I the reader took for an l ("lbérica" for "Ibérica") starts a word the letterhead spells.
    const misread = footerPage([
      [
        [0.05, "lbérica"],
        [0.25, "Telefono 984 19 31 92"],
      ],
      [
        [0.05, "Construcciones"],
        [0.25, "facturacion@iberica"],
      ],
      [
        [0.05, "S.L.U."],
        [0.25, "construcciones.es"],
      ],
    ]);
    expect(findFooterLegalName([misread], "IBERICA Construcciones")?.name).toBe("lbérica Construcciones S.L.U.");
    // A word the reader boxed a little wider than printed, into the next column's line ("Distribuciones" over
    // "Telefono…"): its middle tells its column.
    const wide = buildPageRows(
      buildPageLayout(
        linesAt([
          ["Distribuciones", 0.096, 0.213, 0.873, 0.885],
          ["Telefono+34947406397", 0.207, 0.391, 0.874, 0.883],
          ["Iberica S.A.", 0.095, 0.174, 0.886, 0.897],
          ["administracion@distribuciones-", 0.21, 0.431, 0.887, 0.897],
          ["Paseo de", 0.095, 0.159, 0.899, 0.91],
          ["iberica.es", 0.21, 0.277, 0.9, 0.91],
        ]),
        { source: "ocr" },
      ),
    );
    expect(findFooterLegalName([wide], "IBERICA Distribuciones")?.name).toBe("Distribuciones Iberica S.A.");
  });

  it("ends the name at a part separator the reader read as a dash glued to the next part ('Ltd -Unit 14')", () => {
    const page = footerPage(["Northern Consulting Ltd -Unit 14,Meadow Business Park-Manchester M1 2AB"]);
    expect(findFooterLegalName([page], "NORTHERN Consulting")?.name).toBe("Northern Consulting Ltd");
    const number = footerPage(["Holloway& Thornbury Consulting Ltd-178 Mill Lane·Manchester·M1 2AB-T+44 130 496 0926"]);
    expect(findFooterLegalName([number], "HOLLOWAY Consulting")?.name).toBe("Holloway& Thornbury Consulting Ltd");
  });

  it("ends the name at a separator read as a full stop glued after the legal form, which it drops ('GmbH. Industriestrasse')", () => {
    const page = footerPage(["Baumann Druck GmbH. Industriestrasse 117. 9000 St. Gallen. Telefon +41 42 796 07 02"]);
    expect(findFooterLegalName([page], "BAUMANN Druck")?.name).toBe("Baumann Druck GmbH");
    const dotted = footerPage(["Ferretti Forniture S.p.A.. Via Roma 12. 20121 Milano"]);
    expect(findFooterLegalName([dotted], "FERRETTI Forniture")?.name).toBe("Ferretti Forniture S.p.A.");
    const initials = footerPage(["Installatietechniek Meijer N.V. Kerkstraat 19. 3511 LX Utrecht"]);
    expect(findFooterLegalName([initials], "MEIJER Installatietechniek")?.name).toBe("Installatietechniek Meijer N.V.");
    // The next part glued on after the full stop.
    const glued = footerPage(["Informatik Jura AG.Dorfstrasse 64.9000 St.Gallen. Telefon +41 78 906 18 43"]);
    expect(findFooterLegalName([glued], "JURA Informatik")?.name).toBe("Informatik Jura AG");
    const gluedInitials = footerPage(["Rossi Forniture S.r.l.Via Roma 12. 20121 Milano"]);
    expect(findFooterLegalName([gluedInitials], "ROSSI Forniture")?.name).toBe("Rossi Forniture S.r.l.");
    const gluedNumber = footerPage(["Transports Dubois SASU.23 avenue Jean Jaures·44000 NANTES ·Tel +335 07 5378 14"]);
    expect(findFooterLegalName([gluedNumber], "DUBOIS Transports")?.name).toBe("Transports Dubois SASU");
    // A company word's own full stop, then the separator's glued to the house number, under a letterhead without a legal form.
    const companyWord = footerPage(["Summit & Whitman Media Co..4706 Broadway, Suite 455. Seattle, WA 98101. Tel (725) 555-0348"]);
    expect(findFooterLegalName([companyWord], "SUMMIT Media", true)?.name).toBe("Summit & Whitman Media Co.");
    // A legal form of two words runs on past the first one's full stop.
    const kg = footerPage(["Berger Logistik GmbH & Co. KG. Hauptstraße 57a. 80331 München"]);
    expect(findFooterLegalName([kg], "BERGER Logistik")?.name).toBe("Berger Logistik GmbH & Co. KG");
  });

  it("ends the name before a phone number glued to its label ('SAS Tél0208455242')", () => {
    const page = footerPage(["Informatique Lefevre SAS Tél0208455242 Reglement par virement: Credit SIRET 234 928 398 42543"]);
    expect(findFooterLegalName([page], "LEFEVRE Informatique")?.name).toBe("Informatique Lefevre SAS");
  });

  it("joins a legal form's bracketed qualifier the footer column wrapped under it ('UG' over '(haftungsbeschränkt)')", () => {
    const page = footerPage([
      [
        [0.05, "Krüger Haustechnik UG"],
        [0.3, "Fon 0856 / 246 37 27"],
      ],
      [
        [0.05, "(haftungsbeschränkt)"],
        [0.3, "info@krugerhaustechnik.de"],
      ],
    ]);
    expect(findFooterLegalName([page], "KRÜGER Haustechnik")?.name).toBe("Krüger Haustechnik UG (haftungsbeschränkt)");
  });

  it("reads a legal form glued on in small letters ('Ashdownplc')", () => {
    const page = footerPage(["Whitfield &Ashdownplc·Unit1,RiversideBusinessPark·Bristol BS15TR"]);
    expect(findFooterLegalName([page], "WHITFIELD Consulting")?.name).toBe("Whitfield &Ashdownplc");
    // Dotted initials starting small ("e.K.").
    const dotted = footerPage(["Hansa Haustechnike.K. ·Bahnhofstraße53a·01067 Dresden ·Tel.0498/ 91169 88"]);
    expect(findFooterLegalName([dotted], "HANSA Haustechnik")?.name).toBe("Hansa Haustechnike.K.");
  });

  it("ends the name at a separator read as a colon after the legal form ('N.V.:oudegracht'), and reads 'V.0.F.'", () => {
    const colon = footerPage(["Jansen Installatietechniek N.V.:oudegracht 141 · 3011 AB Rotterdam"]);
    expect(findFooterLegalName([colon], "JANSEN Installatietechniek")?.name).toBe("Jansen Installatietechniek N.V.");
    // Or standing apart before the next part ("S.r.l.: Corso Italia 63").
    const apart = footerPage(["Ferretti & Colombo S.r.l.: Corso Italia 63.10121 Torino (T0).Telefono +39 03 1840 211"]);
    expect(findFooterLegalName([apart], "FERRETTI Informatica")?.name).toBe("Ferretti & Colombo S.r.l.");
    // Apart, the street's capital misread ("B.V.: oudegracht 281.").
    const lower = footerPage(["Holland Advies B.V.: oudegracht 281. 9711 LM Groningen. Tel.033 - 601 04 36"]);
    expect(findFooterLegalName([lower], "HOLLAND Advies")?.name).toBe("Holland Advies B.V.");
    const zero = footerPage(["Holland LogistiekV.0.F.·Dorpsstraat 346·3511 LX Utrecht"]);
    expect(findFooterLegalName([zero], "HOLLAND")?.name).toBe("Holland LogistiekV.0.F.");
  });

  it("takes no footer name the letterhead doesn't spell a word of", () => {
    expect(findFooterLegalName([footerPage(["Ruiz S.L. · Calle San Vicente, 27"])], "ACME")).toBeNull();
  });

  it("joins a legal form the column wrapped to the next line with its initials spaced apart ('N. V.')", () => {
    const page = footerPage([
      [
        [0.05, "Bakker Kantoorinrichting"],
        [0.3, "Tel. 033 - 487 68 06"],
      ],
      [
        [0.05, "N. V."],
        [0.3, "administratie@bakkerkantoorinrichting.nl"],
      ],
    ]);
    expect(findFooterLegalName([page], "FACTUUR BAKKER Kantoorinrichting")?.name).toBe("Bakker Kantoorinrichting N.V.");
  });

  it("finds the letterhead's words in a footer name the reader ran together ('ICTAmstelB.V.-NieuweBinnenweg311-A')", () => {
    const page = footerPage(["ICTAmstelB.V.-NieuweBinnenweg311-A·3511 LXUtrecht·Telefoon+31518334482"]);
    expect(findFooterLegalName([page], "Factuur AMSTEL ICT")?.name).toBe("ICTAmstelB.V.");
    // Its legal form in capitals run on to the name's small letters, the street glued on after a full stop.
    const camel = footerPage(["ConseilAlpesSAS.4rueVictorHugo·67000STRASBOURG.Tel+33185210208·facturation@conseil-alpes.fr"]);
    expect(findFooterLegalName([camel], "ALPES Conseil")?.name).toBe("ConseilAlpes SAS");
  });

  it("ends the name before an American phone number glued to its label ('LLC Tel(311)555-0564')", () => {
    const page = footerPage(["Bennett&Whitman Plumbing LLC Tel(311)555-0564        Wire / ACH: Wells Fargo Bank EIN 26-5137207"]);
    expect(findFooterLegalName([page], "Invoice BENNETT Plumbing")?.name).toBe("Bennett&Whitman Plumbing LLC");
  });
});
