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

  it("reads a sender line whose Dutch postcode the reader glued to its letters and town ('3011ABRotterdam')", async () => {
    const page = buildPageLayout(
      linesAt([
        ["Factuur", 0.072, 0.2, 0.05, 0.079],
        ["VAN DIJK", 0.75, 0.928, 0.05, 0.079],
        ["Drukwerk", 0.843, 0.929, 0.082, 0.094],
        ["Factuur nr. 2024/47", 0.072, 0.245, 0.09, 0.103],
        ["Stationsstraat15", 0.8, 0.928, 0.104, 0.12],
        ["301l AB Rotterdam", 0.77, 0.93, 0.119, 0.137],
        ["E: administratie@vandijkdrukwerk.nl", 0.627, 0.929, 0.15, 0.162],
        ["Van Dijk DrukwerkB.V. ·Stationsstraat15·3011ABRotterdam", 0.072, 0.472, 0.203, 0.214],
        ["Veluwe Kantoorinrichting B.V.", 0.071, 0.347, 0.221, 0.234],
        ["Stationsstraat 225", 0.072, 0.223, 0.238, 0.248],
        ["561lAB Eindhoven", 0.072, 0.232, 0.254, 0.265],
      ]),
      { source: "ocr" },
    );
    const values = await extract(FIELDS, [page]);
    expect([values.vendor_name.value, values.customer_name.value]).toEqual(["Van Dijk Drukwerk B.V.", "Veluwe Kantoorinrichting B.V."]);
  });
});
