import { describe, expect, it } from "vitest";
import { repairDigitLetterConfusion } from "./repair-digit-letter-confusion";

describe("repairDigitLetterConfusion", () => {
  it.each([
    ["433OO SERI KEMBANGAN", "43300 SERI KEMBANGAN"],
    ["PEIALING.5700O KUALA LUMPUR", "PEIALING.57000 KUALA LUMPUR"],
    ["L0T 1851-A & 1851-B", "LOT 1851-A & 1851-B"],
    ["GROUND FLO0R", "GROUND FLOOR"],
    ["RAISIN ALM0ND BREAD", "RAISIN ALMOND BREAD"],
    ["Sungai Bul0h", "Sungai Buloh"],
    ["Gutschrift 471l02", "Gutschrift 471102"],
    ["Invoice 20I9", "Invoice 2019"],
  ])("%s → %s", (read, repaired) => {
    expect(repairDigitLetterConfusion(read)).toBe(repaired);
  });

  it.each([
    ["Order ID: 0D304175096047380001"],
    ["Diesel 10l"],
    ["Il 12"],
    ["RM0.50 RMO.02"],
    ["TOTAL 10.00"],
    ["A0 poster"],
    ["N0 : 123"],
    ["Room 101, OO"],
    ["1O"],
  ])("leaves %s as read", (read) => {
    expect(repairDigitLetterConfusion(read)).toBe(read);
  });
});
