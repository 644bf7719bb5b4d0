import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineAt } from "@/tests/fixtures/extraction/build-page-layout";
import { invoiceValues } from "@/tests/fixtures/extraction/extract-fields";
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

  it("sums tax lines whose cells wrapped their rates onto the line above ('zzgl. 19 %' over 'MwSt. auf 291,46 EUR')", async () => {
    // Boxes as the PDF's text layer gives them (synthetic invoice, seed 1361): each label cell over three lines, the
    // base it is computed on last, the amount beside the middle line.
    const lines = [
      ["Summe netto", 0.595, 0.715, 0.492, 0.507],
      ["4.167,00 EUR", 0.774, 0.899, 0.492, 0.507],
      ["zzgl. 19 %", 0.595, 0.687, 0.513, 0.527],
      ["MwSt. auf", 0.595, 0.687, 0.529, 0.544],
      ["291,46 EUR", 0.791, 0.899, 0.529, 0.544],
      ["1.534,00", 0.595, 0.674, 0.546, 0.561],
      ["zzgl. 7 %", 0.595, 0.676, 0.567, 0.581],
      ["MwSt. auf", 0.595, 0.687, 0.584, 0.598],
      ["184,31 EUR", 0.791, 0.899, 0.584, 0.598],
      ["2.633,00", 0.595, 0.674, 0.6, 0.614],
      ["Endbetrag", 0.595, 0.706, 0.624, 0.639],
      ["4.642,77 EUR", 0.754, 0.899, 0.624, 0.639],
    ] as const;
    const page = buildPageLayout([
      lineAt("Haustechnik Neumann e.K.", 0.1, 0.4, 0.05, 0.065),
      ...lines.map(([text, x0, x1, y0, y1]) => lineAt(text, x0, x1, y0, y1)),
    ]);
    expect((await invoiceValues(page)).tax_amount).toBe(475.77);
  });
});
