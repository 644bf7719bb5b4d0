import { describe, expect, it } from "vitest";
import { parseCurrency } from "./parse-currency";

describe("parseCurrency", () => {
  it("reads ISO codes, signs glued to amounts and printed abbreviations as ISO codes", () => {
    expect(parseCurrency("EUR")?.code).toBe("EUR");
    expect(parseCurrency("(USD)")?.code).toBe("USD");
    expect(parseCurrency("€")?.code).toBe("EUR");
    expect(parseCurrency("12,50€")?.code).toBe("EUR");
    expect(parseCurrency("$4.11")?.code).toBe("USD");
    expect(parseCurrency("HK$")?.code).toBe("HKD");
    expect(parseCurrency("£")?.code).toBe("GBP");
    expect(parseCurrency("Rs.")?.code).toBe("INR");
    expect(parseCurrency("RM12.50")?.code).toBe("MYR");
    expect(parseCurrency("Euro")?.code).toBe("EUR");
    // A column header's code in brackets, run into it by a scan's reader.
    expect(parseCurrency("Amount(USD)")?.code).toBe("USD");
    expect(parseCurrency("Betrag(EUR):")?.code).toBe("EUR");
  });

  it("ignores capitals that are no currency and words that merely contain a sign", () => {
    expect(parseCurrency("VAT")).toBeNull();
    expect(parseCurrency("GLN")).toBeNull();
    expect(parseCurrency("rs")).toBeNull();
    expect(parseCurrency("Total€")).toBeNull();
    expect(parseCurrency("12.50")).toBeNull();
    expect(parseCurrency("Ref(ABC)")).toBeNull();
  });
});
