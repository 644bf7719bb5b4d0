import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { inferDocumentType } from "./infer-document-type";
import { buildPageRows } from "./page-rows";

const typeOf = (rows: string[]) => inferDocumentType([buildPageRows(layoutFromRows(rows))])?.code ?? null;

describe("inferDocumentType", () => {
  it("maps the printed title to its UNTDID 1001 code", () => {
    expect(typeOf(["ACME Ltd", "INVOICE", "Invoice No: 12"])).toBe("380");
    expect(typeOf(["Handelsrechnung Nr. 471102 vom 05.03.2018"])).toBe("380");
    expect(typeOf(["Facture n° 2022089083"])).toBe("380");
    expect(typeOf(["Credit Note CN-7", "Refers to invoice 12"])).toBe("381");
    expect(typeOf(["Gutschrift Nr. 5"])).toBe("381");
    expect(typeOf(["Teilrechnung Nr. 3"])).toBe("326");
    expect(typeOf(["Buchungshilfe - KEINE Rechnung Nr. 471102"])).toBe("751");
  });

  it("takes the most specific type a title row names", () => {
    expect(typeOf(["Gutschrift (Selbst ausgestellte Rechnung) Nr. 471102"])).toBe("389");
  });

  it("prefers the largest title over the first mention", () => {
    const page = buildPageLayout([
      { text: "Refund of invoice 12 below", box: { x0: 0.05, y0: 0.05, x1: 0.4, y1: 0.065 } },
      { text: "CREDIT NOTE", box: { x0: 0.05, y0: 0.1, x1: 0.4, y1: 0.14 } },
    ]);
    expect(inferDocumentType([buildPageRows(page)])?.code).toBe("381");
  });

  it("doesn't read labels that merely start with a type word as a title", () => {
    expect(typeOf(["Rechnungsdatum 05.03.2018", "Billing address"])).toBeNull();
  });
});
