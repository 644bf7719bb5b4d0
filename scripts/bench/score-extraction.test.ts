import { describe, expect, it } from "vitest";
import {
  comparisonFor,
  fieldName,
  inferFieldType,
  isMatch,
  isRecoverable,
  reliabilityTable,
  scoreFields,
  substringDistance,
  type TScoredField,
  tokenOverlap,
} from "./score-extraction";

const got = (normalized: unknown, value: string | null = normalized === null ? null : String(normalized)) => ({ value, normalized });

describe("inferFieldType", () => {
  it("reads dates and amounts from the key name, confirmed by the values", () => {
    expect(inferFieldType("date", ["25/12/2018", "20140522"])).toBe("date");
    expect(inferFieldType("due_date", ["2024-01-31"])).toBe("date");
    expect(inferFieldType("total_amount", ["4.11", "-8.79"])).toBe("number");
    expect(inferFieldType("net_amount", ["262.9"])).toBe("number");
    expect(inferFieldType("vendor_vat_id", ["DE123456789"])).toBe("text");
    expect(inferFieldType("date", ["soon"])).toBe("text");
    expect(inferFieldType("partner_zip", ["94538"])).toBe("text");
  });

  it("names fields and picks fuzzy comparison for names and addresses", () => {
    expect(fieldName("vendor_name")).toBe("Vendor Name");
    expect(comparisonFor("vendor_address", "text")).toBe("fuzzy");
    expect(comparisonFor("invoice_number", "text")).toBe("text");
    expect(comparisonFor("total_amount", "number")).toBe("number");
  });
});

describe("isMatch", () => {
  it("compares amounts as numbers within 0.01", () => {
    expect(isMatch("number", got(529.87), "529.87")).toBe(true);
    expect(isMatch("number", got(319), "319.0")).toBe(true);
    expect(isMatch("number", got(9.01), "9.00")).toBe(true);
    expect(isMatch("number", got(9.02), "9.00")).toBe(false);
    expect(isMatch("number", got(null), "9.00")).toBe(false);
  });

  it("compares dates as dates, whatever the truth's format", () => {
    expect(isMatch("date", got("2018-12-25"), "25/12/2018")).toBe(true);
    expect(isMatch("date", got("2014-05-22"), "20140522")).toBe(true);
    expect(isMatch("date", got("2019-01-12"), "12-01-19")).toBe(true);
    expect(isMatch("date", got("2019-12-01"), "12-01-19")).toBe(true);
    expect(isMatch("date", got("2019-01-13"), "12-01-19")).toBe(false);
  });

  it("compares text after normalizing case, spaces and punctuation, names and addresses fuzzily", () => {
    expect(isMatch("text", got("BLR_WFLD2018"), "# BLR_WFLD2018")).toBe(true);
    expect(isMatch("text", got("INV-1"), "INV-2")).toBe(false);
    expect(isMatch("fuzzy", got("SETIA MART TRADING SDN BHD"), "SEITA MART TRADING SDN BHD")).toBe(true);
    expect(isMatch("fuzzy", got("SETIA MART SDN BHD"), "SEITA MART SDN BHD")).toBe(false);
    expect(isMatch("fuzzy", got("ACME"), "ACME TRADING SDN BHD")).toBe(false);
  });
});

describe("isRecoverable", () => {
  const page =
    "ACME TRADING SDN BHD\n12, JALAN SATU,\n50000 KUALA LUMPUR\nDate:25/12/2018 10:15\nFacture du 02 Juillet 2015\nTOTAL RM 1,234.50\nGesamt EUR 529,87";

  it("finds amounts and dates in runs of tokens", () => {
    expect(isRecoverable("number", "1234.5", page)).toBe(true);
    expect(isRecoverable("number", "-529.87", page)).toBe(true);
    expect(isRecoverable("number", "99.00", page)).toBe(false);
    expect(isRecoverable("date", "20181225", page)).toBe(true);
    expect(isRecoverable("date", "2015-07-02", page)).toBe(true);
    expect(isRecoverable("date", "2015-07-03", page)).toBe(false);
  });

  it("finds text across lines and punctuation, names fuzzily", () => {
    expect(isRecoverable("fuzzy", "12 JALAN SATU 50000 KUALA LUMPUR", page)).toBe(true);
    expect(isRecoverable("fuzzy", "ACME TRADNG SDN BHD", page)).toBe(true);
    expect(isRecoverable("text", "RM", page)).toBe(true);
    expect(isRecoverable("text", "EU", page)).toBe(false);
    expect(substringDistance("abc", "xxabdxx")).toBe(1);
  });
});

describe("tables", () => {
  const item = (key: string, confidence: number, correct: boolean, predicted = true): TScoredField => ({
    file: "f",
    key,
    truth: "t",
    value: predicted ? "v" : null,
    normalized: null,
    confidence,
    predicted,
    correct,
    recoverable: true,
  });

  it("scores precision over predictions and recall over truths", () => {
    const [score] = scoreFields([item("a", 0.9, true), item("a", 0.9, false), item("a", 0, false, false)], { a: "text" });
    expect(score).toMatchObject({ truths: 3, predictions: 2, correct: 1, precision: 0.5 });
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it("bins predictions by confidence, the last bin including 1", () => {
    const rows = reliabilityTable([item("a", 0.95, true), item("a", 1, false), item("a", 0.5, true), item("a", 0, false, false)]);
    expect(rows.map((row) => row.count)).toEqual([0, 1, 0, 0, 0, 2]);
    expect(rows[5].accuracy).toBe(0.5);
  });
});

describe("fuzzy names and addresses", () => {
  it("accepts reordered words and refuses different ones", () => {
    expect(isMatch("fuzzy", got("Lieferantenstraße 20 DE 80333 München"), "Lieferantenstraße 20, 80333 München, DE")).toBe(true);
    expect(isMatch("fuzzy", got("Lieferantenstraße 20 80333 München Deutschland"), "Lieferantenstraße 20, 80333 München, DE")).toBe(false);
    expect(tokenOverlap("a b c", "c b a")).toBe(1);
    expect(isRecoverable("fuzzy", "Lieferantenstraße 20, 80333 München, DE", "DE\nLieferantenstraße 20\n80333 München")).toBe(true);
  });
});
