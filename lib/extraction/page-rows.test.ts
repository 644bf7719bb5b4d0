import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { buildPageRows } from "./page-rows";

const texts = (rows: ReturnType<typeof buildPageRows>["rows"]) => rows.map((row) => row.map((word) => word.text).join(" "));

describe("buildPageRows", () => {
  it("joins lines printed side by side into one row, left to right", () => {
    const page = layoutFromRows([
      [
        [0.6, "9.00"],
        [0.05, "TOTAL:"],
      ],
      "CASH 10.00",
    ]);
    expect(texts(buildPageRows(page).rows)).toEqual(["TOTAL: 9.00", "CASH 10.00"]);
  });

  it("joins dotted initials a text layer's kerning split after their first letter ('P' '.I.:')", () => {
    const words = buildPageRows(layoutFromRows(["P .I.: 24589100667"])).words.map((word) => word.text);
    expect(words).toEqual(["P.I.:", "24589100667"]);
    // A letter apart from the next word across a gap stays apart.
    expect(buildPageRows(layoutFromRows(["P    .I.: 24589100667"])).words.map((word) => word.text)[0]).toBe("P");
  });

  it("keeps a tall sideways watermark out of the rows it crosses", () => {
    const page = buildPageLayout([
      { text: "Beispielrechnung", box: { x0: 0.03, y0: 0.3, x1: 0.04, y1: 0.5 } },
      { text: "Subtotal 10.00", box: { x0: 0.1, y0: 0.35, x1: 0.4, y1: 0.37 } },
      { text: "Total 11.90", box: { x0: 0.1, y0: 0.4, x1: 0.4, y1: 0.42 } },
    ]);
    expect(texts(buildPageRows(page).rows)).toEqual(["Subtotal 10.00", "Beispielrechnung", "Total 11.90"]);
  });

  it("takes OCR confidence from OCR pages and 1 from text layers", () => {
    const spec = [{ text: "Total 5.00", box: { x0: 0.1, y0: 0.1, x1: 0.3, y1: 0.12 }, confidence: 0.6 }];
    expect(buildPageRows(buildPageLayout(spec, { source: "ocr" })).words[0].confidence).toBe(0.6);
    expect(buildPageRows(buildPageLayout(spec, { source: "text_layer" })).words[0].confidence).toBe(1);
  });
});
