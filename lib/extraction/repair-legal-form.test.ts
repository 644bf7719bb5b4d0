import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findVendorBlock } from "./find-vendor-block";
import { buildPageRows } from "./page-rows";
import { repairLegalForm } from "./repair-legal-form";

const repaired = (line: string) =>
  repairLegalForm(buildPageRows(layoutFromRows([line])).words)
    .map((word) => word.text)
    .join(" ");

describe("repairLegalForm", () => {
  it.each([
    ["SOON HUAT MARKETING SDN BHO", "SOON HUAT MARKETING SDN BHD"],
    ["TAI FOOK MINI MARKET (M) SON.8HD,", "TAI FOOK MINI MARKET (M) SDN.BHD,"],
    ["CEMERLANG BAKERY(M) SON BHD", "CEMERLANG BAKERY(M) SDN BHD"],
    ["Broadview Marketing 5dn Bhd", "Broadview Marketing Sdn Bhd"],
    ["Golden Leat Hospitality Sdn shd", "Golden Leat Hospitality Sdn Bhd"],
    ["ACME TRADING PTE 1TD", "ACME TRADING PTE LTD"],
    ["Conseil MercierS.A.", "Conseil Mercier S.A."],
  ])("%s → %s", (line, expected) => {
    expect(repaired(line)).toBe(expected);
  });

  it.each([["JOHNSON & SON"], ["SON BAKERY"], ["Lim Sdn Bhd"], ["SDN Bhd"], ["KEDAI SDN TRADING"]])("leaves %s as printed", (line) => {
    expect(repaired(line)).toBe(line);
  });
});

describe("findVendorBlock: a name whose legal form the reader misread, or printed on the next line", () => {
  it("joins a legal form on its own line, with its registration number, to the name above it", () => {
    const page = buildPageRows(
      layoutFromRows([
        "SELAMATDATANG",
        "RIMBUN BUILDING MATERIALS (PUCHONG JAYA)",
        "SDN BHD (PG0242538-X)",
        "G-35, PERSIARAN PERDANA,",
        "43500 SEMENYIH, SELANGOR",
      ]),
    );
    expect(findVendorBlock(page)?.name).toBe("RIMBUN BUILDING MATERIALS (PUCHONG JAYA) SDN BHD");
  });

  it("keeps the legal form, spelled right, and ends the name there whatever mark follows it", () => {
    const page = buildPageRows(
      layoutFromRows([
        "TAI FOOK MINI MARKET (M) SON.8HD,(201744335496 (1013019-C)",
        "G-4 JALAN MUTIARA 3 PUSAT PERNIAGAAN MERANTI",
        "70385 SEREMBAN NEGERI SEMBILAN",
        "TEL: 05-2543785",
      ]),
    );
    expect(findVendorBlock(page)?.name).toBe("TAI FOOK MINI MARKET (M) SDN.BHD,");
    const bho = buildPageRows(layoutFromRows(["SOON HUAT MARKETING SDN BHO", "(252257-W)", "1-3, JALAN TPP 24/9", "31340 IPOH, PERAK"]));
    expect(findVendorBlock(bho)?.name).toBe("SOON HUAT MARKETING SDN BHD");
  });
});
