import { describe, expect, it } from "vitest";
import { nameSpelledBySign } from "./sign-spelling";

describe("nameSpelledBySign", () => {
  it("spells the registered name's misread start with its sign's words, its legal form kept glued or apart", () => {
    expect(nameSpelledBySign("TERATAI HOSPITALITY", "TERATA HOSPITAUITYPLT")).toBe("TERATAI HOSPITALITY PLT");
    expect(nameSpelledBySign("GOLDEN LEAF", "GOLDBI LEAF ELECTRICAL (M) SDNBHD")).toBe("GOLDEN LEAF ELECTRICAL (M) SDNBHD");
  });

  it.each([
    // Read alike: the sign shortens the name, which stays as read.
    ["GOLDEN LEAF", "GOLDEN LEAF ELECTRICAL (M) SDN BHD"],
    // Another name: more than one letter in five reads differently.
    ["GOLDEN LEAF", "GOODWILL LEATHER SDN BHD"],
    // No company suffix after the sign's words: a line of the address or a slogan.
    ["TERATAI HOSPITALITY", "TERATA HOSPITAUITY CENTRE"],
    // Too short a sign to trust over the name's reading.
    ["HSM MART", "HSN MARTA SDN BHD"],
  ])("reads no name from %s over %s", (sign, name) => {
    expect(nameSpelledBySign(sign, name)).toBeNull();
  });
});
