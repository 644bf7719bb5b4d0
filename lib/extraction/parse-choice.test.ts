import { describe, expect, it } from "vitest";
import { parseBoolean, parseEnum } from "./parse-choice";

describe("parseBoolean", () => {
  it.each([
    ["Yes", true],
    ["TRUE", true],
    ["x", true],
    ["✓", true],
    ["ja", true],
    ["No.", false],
    ["false", false],
    ["☐", false],
    ["non", false],
  ])("%s → %s", (text, value) => {
    expect(parseBoolean(text)).toBe(value);
  });

  it.each([["maybe"], ["2"], [""]])("rejects %s", (text) => {
    expect(parseBoolean(text)).toBeNull();
  });
});

describe("parseEnum", () => {
  const options = ["Credit Card", "Cash", "Bank Transfer"];

  it.each([
    ["CASH", "Cash"],
    ["credit-card", "Credit Card"],
    ["Bank  Transfer.", "Bank Transfer"],
    ["Bank Transfor", "Bank Transfer"],
  ])("%s → %s", (text, option) => {
    expect(parseEnum(text, options)).toBe(option);
  });

  it.each([["Cheque"], ["Cas"], [""]])("rejects %s", (text) => {
    expect(parseEnum(text, options)).toBeNull();
  });
});
