import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { buildPageRows } from "./page-rows";
import { rateOf, sumPerRate } from "./sum-tax-by-rate";

const row = (text: string) => buildPageRows(layoutFromRows([text])).rows[0];

describe("sum-tax-by-rate", () => {
  it("finds the rate printed in a row", () => {
    expect(rateOf(row("USt. 19% 198,00 37,62"))).toBe("19");
    expect(rateOf(row("MwSt 7,5 % 10,00"))).toBe("7.5");
    expect(rateOf(row("VAT (20%) on 1,549.00"))).toBe("20");
    expect(rateOf(row("IVA 21%: 89,47"))).toBe("21");
    // The sign glued to the label after it by a scan's reader.
    expect(rateOf(row("7 %USt 143,60"))).toBe("7");
    // Glued by a scan's reader to the label or the amount; never a tail of a longer number.
    expect(rateOf(row("MwSt.8.1% auf 779.50"))).toBe("8.1");
    expect(rateOf(row("Btw9%:62,99"))).toBe("9");
    expect(rateOf(row("TVA a20% sur"))).toBe("20");
    expect(rateOf(row("Rabatt 100%"))).toBeNull();
    expect(rateOf(row("Skonto 1,5% 3,00"))).toBe("1.5");
    expect(rateOf(row("Summe USt. 56,87"))).toBeNull();
  });

  it("adds one amount per distinct rate, and nothing else", () => {
    expect(
      sumPerRate([
        { rate: "7", value: 19.25 },
        { rate: "19", value: 37.62 },
      ]),
    ).toBe(56.87);
    expect(sumPerRate([{ rate: "7", value: 19.25 }])).toBeNull();
    expect(
      sumPerRate([
        { rate: "7", value: 19.25 },
        { rate: null, value: 56.87 },
      ]),
    ).toBeNull();
    expect(
      sumPerRate([
        { rate: "19", value: 1 },
        { rate: "19", value: 2 },
      ]),
    ).toBeNull();
  });
});
