import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { findPaidWithoutChange, findPaymentTotal } from "./find-payment-total";
import { buildPageRows } from "./page-rows";

function paymentTotal(rows: string[]) {
  return findPaymentTotal([buildPageRows(layoutFromRows(rows))])?.total ?? null;
}

describe("findPaymentTotal", () => {
  it("is what was tendered less the change", () => {
    expect(paymentTotal(["Total 11.60", "CASH 20.00", "Change 9.55"])).toBe(10.45);
    expect(paymentTotal(["CASH RM 50.00", "CHANGE RM 11.20"])).toBe(38.8);
    expect(paymentTotal(["Received Cash RM28.05", "Change RMO.00"])).toBe(28.05);
    // A payment printed as a deduction counts by its size.
    expect(paymentTotal(["RINGGIT M'SIA 20.00", "Payment -20.00", "Change 8.75"])).toBe(11.25);
    expect(paymentTotal(["Bar 50,00 €", "Rückgeld 12,30 €"])).toBe(37.7);
    // Labels read through one slip.
    expect(paymentTotal(["Total Amt Rounded 15.00", "Rayment : 50.00", "Chanqe Due : 34.10"])).toBe(15.9);
    // Specks read at the scan's edge before either label.
    expect(paymentTotal(["2 CASH 20,00 MYR 2000", "rae CHANGE DUE 10.00"])).toBe(10);
    // A word after "cash", read right or not ("CASH PAD" for "CASH PAID").
    expect(paymentTotal(["269.90", "CASH PAD 300.00", "Change 30.10"])).toBe(269.9);
    // A short word after "change", misread ("Change Dut") or not ("Change Amt"); a code's full stop glued on ("RM.0.00").
    expect(paymentTotal(["CASH RM 1600.00", "Change Dut RM48.20"])).toBe(1551.8);
    expect(paymentTotal(["CASH PAD RM 2766.70", "CHANGE RM.0.00"])).toBe(2766.7);
    // A decimal point read as a colon, where the digits before it can't be an hour.
    expect(paymentTotal(["Tendered 100:00", "change 66.65"])).toBe(33.35);
    expect(paymentTotal(["Time 10:57", "Cash 10:57", "Change 0.43"])).toBeNull();
  });

  it("says nothing unless both are printed, each as one amount, and the change is the smaller", () => {
    expect(paymentTotal(["CASH 20.00", "Total 10.45"])).toBeNull();
    expect(paymentTotal(["Change 9.55"])).toBeNull();
    expect(paymentTotal(["CASH 20.00 10.00", "Change 9.55"])).toBeNull();
    expect(paymentTotal(["CASH 5.00", "Change 9.55"])).toBeNull();
    expect(paymentTotal(["CASH BILL", "Change 9.55"])).toBeNull();
    // A service charge is no change given.
    expect(paymentTotal(["Service Charge 6.00", "TOTAL : 65.55", "VISA 65.55"])).toBeNull();
  });

  it("reads total, tendered and change by their arithmetic when their labels are unreadable", () => {
    expect(paymentTotal(["KOPI O 1724.32", "TotatAumc 2010.55", "C 2050.00", "CHANGE 39.45"])).toBe(2010.55);
    // No label read at all; the tendered amount's point read as a colon.
    expect(paymentTotal(["PANADOL 11.16", "GRUE STICX 66.20", "90.20", "100:00", "9.80"])).toBe(90.2);
    // Three item prices that happen to add up are no payment: the first is below an amount above it.
    expect(paymentTotal(["SPANNER SET 28.32", "TEH 10.00", "KOPI 15.00", "ROTI 5.00", "TOTAL 58.32"])).toBeNull();
    // The change's point read as a colon, like a time ("11:50"): the sum says it is the change.
    expect(paymentTotal(["Total Sales (E) 1168.42", "CRAND TOTA", "1238.50", "1250.00", "11:50"])).toBe(1238.5);
    // A speck between "CASH" and the amount handed over.
    expect(paymentTotal(["Total A 1 1257.59", "CASH I% 1257.50", "CHANGE 0.50"])).toBe(1257);
    // Nor is a discount of nothing over what was paid, twice.
    expect(paymentTotal(["Total Item Discount: 0.00", "Toni Gales Inclusive GST: 4.70", "Cash Received 4.70"])).toBeNull();
  });
});

describe("findPaidWithoutChange", () => {
  it("is the amount paid when no change is printed, else nothing", () => {
    const paid = (rows: string[]) => findPaidWithoutChange([buildPageRows(layoutFromRows(rows))]);
    expect(paid(["Net Total 411.90", "DEBIT CARD 411.90"])).toBe(411.9);
    expect(paid(["Total 10.45", "CASH 20.00", "Change 9.55"])).toBeNull();
    expect(paid(["Total 10.45"])).toBeNull();
  });
});
