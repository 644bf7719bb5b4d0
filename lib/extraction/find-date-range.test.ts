import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findDateRanges } from "./find-date-range";
import { buildPageRows } from "./page-rows";

function ranges(lines: string[]) {
  return findDateRanges([buildPageRows(layoutFromRows(lines))]).map((range) => ({
    start: range.start.iso,
    end: range.end.iso,
    labelled: range.labelled,
  }));
}

describe("findDateRanges", () => {
  it("completes a first end printed as a bare day from the second's month and year (French)", () => {
    expect(ranges(["Free Haut Débit du 1er au 31 Juillet 2015 29.99"])).toEqual([
      { start: "2015-07-01", end: "2015-07-31", labelled: true },
    ]);
    // "1er" misread as "ler".
    expect(ranges(["Free Haut Débit du ler au 31 Juillet 2015 29.99"])[0]?.start).toBe("2015-07-01");
  });

  it("reads numeric ranges with a dash, glued or spaced, and says whether the row names a period", () => {
    expect(ranges(["Billing period: 01/03/2023-31/03/2023", "Usage 01/04/2023 - 30/04/2023"])).toEqual([
      { start: "2023-03-01", end: "2023-03-31", labelled: true },
      { start: "2023-04-01", end: "2023-04-30", labelled: false },
    ]);
  });

  it("borrows the year for a day and month printed without it (English, German)", () => {
    expect(ranges(["Service from 1 July to 31 July 2015"])).toEqual([{ start: "2015-07-01", end: "2015-07-31", labelled: true }]);
    expect(ranges(["Leistungszeitraum vom 01.07. bis 31.07.2015"])).toEqual([{ start: "2015-07-01", end: "2015-07-31", labelled: true }]);
  });

  it("takes no pair of dates that is not a period: reversed, more than a year apart, or not joined by a range word", () => {
    expect(ranges(["31/03/2023 - 01/03/2023", "01/03/2020 to 31/03/2023", "Date 01/03/2023 Due 31/03/2023"])).toEqual([]);
  });
});
