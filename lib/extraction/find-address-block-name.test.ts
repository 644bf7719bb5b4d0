import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findAddressBlockName } from "./find-address-block-name";
import { buildPageRows } from "./page-rows";

describe("findAddressBlockName", () => {
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
});
