import { describe, expect, it } from "vitest";
import { parseNumber } from "./parse-number";

describe("parseNumber", () => {
  it("reads an amount whose decimal mark a scan's reader took for the thousands mark, and says it was misread", () => {
    expect(parseNumber("2.775.68EUR")).toEqual({ value: 2775.68, decimals: 2, misread: true });
    expect(parseNumber("1,234,56")).toEqual({ value: 1234.56, decimals: 2, misread: true });
    expect(parseNumber("12.03.24")).toBeNull();
  });

  it.each([
    ["4,200.00", 4200, 2],
    ["$4,200.00", 4200, 2],
    ["4.200,00", 4200, 2],
    ["4 200,00 €", 4200, 2],
    ["4\u00a0200,00", 4200, 2],
    ["1'234.50", 1234.5, 2],
    ["RM 12.50", 12.5, 2],
    [":75.04", 75.04, 2],
    ["RM53.60", 53.6, 2],
    // An abbreviated code's full stop glued to the amount.
    ["Rs.319.00", 319, 2],
    ["Rs. 1,319.00", 1319, 2],
    ["RM.0.00", 0, 2],
    ["EUR 529,87", 529.87, 2],
    ["529,87 EUR", 529.87, 2],
    ["USD 1,234,567.89", 1234567.89, 2],
    ["1.234.567", 1234567, 0],
    ["4,200", 4200, 0],
    ["12,5", 12.5, 1],
    ["0,500", 0.5, 3],
    ["9.000", 9, 3],
    ["15.90", 15.9, 2],
    ["42", 42, 0],
    ["-0.02", -0.02, 2],
    ["-14,73", -14.73, 2],
    ["5.00-", -5, 2],
    ["(5.00)", -5, 2],
    ["9.00.", 9, 2],
    ["£ 99.99", 99.99, 2],
    // A dash glued between a currency code and the digits separates them; a negative is printed otherwise.
    ["RM-38.80", 38.8, 2],
    ["-RM38.80", -38.8, 2],
    ["RM -38.80", -38.8, 2],
  ])("%s → %d", (text, value, decimals) => {
    expect(parseNumber(text)).toEqual({ value, decimals });
  });

  it.each([
    ["6%"],
    ["1X7.00"],
    ["A4"],
    ["abc"],
    [""],
    ["12/03/2018"],
    ["1,2,3"],
    ["4.200,00,00"],
    ["1 2"],
    ["1 200.00 3"],
    ["03-41318972"],
  ])("rejects %s", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
