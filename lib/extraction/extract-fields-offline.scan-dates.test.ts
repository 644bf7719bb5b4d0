// A receipt's date as a poor scan's reader returns it: its label run into it, a letter of the month read as a
// digit, a separator lost, a year's 0 read as 8 (harsh synthetic receipt scans, session 9).

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

const RECEIPT_FIELDS = [field("date", "Date", "date"), field("total_amount", "Total Amount", "number")];

function receipt(dateLine: string) {
  return layoutFromRows([
    "KEDAI MAKAN BINTANG",
    "TEL NO: 03-97765951",
    "Receipt No: ZU847064",
    dateLine,
    [
      [0.05, "SPANNER SET"],
      [0.7, "276.50"],
    ],
    [
      [0.05, "TOTAL"],
      [0.7, "276.50"],
    ],
  ]);
}

describe("extractFieldsOffline: a receipt's date misread by the scan's reader", () => {
  it.each([
    ["DL12/3/2019", "2019-03-12"],
    ["Tar1kh:.24-NOv-18", "2018-11-24"],
    ["Dat/Tim: 14 3UL-2018 Te: 20:22", "2018-07-14"],
    ["04/07/2819", "2019-07-04"],
    ["22.12 2019 10:35", "2019-12-22"],
    ["05.022016 20:33", "2016-02-05"],
  ])("reads %s as %s, less surely than a date printed plainly", async (dateLine, iso) => {
    const { date } = await extract(RECEIPT_FIELDS, [receipt(dateLine)]);
    expect(date.normalizedValue).toBe(iso);
    const plain = (await extract(RECEIPT_FIELDS, [receipt(`Date: ${iso}`)])).date;
    expect(date.confidence).toBeLessThan(plain.confidence);
  });

  it("reads a month's name with a letter read as a digit under a clear label ('Date: 05 FE8 2019')", async () => {
    const { date } = await extract(RECEIPT_FIELDS, [receipt("Date: 05 FE8 2019")]);
    expect(date.normalizedValue).toBe("2019-02-05");
  });
});
