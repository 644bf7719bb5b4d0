import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findFooterLegalName } from "./find-footer-legal-name";
import { buildPageRows } from "./page-rows";

const footerPage = (footer: Parameters<typeof layoutFromRows>[0]) =>
  buildPageRows(layoutFromRows([...Array.from({ length: 30 - footer.length }, () => ""), ...footer]));

describe("findFooterLegalName", () => {
  it("joins the lines a footer column wrapped the name over, cut where the next column starts on the name's line", () => {
    // One reader line each, as a text layer gives them: the columns two characters apart above, five below.
    const page = footerPage(["Instalaciones  Teléfono 970 11 76 73", "Ruiz S.L.      facturacion@instalaciones-ruiz.es"]);
    expect(findFooterLegalName([page], "RUIZ Instalaciones")?.name).toBe("Instalaciones Ruiz S.L.");
  });

  it("ends the name at a part separator the reader read as a dash glued to the next part ('Ltd -Unit 14')", () => {
    const page = footerPage(["Northern Consulting Ltd -Unit 14,Meadow Business Park-Manchester M1 2AB"]);
    expect(findFooterLegalName([page], "NORTHERN Consulting")?.name).toBe("Northern Consulting Ltd");
  });

  it("reads a legal form glued on in small letters ('Ashdownplc')", () => {
    const page = footerPage(["Whitfield &Ashdownplc·Unit1,RiversideBusinessPark·Bristol BS15TR"]);
    expect(findFooterLegalName([page], "WHITFIELD Consulting")?.name).toBe("Whitfield &Ashdownplc");
  });

  it("ends the name at a separator read as a colon after the legal form ('N.V.:oudegracht'), and reads 'V.0.F.'", () => {
    const colon = footerPage(["Jansen Installatietechniek N.V.:oudegracht 141 · 3011 AB Rotterdam"]);
    expect(findFooterLegalName([colon], "JANSEN Installatietechniek")?.name).toBe("Jansen Installatietechniek N.V.");
    const zero = footerPage(["Holland LogistiekV.0.F.·Dorpsstraat 346·3511 LX Utrecht"]);
    expect(findFooterLegalName([zero], "HOLLAND")?.name).toBe("Holland LogistiekV.0.F.");
  });

  it("takes no footer name the letterhead doesn't spell a word of", () => {
    expect(findFooterLegalName([footerPage(["Ruiz S.L. · Calle San Vicente, 27"])], "ACME")).toBeNull();
  });
});
