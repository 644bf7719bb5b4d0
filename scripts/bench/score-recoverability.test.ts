import { describe, expect, it } from "vitest";
import { findAmounts, findDates, indexPageText, isRecoverable } from "./score-recoverability";

describe("score-recoverability", () => {
  it("finds dates in their printed forms", () => {
    expect([...findDates("Date: 25/12/2018 13:01")]).toContain("2018-12-25");
    expect([...findDates("Invoice Date August 3 , 2014")]).toContain("2014-08-03");
    expect([...findDates("20 Oct 2015")]).toContain("2015-10-20");
  });

  it("finds amounts as numbers", () => {
    expect(findAmounts("TOTAL RM 1,234.50")).toContain(1234.5);
  });

  it("compares names without punctuation or case, and across lines", () => {
    const index = indexPageText("SYARIKAT PERNIAGAAN\nGIN KEE\nNO 290, JALAN AIR PANAS,\nSETAPAK");
    expect(isRecoverable(index, "vendor_name", "Syarikat Perniagaan Gin Kee")).toBe(true);
    expect(isRecoverable(index, "vendor_address", "NO 290 JALAN AIR PANAS, SETAPAK")).toBe(true);
    expect(isRecoverable(index, "vendor_name", "GIN KE")).toBe(false);
  });

  it("compares totals by value", () => {
    const index = indexPageText("Total Due 319.00");
    expect(isRecoverable(index, "total_amount", "319.0")).toBe(true);
    expect(isRecoverable(index, "total_amount", "19.00")).toBe(false);
  });
});
