import { describe, expect, it } from "vitest";
import { compareTokens, editDistance, squash, tokenize } from "./normalize-text";

describe("tokenize", () => {
  it.each([
    ["Invoice No.:", ["invoice", "no"]],
    ["INVOICE#", ["invoice", "no"]],
    ["Inv. Nr.", ["inv", "no"]],
    ["N° de facture", ["no", "de", "facture"]],
    ["n°562044387", ["no", "562044387"]],
    ["SUB-TOTAL", ["sub", "total"]],
    ["TOTAL (RM):", ["total", "rm"]],
    ["Größe", ["grosse"]],
    ["Échéance", ["echeance"]],
    ["P.O. #", ["po", "no"]],
    ["U.S.A.", ["usa"]],
    ["e.g. 12.50", ["eg", "12", "50"]],
    // A scan's reader glues a one-line address's separators to the words around them.
    ["41-1115004·Remit", ["41", "1115004", "remit"]],
    ["GmbH•Wiener", ["gmbh", "wiener"]],
    // A capital I read as a small L between dotted capitals.
    ["P.l.:95131152670", ["pi", "95131152670"]],
    ["P.1.", ["pi"]],
    // Or at the start of the capitals after the dot ("P.IVA"); a one before a lowercase word stays.
    ["P.1VA:", ["p", "iva"]],
    ["P.lVA", ["p", "iva"]],
    ["N.1st", ["n", "1st"]],
    // A small number sign run on to a label in capitals, its number after it.
    ["FATTURAn.49805", ["fattura", "no", "49805"]],
    // A dot before the number sign, the next word run on.
    ["N.°de factura", ["no", "de", "factura"]],
    ["N.9", ["no"]],
    ["N9:#93163", ["no", "no", "93163"]],
    // Or lost between the dot and "de".
    ["N.de factura:", ["no", "de", "factura"]],
    // A number sign run on to a label in small letters, in capitals or small letters.
    ["FactureN°:FA-24-280", ["facture", "no", "fa", "24", "280"]],
    ["Facturan.°:#98192", ["factura", "no", "no", "98192"]],
    // ó or o read as 6 or 0 between letters.
    ["C6d. cliente", ["cod", "cliente"]],
    ["Fecha de emisi6n", ["fecha", "de", "emision"]],
    ["Fa1lig am:", ["fallig", "am"]],
    ["Fa11ig am:", ["fallig", "am"]],
    // And at a word's start, before a word's letters, not a unit's.
    ["Date 1imite de paiement:", ["date", "limite", "de", "paiement"]],
    ["1kg 1pcs", ["1kg", "1pcs"]],
    ["Invoice n0.:2025/546", ["invoice", "no", "2025", "546"]],
    ["  ", []],
  ])("%s → %j", (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe("editDistance", () => {
  it.each([
    ["invoice", "involce", 1],
    ["total", "total", 0],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%s / %s → %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it("stops early past the maximum", () => {
    expect(editDistance("abcdefgh", "zzzzzzzz", 1)).toBe(2);
  });
});

describe("compareTokens", () => {
  it.each([
    ["total", "total", "exact"],
    ["invoice", "involce", "fuzzy"],
    ["cashier", "cashler", "fuzzy"],
    ["total", "totai", "fuzzy"],
    ["total", "otal", "fuzzy"],
    ["total", "tal", null],
    ["net", "nett", null],
    ["date", "data", null],
    // A short label's capital I read as a one ("C1F", tokenized "clf"), and nothing else off.
    ["cif", "clf", "fuzzy"],
    ["idnr", "ldnr", "fuzzy"],
    ["cif", "clt", null],
    ["tva", "iva", null],
    ["invoice", "invoices1", null],
    ["number", "numb3r", null],
    // One letter read as the digit drawn like it, and nothing else off.
    ["invoice", "1nvoice", "fuzzy"],
    ["total", "t0tal", "fuzzy"],
    ["invoice", "1nvoise", null],
    ["date", "d4te", null],
    // "rn" read as "m" ("Factuumummer"), and one slip besides at most.
    ["factuurnummer", "factuumummer", "fuzzy"],
    ["rechnungsnummer", "rechnungsnumrner", "fuzzy"],
    ["factuurnummer", "faktuumumer", null],
  ])("%s vs %s → %s", (expected, actual, result) => {
    expect(compareTokens(expected, actual)).toBe(result);
  });
});

describe("squash", () => {
  it("keeps letters and digits only", () => {
    expect(squash("BOOK TA .K (TAMAN DAYA) SDN BHD")).toBe("booktaktamandayasdnbhd");
  });
});
