import { describe, expect, it } from "vitest";
import { buildPageLayout } from "@/tests/fixtures/extraction/build-page-layout";
import { findLabelForValue } from "./find-label-for-value";

const box = (y: number, x0 = 0.1, x1 = 0.6) => ({ x0, y0: y, x1, y1: y + 0.02 });

const page = buildPageLayout([
  { text: "ACME TRADING LTD", box: box(0.05) },
  { text: "Ref. code: ABC-123", box: box(0.2) },
  { text: "Delivery window", box: box(0.3) },
  { text: "12 - 14 May", box: box(0.325) },
  { text: "4 200,00", box: box(0.5) },
]);

describe("findLabelForValue", () => {
  it("takes the words before the value on its line as the label", () => {
    const found = findLabelForValue([page], "ABC-123");
    expect(found).toMatchObject({ page: 1, label: "Ref. code", context: "ACME TRADING LTD\nRef. code: ABC-123" });
    expect(found?.bbox.x0).toBeGreaterThan(0.3);
  });

  it("matches the value however it is spaced or punctuated", () => {
    expect(findLabelForValue([page], "abc 123")?.label).toBe("Ref. code");
  });

  it("takes the short line right above when the value stands alone", () => {
    expect(findLabelForValue([page], "12-14 May")?.label).toBe("Delivery window");
  });

  it("has no label for a value with nothing labelling it, and nothing for a value not printed", () => {
    expect(findLabelForValue([page], "4 200,00")).toMatchObject({ label: undefined });
    expect(findLabelForValue([page], "XYZ-999")).toBeUndefined();
    expect(findLabelForValue([page], "   ")).toBeUndefined();
  });
});
