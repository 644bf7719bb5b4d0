// A receipt's total after its rounding line (harsh synthetic receipt scans, session 19): the rounded total's label may
// be weaker than the total's before rounding ("Net Total", which names the net amount on an invoice).

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

const FIELDS = [field("total_amount", "Total Amount", "number")];

describe("extractFieldsOffline: the total after a rounding line", () => {
  it("takes the rounded total that the total before rounding and the rounding add up to ('Net Total RM 228.50')", async () => {
    const receipt = (rounding: string) =>
      layoutFromRows([
        "MING FATT RESTAURANT",
        "ROTI CANAI X3 88.17 S",
        "Total Sales (Excluding GST) RM 215.58",
        "Total GST RM 12.94",
        "Total Sales (Inclusive GST) RM 228.52",
        rounding,
        "Net Total RM 228.50",
        "PLEASE KEEP THIS RECEIPT FOR EXCHANGE",
      ]);
    expect((await extract(FIELDS, [receipt("Rounding RM -0.02")])).total_amount.normalizedValue).toBe(228.5);
    // The currency glued to the adjustment by the reader.
    expect((await extract(FIELDS, [receipt("Rounding RM-0.02")])).total_amount.normalizedValue).toBe(228.5);
  });
});
