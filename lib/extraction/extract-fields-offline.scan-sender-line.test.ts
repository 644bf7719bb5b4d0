// A window envelope's sender line as a scan's reader reads it under a logo letterhead (synthetic JPEG invoices,
// session 19): one of its separators lost, the name's words misread where the page's email domain spells them.

import { describe, expect, it } from "vitest";
import { buildPageLayout, linesAt } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field, INVOICE_FIELDS } from "@/tests/fixtures/extraction/extract-fields";

const FIELDS = [...INVOICE_FIELDS, field("vendor_name", "Vendor Name")];

/** A logo letterhead ("THORNBURY" over "Logistics"), the sender line in small print and the buyer's block under it. */
const envelope = (senderLine: string, email = "E: accounts@thornbury-mail.co.uk") =>
  buildPageLayout(
    linesAt([
      ["THORNBURY", 0.067, 0.2, 0.047, 0.064],
      ["Invoice", 0.8, 0.933, 0.047, 0.064],
      ["Logistics", 0.066, 0.117, 0.067, 0.079],
      ["Unit 3, Kingsway Business Park", 0.066, 0.227, 0.084, 0.094],
      ["Bristol BS1 5TR", 0.067, 0.146, 0.096, 0.105],
      [email, 0.067, 0.289, 0.118, 0.127],
      [senderLine, 0.067, 0.407, 0.155, 0.162],
      ["Holloway & Hartley Office Supplies LLP", 0.067, 0.292, 0.169, 0.178],
      ["137 Station Road", 0.066, 0.155, 0.18, 0.189],
      ["Birmingham", 0.067, 0.131, 0.191, 0.2],
      ["B3 2DT", 0.067, 0.105, 0.202, 0.209],
      ["Invoice #: SI-4139 | Issue date: 22 Dec 2023", 0.067, 0.35, 0.238, 0.247],
    ]),
    { source: "ocr" },
  );

describe("extractFieldsOffline: a sender line as a scan's reader reads it", () => {
  it("reads a sender line whose second separator the reader lost, after the legal name that starts it", async () => {
    const page = envelope("Thornbury & Holloway Logistics LLP·Unit 3,Kingsway Business Park-Bristol BS1 5TR");
    const values = await extract(FIELDS, [page]);
    expect([values.vendor_name.value, values.customer_name.value]).toEqual([
      "Thornbury & Holloway Logistics LLP",
      "Holloway & Hartley Office Supplies LLP",
    ]);
  });

  it("takes a sender line's name whose words the letterhead doesn't spell where the page's email domain does", async () => {
    const page = envelope(
      "Thombury & Holloway Loqistics LLP·Unit 3,Kingsway Business Park·Bristol BS1 5TR",
      "E: billing@thornburyhollowaylogistics.co.uk",
    );
    expect((await extract(FIELDS, [page])).vendor_name.value).toBe("Thornbury & Holloway Logistics LLP");
  });
});
