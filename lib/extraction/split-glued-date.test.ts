import { describe, expect, it } from "vitest";
import type { TWord } from "@/lib/layout/types";
import { splitGluedDate, splitGluedDay } from "./split-glued-date";

const word = (text: string): TWord => ({ text, confidence: 0.9, box: { x0: 0.1, y0: 0.2, x1: 0.1 + text.length * 0.01, y1: 0.22 } });

describe("splitGluedDate", () => {
  it.each([
    ["DL12/3/2019", "DL", "12/3/2019"],
    ["Tar1kh:.24-NOv-18", "Tar1kh:.", "24-NOv-18"],
    ["Date:05.02.2019", "Date:", "05.02.2019"],
    ["Dat/Tim:14/07/2018", "Dat/Tim:", "14/07/2018"],
    ["Datum2024-03-01", "Datum", "2024-03-01"],
    ["Dt28/10/20186:36", "Dt", "28/10/20186:36"],
  ])("splits %s into its label and its date", (text, label, date) => {
    const [first, second] = splitGluedDate(word(text));
    expect([first.text, second?.text]).toEqual([label, date]);
    expect(first.box.x1).toBeCloseTo(0.1 + label.length * 0.01);
    expect(second.box.x0).toBeCloseTo(first.box.x1);
  });

  it.each([["12/3/2019"], ["A12-03-2019"], ["INV-2024-0042"], ["Total12.50"], ["DL99/99/2019"], ["Tel:03-8543"], ["FA-2023-Rechnung"]])(
    "leaves %s whole",
    (text) => {
      expect(splitGluedDate(word(text)).map((part) => part.text)).toEqual([text]);
    },
  );

  it("cuts the next part of a meta row off a date's year ('25februari2023-Ordernummer:')", () => {
    expect(splitGluedDate(word("25februari2023-Ordernummer:")).map((part) => part.text)).toEqual(["25februari2023", "-Ordernummer:"]);
    expect(splitGluedDate(word("2023-Factuurnr.:F2023.0813")).map((part) => part.text)).toEqual(["2023", "-Factuurnr.:F2023.0813"]);
    // The separator lost: the next label run on in capitals after the year.
    expect(splitGluedDate(word("31/08/2025DueDate:")).map((part) => part.text)).toEqual(["31/08/2025", "DueDate:"]);
    expect(splitGluedDate(word("FA2025Rechnung")).map((part) => part.text)).toEqual(["FA2025Rechnung"]);
    // A next label starting with a number sign.
    expect(splitGluedDate(word("14-01-2025-N.2cliente:")).map((part) => part.text)).toEqual(["14-01-2025", "-N.2cliente:"]);
    // A sentence's next word in small letters after a whole numeric date.
    expect(splitGluedDate(word("28/09/2025over")).map((part) => part.text)).toEqual(["28/09/2025", "over"]);
    // After a date printed year first, its day.
    expect(splitGluedDate(word("2024-12-03.Factuurnummer:")).map((part) => part.text)).toEqual(["2024-12-03", ".Factuurnummer:"]);
  });
});

describe("splitGluedDay", () => {
  const words = (text: string) => text.split(" ").map(word);

  it("splits a label from the day of the written-out date after it", () => {
    expect(splitGluedDay(word("factura13"), words("de septiembre de 2023")).map((part) => part.text)).toEqual(["factura", "13"]);
    expect(splitGluedDay(word("Datum:5."), words("März 2024")).map((part) => part.text)).toEqual(["Datum:5."]);
    expect(splitGluedDay(word("Date:5"), words("March 2024")).map((part) => part.text)).toEqual(["Date:", "5"]);
  });

  it("leaves a word whose digits start no written-out date", () => {
    expect(splitGluedDay(word("Suite12"), words("Main Street 2023")).map((part) => part.text)).toEqual(["Suite12"]);
    expect(splitGluedDay(word("factura13"), []).map((part) => part.text)).toEqual(["factura13"]);
  });
});
