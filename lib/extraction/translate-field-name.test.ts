import { describe, expect, it } from "vitest";
import { translateFieldName } from "./translate-field-name";

describe("translateFieldName", () => {
  it("puts the head noun first in French, Spanish and Italian, with or without the preposition", () => {
    const labels = translateFieldName(["line", "number"]);
    expect(labels).toEqual(expect.arrayContaining(["numero de ligne", "no de ligne", "numero linea"]));
    expect(translateFieldName(["order", "number"])).toEqual(expect.arrayContaining(["numero de pedido", "numero di ordine"]));
  });

  it("composes German compounds, joined and split at the hyphen ('Kundennummer', 'Kunden-Nr.')", () => {
    expect(translateFieldName(["customer", "number"])).toEqual(expect.arrayContaining(["kundennummer", "kunden no"]));
  });

  it("translates nothing it has no words for, nor one word alone", () => {
    expect(translateFieldName(["warranty", "number"])).toEqual([]);
    expect(translateFieldName(["number"])).toEqual([]);
    expect(translateFieldName(["customer", "order", "number"])).toEqual([]);
  });
});
