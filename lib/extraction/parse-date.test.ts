import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date";

describe("parseDate", () => {
  it.each([
    ["2024-01-31", "2024-01-31"],
    ["2024/1/5", "2024-01-05"],
    ["31/01/2024", "2024-01-31"],
    ["01/31/2024", "2024-01-31"],
    ["12/28/2017", "2017-12-28"],
    ["31.01.2024", "2024-01-31"],
    ["11.02.18", "2018-02-11"],
    ["31-01-19", "2019-01-31"],
    ["28-03-18", "2018-03-28"],
    ["4/02/2017", "2017-02-04"],
    ["20240131", "2024-01-31"],
    ["30032018", "2018-03-30"],
    ["25/12/20188:13:39PM", "2018-12-25"],
    ["02/03/1805:16PM", "2018-03-02"],
    ["18/03/1813:45", "2018-03-18"],
    ["20 NOV 201621:11", "2016-11-20"],
    ["3-Jan-201909:05:11", "2019-01-03"],
    ["16-JUL-183:41 PM", "2018-07-16"],
    ["16-JUL-1813:41", "2018-07-16"],
    ["2017-12-185:58 PM", "2017-12-18"],
    ["04.12.20167:11:45P", "2016-12-04"],
    ["2019-03-0110:35", "2019-03-01"],
    // The space before the time read as a colon or full stop.
    ["21/10/19:20:57", "2019-10-21"],
    ["05.02.2019.10:31:02", "2019-02-05"],
    ["2018-12-13:8:43:23 PM", "2018-12-13"],
    ["25 Dec 2018", "2018-12-25"],
    ["25-Dec-18", "2018-12-25"],
    // A scan's reader dropped the spaces.
    ["26settembre2023", "2023-09-26"],
    ["9 Dec2025", "2025-12-09"],
    ["25th December 2018", "2018-12-25"],
    ["December 25, 2018", "2018-12-25"],
    ["August 3 , 2014", "2014-08-03"],
    ["Jan 1, 2022", "2022-01-01"],
    ["25. Januar 2024", "2024-01-25"],
    ["5. März 2024", "2024-03-05"],
    ["02 Juillet 2015", "2015-07-02"],
    ["1er août 2023", "2023-08-01"],
    ["14 de marzo de 2024", "2024-03-14"],
    ["5 de março de 2024", "2024-03-05"],
    // Run together by a scan's reader.
    ["24de agostode2023", "2023-08-24"],
    ["1 deabril de2024", "2024-04-01"],
    ["23denoviembrede2024", "2024-11-23"],
    // The longest month name, ten letters.
    ["27 de septiembre de 2025", "2025-09-27"],
    ["Septiembre 27, 2025", "2025-09-27"],
    ["14 marzo 2024", "2024-03-14"],
    ["3 dicembre 2023", "2023-12-03"],
    ["14 maart 2024", "2024-03-14"],
    ["1 mei 2024", "2024-05-01"],
    ["10-ene-2024", "2024-01-10"],
    [": 14-02-2018", "2018-02-14"],
    ["2019-07-01.", "2019-07-01"],
    ["05/05/1999", "1999-05-05"],
  ])("%s → %s", (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it("reads ambiguous day/month as day first, and says so", () => {
    expect(parseDate("03/04/2018")).toEqual({ iso: "2018-04-03", ambiguous: true, format: "numeric" });
    expect(parseDate("13/04/2018")).toEqual({ iso: "2018-04-13", ambiguous: false, format: "numeric" });
    expect(parseDate("04/04/2018")?.ambiguous).toBe(false);
  });

  it("marks compact dates, which look like ids", () => {
    expect(parseDate("20180304")?.format).toBe("compact");
  });

  it.each([
    ["31/02/2024"],
    ["2024-13-01"],
    ["13/13/2018"],
    ["1 - July 31"],
    ["Dec 2018"],
    ["12:30:45"],
    ["INV-2024-0042"],
    ["12345678"],
    ["hello"],
    ["29/02/2023"],
    // Not a misread date: a lost separator leaves a year that is no year, a month's name needs its letters.
    ["22.12 3019"],
    ["05.027016"],
    ["14 3U8-2018"],
    ["530-04-2023"],
    ["05/19/238"],
    ["12.50 x3"],
    // One slip could mean two months (JUN, JUL); a time is no date.
    ["12 JUM 2018"],
    ["10:57"],
    // A sort code: no full year, so no zero read as an eight.
    ["89-83-12"],
  ])("rejects %s", (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it.each([
    ["05 FE8 2019", "2019-02-05"],
    ["14 3UL-2018", "2018-07-14"],
    ["24-N0V-18", "2018-11-24"],
    ["1 JU1 2019", "2019-07-01"],
    ["04/07/2819", "2019-07-04"],
    ["22.12 2019", "2019-12-22"],
    ["24.02:2017", "2017-02-24"],
    ["05.022016", "2016-02-05"],
    ["0502.2016", "2016-02-05"],
    ["130-04-2023", "2023-04-30"],
    ["05/19/218", "2018-05-19"],
    ["24 MAY 2817", "2017-05-24"],
    ["08 HAR 2016", "2016-03-08"],
    ["15 OV 2018", "2018-11-15"],
    ["08 12.2016", "2016-12-08"],
    ["19:01.2018", "2018-01-19"],
    ["27.88.2817", "2017-08-27"],
    ["89-83-2019", "2019-03-09"],
    ["Dec 3l, 2025", "2025-12-31"],
    ["March l2 2024", "2024-03-12"],
    ["ler septembre 2024", "2024-09-01"],
    ["2025- 02- 17", "2025-02-17"],
    ["2025-09- 04", "2025-09-04"],
  ])("reads %s, a scan's misreading, as %s and says it was repaired", (text, iso) => {
    expect(parseDate(text)).toMatchObject({ iso, repaired: true });
  });

  it("does not call a plainly printed date repaired", () => {
    expect(parseDate("05 FEB 2019")?.repaired).toBeUndefined();
    expect(parseDate("04/07/2019")?.repaired).toBeUndefined();
    // "17. 02. 2025": a space after each full stop is how German prints it.
    expect(parseDate("17. 02. 2025")?.iso).toBe("2025-02-17");
    expect(parseDate("17. 02. 2025")?.repaired).toBeUndefined();
  });

  it("accepts 29 February in leap years only", () => {
    expect(parseDate("29/02/2024")?.iso).toBe("2024-02-29");
  });
});
