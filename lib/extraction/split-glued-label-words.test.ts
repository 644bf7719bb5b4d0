import { describe, expect, it } from "vitest";
import { splitGluedLabelWords } from "./split-glued-label-words";

describe("splitGluedLabelWords", () => {
  it("splits a token into two label words where a scan's reader dropped the space", () => {
    expect(splitGluedLabelWords("totalsales")).toEqual(["total", "sales"]);
    expect(splitGluedLabelWords("grandtotal")).toEqual(["grand", "total"]);
    expect(splitGluedLabelWords("totalqty")).toEqual(["total", "qty"]);
    // "NETTTOTAL": a receipt's "Nett Total", the total after discounts and rounding, read as when spaced.
    expect(splitGluedLabelWords("netttotal")).toEqual(["nett", "total"]);
  });

  it("keeps a label word, and a word that is not two of them, whole", () => {
    expect(splitGluedLabelWords("subtotal")).toEqual(["subtotal"]);
    expect(splitGluedLabelWords("information")).toEqual(["information"]);
    expect(splitGluedLabelWords("totalement")).toEqual(["totalement"]);
  });
});
