// A receipt's total: under a label line that says more than "TOTAL", and not a tax line whose label names the total.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineAt } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

const FIELDS = [field("total_amount", "Total Amount", "number")];

describe("extractFieldsOffline: a receipt's total", () => {
  const receipt = (labelLine: string) =>
    layoutFromRows([
      "Cahaya Mini Market",
      "Tar1kh: 03 MAR 2016",
      "1 SUGAR 1KG 9.50",
      "Total Qty: 5",
      "Sub Total 332.53",
      "SST 6% 19.95",
      labelLine,
      [[0.8, "352.50"]],
      "Cash 360.00",
      "Change Due 7.50",
      "GST Summary Amount(RM) Tax(RM)",
      "SR6% 332.55 19.95",
      "Total 332.55 19.95",
    ]);

  it("reads the amount right-aligned under 'TOTAL SALES (INCLUSIVE GST)', surely", async () => {
    const { total_amount } = await extract(FIELDS, [receipt("TOTAL SALES (INCLUSIVE GST)")]);
    expect(total_amount.normalizedValue).toBe(352.5);
    expect(total_amount.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("takes no tax line whose label the reader glued to its rate ('Total GST6% 0.70') for the total", async () => {
    const page = layoutFromRows([
      "KENANGA PHARMACY",
      "1 BERAS 10KG 12.34",
      "Total Excl. GST 11.64",
      "Total GST6% 0.70",
      "Rounding Adj 0.01",
      "Net Total 12.35",
      "Receipt #:T00-974746",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(12.35);
  });

  it("takes no cash handed over for the total when the total's label is lost", async () => {
    const page = layoutFromRows([
      "TAI FOOK HARDWARE SDN BHD",
      ...Array.from({ length: 10 }, () => ""),
      "COOKING OIL 5KG 3.00",
      "BREAD WHOLEMEAL 24.52",
      "LAKSA 15.55",
      [[0.7, "41.55"]],
      "CASH 50.00",
      "PLEASE KEEP THIS RECEIPT",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(41.55);
  });

  it("reads a total that lost its decimal point in cents when the tax breakdown prints its net and tax", async () => {
    const page = layoutFromRows([
      "GOLDEN LEAF BUILDING MATERIALS SDN BHD",
      ...Array.from({ length: 10 }, () => ""),
      "1x287.30 287.30",
      "3x27.96 83.88 S",
      "TOTAL 37118",
      "GST Summary Amount(RM) Tax(RM)",
      "SR@6% 350.17 21.01",
    ]);
    const { total_amount } = await extract(FIELDS, [page]);
    expect(total_amount.normalizedValue).toBe(371.18);
    expect(total_amount.confidence).toBeLessThan(0.9);
  });

  it("takes no tax breakdown's total whose net the reader read with a colon ('Total 31:46 1.89')", async () => {
    const page = layoutFromRows([
      "SYARIKAT PERMATA STATIONERY",
      "Total Excl. GST 31.47",
      "Total GST 1.89",
      "Total 33.35",
      "GST Summary Amount(RM) Tax(RM)",
      "SR@6% 31.46 1.89",
      "Total 31:46 1.89",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(33.35);
  });

  it("takes no count whose 'Qty' the reader read 'oty' for the total", async () => {
    const page = layoutFromRows([
      "KEDAI TEOK SOON MINI MARKET",
      "3 KAYA PUFF 243.80",
      "Total oty 11",
      "Net Total 273,20",
      "CASH PAID 280.00",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(273.2);
  });

  it("reads a total whose decimal point the reader read as a colon ('216:30'), never a time of day", async () => {
    const receipt = (total: string) =>
      layoutFromRows(["KEDAI MAKAN BERKAT", "Date/Time: 17/04/2016 9:51:51 AM", "SUBTOTAL RM 185.52", "GST 6% 12.24", total]);
    expect((await extract(FIELDS, [receipt("TOTAL (RM) 216:30")])).total_amount.normalizedValue).toBe(216.3);
    expect((await extract(FIELDS, [receipt("TOTAL (RM) 16:30")])).total_amount.normalizedValue).not.toBe(16.3);
  });

  it("takes the total label's amount a card paid when another label's is stronger ('Net Total' over '411.90')", async () => {
    const page = layoutFromRows([
      "EVERGREEN HARDWARE",
      "Total Qty: 12",
      "Amount Excl GST 388.60",
      "Total GST 6% 23.32",
      "Rounding Adj -0.02",
      "Net Total",
      [[0.8, "411.90"]],
      "DEBIT CARD 411.90",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(411.9);
  });

  it("counts one line read by two labels as one reading against what was tendered less change ('Sub Total' vs '3umlah')", async () => {
    const page = layoutFromRows([
      "PERMATA ELECTRICAL SDN BHD",
      "HAND SANITIZER 171.70",
      "Sub Total 1588.96",
      "Service Chg (10%) 158.90",
      "SST 6 104.87",
      "3umlah 1852.75",
      "CASH 1860.00",
      "Change Due 7.25",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(1852.75);
  });

  it("takes what a card paid over a larger unlabelled amount when the total's label is unreadable ('Jui RM1067.55')", async () => {
    const page = layoutFromRows([
      "TECK SOON ENTERPRISE",
      "CO REG.NO: SA77392Y",
      "92.JLNMUTARA 13.",
      "TANAN PERINDUSTRIAN KLANG UAMA",
      "10390 GEORGETOWN PULAU PNANG",
      "Td: 019-229 0276",
      "GSTNO: 004351322997",
      "OFFICIAL RECEIPT",
      "Receict No.C597G7776",
      "Ta: 0324/2018 Tme: 19:05",
      "",
      "",
      "VITAMIN C 1000MG",
      "3213.80 64140",
      "SPANER SET",
      "1x28.87 28.87 SR",
      "Senice Chg (10% RM 91.55",
      "Jui RM1067.55",
      "MASTERCARD RM1067.55",
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(1067.55);
  });

  it("takes the amount under a total label alone on its line, not the row above's amount reaching beside it", async () => {
    // Boxes as PaddleOCR read a slanted receipt: "Service Tax … 47.54" sits lower at its right end, beside "Total Payable".
    const page = buildPageLayout(
      [
        lineAt("KEDAI RUNCIT MAJU", 0.3, 0.7, 0.1, 0.13),
        lineAt("LAKSA", 0.166, 0.234, 0.516, 0.537),
        lineAt("348.50", 0.816, 0.9, 0.522, 0.547),
        lineAt("Sub-Total", 0.102, 0.223, 0.568, 0.592),
        lineAt("792.26", 0.816, 0.9, 0.573, 0.599),
        lineAt("Service Tax os", 0.1, 0.292, 0.593, 0.624),
        lineAt("47.54", 0.827, 0.9, 0.602, 0.628),
        lineAt("Total Payable", 0.098, 0.28, 0.618, 0.649),
        lineAt("839.80", 0.813, 0.897, 0.657, 0.682),
        lineAt("MASTERCARD", 0.1, 0.236, 0.675, 0.7),
        lineAt("839.80", 0.813, 0.897, 0.682, 0.708),
      ],
      { source: "ocr" },
    );
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(839.8);
  });

  it("takes the amount paid by card over a subtotal when the total's own label was unreadable", async () => {
    const rows = (netTotalLabel: string) =>
      layoutFromRows([
        "KEDAI MAKAN MUTIARA",
        "04-12-2016 14:20",
        "1x173.60 173.60",
        "Total Qty.1",
        "SUBTOTAL RM202.22",
        "Service Charge 10 RM 20.22",
        "GST 6% RM 13.35",
        `${netTotalLabel} RM 235.79`,
        "VISA RM 235.79",
      ]);
    const { total_amount } = await extract(FIELDS, [rows("Nct Tut")]);
    expect(total_amount.normalizedValue).toBe(235.79);
    expect(total_amount.confidence).toBeLessThan(0.9);
  });

  it("reads the amount beside 'Total Payable', not one below it, when the cash under it lost its point ('23120')", async () => {
    // Line boxes as PaddleOCR read them off a harsh receipt scan.
    const page = buildPageLayout(
      [
        lineAt("KEDAI MAKAN MUTIARA", 0.2, 0.8, 0.1, 0.13),
        lineAt("DETERGENT 2KG", 0.13, 0.45, 0.482, 0.515),
        lineAt("25.36", 0.76, 0.87, 0.482, 0.515),
        lineAt("BREAD WHOLEMEALXS", 0.13, 0.5, 0.551, 0.584),
        lineAt("33.36", 0.76, 0.87, 0.551, 0.584),
        lineAt("0.02", 0.799, 0.872, 0.617, 0.651),
        lineAt("Total Payable", 0.133, 0.405, 0.66, 0.705),
        lineAt("231.20", 0.728, 0.873, 0.658, 0.698),
        lineAt("23120", 0.77, 0.878, 0.698, 0.737),
        lineAt("Change Due", 0.136, 0.299, 0.738, 0.771),
        lineAt("0.00", 0.803, 0.876, 0.732, 0.766),
        lineAt("Poinb Eamd: 12", 0.14, 0.368, 0.774, 0.802),
      ],
      { source: "ocr" },
    );
    const { total_amount } = await extract(FIELDS, [page]);
    expect(total_amount.value).toBe("231.20");
    expect(total_amount.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("doubts a total one digit away from what the card paid ('TOTAL 1.89', 'MASTERCARD 1.80')", async () => {
    const page = layoutFromRows(["KEDAI BUKU", "1 A4 PAPER 80GSM 1.82", "Rounding -0.02", "TOTAL 1.89", "MASTERCARD 1.80"]);
    const { total_amount } = await extract(FIELDS, [page]);
    expect(total_amount.confidence).toBeLessThan(0.9);
    // A card paying more than the total, by more than a digit's slip, leaves the total as sure as it was.
    const tip = layoutFromRows(["KEDAI BUKU", "1 A4 PAPER 80GSM 1.82", "Rounding -0.02", "TOTAL 1.80", "MASTERCARD 2.50"]);
    expect((await extract(FIELDS, [tip])).total_amount.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a total label whose spaces the reader dropped, in capitals ('TOTALSALES (INCLUSIVE GST)', not 'TOTALQTY')", async () => {
    const page = layoutFromRows([
      "KEDAI BESI MAJU",
      ...Array.from({ length: 8 }, () => ""),
      "BERAS 10KG 27.19",
      "TOTALQTY: 6",
      "SUBTOTAL RM 192.64",
      "SVC CHG 10% RM 19.26",
      "GST6% RM 12.71",
      "TOTALSALES (INCLUSIVE GST)",
      [[0.65, "RM 224.60"]],
      "THANK YOU.PLEASE COMEAGAIN",
    ]);
    const { total_amount } = await extract(FIELDS, [page]);
    expect(total_amount.normalizedValue).toBe(224.6);
    expect(total_amount.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("reads the amount with cents under the one without beside the label ('OTAL AMOUNT DL  14164' over '1843.64')", async () => {
    // Line boxes as PaddleOCR read them off a harsh receipt scan (seed 4507).
    const page = buildPageLayout(
      [
        lineAt("KEDAI BESI MAJU", 0.2, 0.6, 0.05, 0.08),
        lineAt("DETEAGENT2KG 139.50", 0.127, 0.875, 0.6, 0.63),
        lineAt("OTAL AMOUNT DL", 0.129, 0.361, 0.694, 0.715),
        lineAt("14164", 0.77, 0.875, 0.7, 0.724),
        lineAt("1843.64", 0.777, 0.875, 0.729, 0.753),
        lineAt("1036", 0.787, 0.873, 0.785, 0.809),
      ],
      { source: "ocr" },
    );
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(1843.64);
    // A row under it with a label of its own is another line: "Net amount: f2239.00" (a pound sign read as an f) over
    // "VAT20%: 447.80" keeps its amount.
    const invoice = buildPageLayout(
      [lineAt("Net amount: f2239.00", 0.6, 0.9, 0.6, 0.615), lineAt("VAT20%: 447.80", 0.66, 0.9, 0.62, 0.635)],
      { source: "ocr" },
    );
    const net = (await extract([field("net_amount", "Net Amount", "number")], [invoice])).net_amount;
    expect(net.value).toBe("f2239.00");
  });

  it("reads the amount beside the wrapped end of a total's label ('TOTAL SALES RM' over '(INCLUSIVE GST) 1491.30')", async () => {
    const page = layoutFromRows([
      "KEDAI BESI MAJU",
      "Total Sales (Inclusive GST) RM 1491.28",
      "Rounding Adj RM 0.02",
      [
        [0.05, "TOTAL SALES"],
        [0.6, "RM"],
      ],
      [
        [0.05, "(INCLUSIVE GST)"],
        [0.65, "1491.30"],
      ],
      [
        [0.05, "MASTERCARD"],
        [0.6, "RM 1491.30"],
      ],
    ]);
    expect((await extract(FIELDS, [page])).total_amount.normalizedValue).toBe(1491.3);
  });
});
