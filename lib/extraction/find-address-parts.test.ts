import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findAddressPart, type TAddressPart } from "./find-address-parts";
import { buildPageRows } from "./page-rows";

function parts(lines: string[]) {
  const rows = buildPageRows(layoutFromRows(lines)).rows;
  const read = (part: TAddressPart) => findAddressPart(rows, part)?.text ?? null;
  return { street: read("street"), city: read("city"), postcode: read("postcode"), state: read("state") };
}

describe("findAddressPart", () => {
  it("reads a US address: town, state code, ZIP", () => {
    expect(parts(["4557 De Silva St", "Fremont, CA 94538", "United States"])).toEqual({
      street: "4557 De Silva St",
      city: "Fremont",
      postcode: "94538",
      state: "CA",
    });
  });

  it("reads European and Malaysian addresses: postcode, town, a region after a comma or on the next line", () => {
    expect(parts(["Lieferantenstraße 20", "80333 München", "Deutschland"])).toEqual({
      street: "Lieferantenstraße 20",
      city: "München",
      postcode: "80333",
      state: "Deutschland",
    });
    expect(parts(["LOT 26151 BANDAR SG LONG", "11 1/4 MILES CHERAS", "43000 KAJANG,SELANGOR"])).toMatchObject({
      street: "LOT 26151 BANDAR SG LONG",
      city: "KAJANG",
      postcode: "43000",
      state: "SELANGOR",
    });
  });

  it("finds nothing without a postcode line, and ignores phone numbers", () => {
    expect(parts(["NO.9.JALAN MANIS 3", "CHERAS. S6100 KUALA LUMPUR", "TEL: 03-9130 2672"])).toEqual({
      street: null,
      city: null,
      postcode: null,
      state: null,
    });
  });
});
