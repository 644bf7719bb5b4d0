import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findCapitalStatementName } from "./find-capital-statement-name";
import { buildPageRows } from "./page-rows";

const nameIn = (lines: string[]) => findCapitalStatementName([buildPageRows(layoutFromRows(lines))])?.name ?? null;

describe("findCapitalStatementName", () => {
  it("reads the name before the legal form of a share-capital statement", () => {
    expect(nameIn(["Free SAS au capital de 3.441.812 Euros − B 421 938 861 RCS Paris"])).toBe("Free");
    expect(nameIn(["Fenêtres Dupont, société par actions simplifiée au capital social de 5 000 €"])).toBe("Fenêtres Dupont");
    expect(nameIn(["Acme Widgets Ltd, with a share capital of £1,000, registered in England"])).toBe("Acme Widgets");
  });

  it("reads the statement in small print whose spaces the reader lost", () => {
    expect(nameIn(["FreeSASau capital de3.441.812Euros-B 421 938861RCSParis-Siege social: 8rue"])).toBe("Free");
    expect(nameIn(["NETPRESSE", "Siege social: 16rue Mollien-92100BOULOGNE", "Sarl au capital de10 000E-RSC Paris B 530 848 134"])).toBe(
      "NETPRESSE",
    );
    // Only a legal form in capitals is cut off a glued name.
    expect(nameIn(["Lisa au capital de 5 000 €"])).toBe("Lisa");
  });

  it("takes the footer line above a statement that starts its line, past the seat's address", () => {
    const footer = ["NETPRESSE", "Siège social : 16 rue Mollien - 92100 BOULOGNE", "Sarl au capital de 10 000€ - RCS Paris B 530 848 134"];
    expect(nameIn(footer)).toBe("NETPRESSE");
  });

  it("finds nothing in prose that mentions capital, or where no name stands near the statement", () => {
    expect(nameIn(["Payments to Capital One Bank", "Working capital of the fund"])).toBeNull();
    expect(nameIn(["Total 10 000,00 €", "Siège : 16 rue Mollien 92100", "Sarl au capital de 10 000€"])).toBeNull();
  });

  it("names nobody from another footer column's words before the statement", () => {
    const footer = layoutFromRows([
      [
        [0.086, "République"],
        [0.248, "www.conseil-bretagne.fr"],
        [0.438, "BIC BNPAFRPP"],
        [0.723, "Capital social 50 000 €"],
      ],
    ]);
    expect(findCapitalStatementName([buildPageRows(footer)])).toBeNull();
  });
});
