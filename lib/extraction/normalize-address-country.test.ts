import { describe, expect, it } from "vitest";
import { normalizeAddressCountry } from "./normalize-address-country";

describe("normalizeAddressCountry", () => {
  it("replaces a trailing country name with its ISO code", () => {
    expect(normalizeAddressCountry("Lieferantenstraße 20 80333 München Deutschland")).toBe("Lieferantenstraße 20 80333 München DE");
    expect(normalizeAddressCountry("410 Terry Ave North Seattle, WA 98109 United States")).toBe("410 Terry Ave North Seattle, WA 98109 US");
    expect(normalizeAddressCountry("1 Rue de la Paix 75002 Paris France.")).toBe("1 Rue de la Paix 75002 Paris FR");
  });

  it("leaves addresses without a trailing country alone", () => {
    expect(normalizeAddressCountry("Lieferantenstraße 20 DE 80333 München")).toBe("Lieferantenstraße 20 DE 80333 München");
    expect(normalizeAddressCountry("Deutschland")).toBe("Deutschland");
  });
});
