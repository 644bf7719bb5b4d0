import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineOfWords } from "@/tests/fixtures/extraction/build-page-layout";
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

  it("drops a short word a scan's reader read again inside a longer one's box ('number 2 24046')", () => {
    // The words of one reader line as PaddleOCR returned them.
    const word = (text: string, x0: number, x1: number) => ({ text, confidence: 0.94, box: { x0, x1, y0: 0.194, y1: 0.205 } });
    const words = [word("Invoice", 0.699, 0.766), word("number", 0.776, 0.834), word("2", 0.843, 0.853), word("24046", 0.846, 0.898)];
    const line = lineOfWords(words);
    const page = { ...buildPageLayout([], { source: "ocr" }), lines: [line], text: line.text };
    expect(texts(buildPageRows(page).rows)).toEqual(["Invoice number 24046"]);
    // A short word beside a longer one, not inside it, stays.
    expect(texts(buildPageRows(layoutFromRows(["Qty 2 24046"])).rows)).toEqual(["Qty 2 24046"]);
  });

  it("joins a date a narrow column wrapped at its separator onto its first line", () => {
    const page = layoutFromRows([
      [
        [0.05, "Hartley Logistics Ltd"],
        [0.6, "Date of"],
        [0.8, "2023-04-"],
      ],
      [
        [0.05, "Unit 5, Riverside Park"],
        [0.6, "issue:"],
        [0.8, "09"],
      ],
      [[0.8, "15/03/"]],
      [[0.8, "2024"]],
    ]);
    expect(texts(buildPageRows(page).rows)).toEqual([
      "Hartley Logistics Ltd Date of 2023-04-09",
      "Unit 5, Riverside Park issue:",
      "15/03/2024",
    ]);
    // Digits under the date that don't complete it, or not under it, stay where they are.
    expect(texts(buildPageRows(layoutFromRows([[[0.8, "2023-04-"]], [[0.8, "45"]]])).rows)).toEqual(["2023-04-", "45"]);
    expect(texts(buildPageRows(layoutFromRows([[[0.8, "2023-04-"]], [[0.5, "09"]]])).rows)).toEqual(["2023-04-", "09"]);
  });

  it("joins a written-out date whose year a narrow column wrapped under its first word", () => {
    const page = layoutFromRows([
      [[0.7, "27 de septiembre de"]],
      [
        [0.5, "Fecha:"],
        [0.7, "2025"],
      ],
      [
        [0.5, "Due"],
        [0.7, "March 15,"],
        [0.85, "Net 30"],
      ],
      [[0.7, "2024"]],
    ]);
    expect(texts(buildPageRows(page).rows)).toEqual(["27 de septiembre de 2025", "Fecha:", "Due March 15, 2024 Net 30"]);
    // A year under words that are no date, or under a date that has its year, stays on its line.
    expect(texts(buildPageRows(layoutFromRows([[[0.7, "Net 30 days"]], [[0.7, "2024"]]])).rows)).toEqual(["Net 30 days", "2024"]);
    expect(texts(buildPageRows(layoutFromRows([[[0.7, "9 March 2024"]], [[0.7, "2024"]]])).rows)).toEqual(["9 March 2024", "2024"]);
  });

  it("joins each written-out date of a table row whose cells wrapped their years, each to its own cell's year", () => {
    // Boxes as the PDF's text layer gives them (synthetic invoice, seed 2221): the first and last cells wrap.
    const page = buildPageLayout([
      { text: "Rechnungsdatum", box: { x0: 0.106, y0: 0.286, x1: 0.223, y1: 0.298 } },
      { text: "Leistungsdatum", box: { x0: 0.752, y0: 0.286, x1: 0.869, y1: 0.298 } },
      { text: "21. August", box: { x0: 0.106, y0: 0.299, x1: 0.205, y1: 0.312 } },
      { text: "2024-0163", box: { x0: 0.268, y0: 0.299, x1: 0.357, y1: 0.312 } },
      { text: "16. August", box: { x0: 0.752, y0: 0.299, x1: 0.851, y1: 0.312 } },
      { text: "2024", box: { x0: 0.106, y0: 0.315, x1: 0.146, y1: 0.328 } },
      { text: "2024", box: { x0: 0.752, y0: 0.315, x1: 0.792, y1: 0.328 } },
    ]);
    expect(texts(buildPageRows(page).rows)).toEqual(["Rechnungsdatum Leistungsdatum", "21. August 2024 2024-0163 16. August 2024"]);
  });

  it("drops the label's last letter a scan's reader read again at the start of the date after it ('date e2024-06-18')", () => {
    const page = layoutFromRows([
      [
        [0.5, "Invoice date"],
        [0.7, "e2024-06-18"],
      ],
      [
        [0.05, "Data emissione"],
        [0.3, "e14aprile2024"],
      ],
      // Another letter, or no date after it, is the word as printed.
      [
        [0.5, "Invoice date"],
        [0.7, "a2024-06-18"],
      ],
      "Ref e12345",
    ]);
    expect(texts(buildPageRows(page).rows)).toEqual([
      "Invoice date 2024-06-18",
      "Data emissione 14aprile2024",
      "Invoice date a2024-06-18",
      "Ref e12345",
    ]);
  });

  it("joins a legal form's dotted initials a scan's reader spaced apart, and no other initials", () => {
    const page = layoutFromRows(["Bakker Kantoorinrichting N. V.", "Colombo Impianti S. r. l. Via Roma 5", "J. R. Smith & Sons Ltd"]);
    expect(texts(buildPageRows(page).rows)).toEqual([
      "Bakker Kantoorinrichting N.V.",
      "Colombo Impianti S.r.l. Via Roma 5",
      "J. R. Smith & Sons Ltd",
    ]);
  });

  it("joins a written-out date's year read as a row of its own under the label set between its two lines", () => {
    // Boxes as the PDF's text layer gives them (synthetic invoice, seed 1249): "Fecha factura" level with the gap.
    const line = (x0: number, y0: number, y1: number, text: string) => ({ text, box: { x0, y0, x1: x0 + text.length * 0.009, y1 } });
    const page = buildPageLayout([
      line(0.777, 0.084, 0.097, "10 de marzo de"),
      line(0.062, 0.092, 0.106, "Calle Mayor, 40"),
      line(0.616, 0.092, 0.105, "Fecha factura"),
      line(0.777, 0.1, 0.113, "2025"),
    ]);
    expect(texts(buildPageRows(page).rows)).toEqual(["10 de marzo de 2025", "Calle Mayor, 40 Fecha factura"]);
  });

  it("joins a date a long meta row wrapped after its separator to the year starting the next line", () => {
    const page = layoutFromRows([
      "Factuurnr.: 20250740 Factuurdatum: 22-08-2025 Vervaldatum: 29-08-",
      "2025 Debiteurnummer: C3874 Ordernummer: PO-770157",
    ]);
    const rows = buildPageRows(page).rows;
    expect(texts(rows)).toEqual([
      "Factuurnr.: 20250740 Factuurdatum: 22-08-2025 Vervaldatum: 29-08-2025",
      "Debiteurnummer: C3874 Ordernummer: PO-770157",
    ]);
    // Its box stays where the date starts, right of its label.
    const date = rows[0].at(-1)!;
    expect(date.box.x0).toBeGreaterThan(rows[0].at(-2)!.box.x1);
    // A date printed year first, wrapped after its year: the month and day start the next line.
    const yearFirst = layoutFromRows([
      "Rechnungs-Nr.: RE-89216 Rechnungsdatum: 2023-04-11 Zahlbar bis: 2023-",
      "05-11 Lieferdatum: 2023-04-07 Währung: CHF",
    ]);
    expect(texts(buildPageRows(yearFirst).rows)).toEqual([
      "Rechnungs-Nr.: RE-89216 Rechnungsdatum: 2023-04-11 Zahlbar bis: 2023-05-11",
      "Lieferdatum: 2023-04-07 Währung: CHF",
    ]);
  });

  it("joins a written-out date's two lines that a label centred on both made one row ('29 Nov' over '2023')", () => {
    // Line boxes as PaddleOCR read them off a JPEG invoice (synthetic, seed 1259).
    const line = (x0: number, x1: number, y0: number, y1: number, text: string) => ({ text, box: { x0, x1, y0, y1 } });
    const page = buildPageLayout(
      [
        line(0.1, 0.296, 0.194, 0.207, "Fairweather Print plc"),
        line(0.649, 0.764, 0.19, 0.204, "Date of issue:"),
        line(0.796, 0.859, 0.183, 0.197, "29 Nov"),
        line(0.798, 0.841, 0.199, 0.211, "2023"),
      ],
      { source: "ocr" },
    );
    expect(texts(buildPageRows(page).rows)).toEqual(["Fairweather Print plc Date of issue: 29 Nov 2023"]);
  });
});
