import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";
import { inferDateOrder } from "./infer-date-order";
import { buildPageRows } from "./page-rows";

const orderOf = (rows: string[]) => inferDateOrder([buildPageRows(layoutFromRows(rows))]);

describe("inferDateOrder", () => {
  it("follows a date that is valid one way only, and ignores bank sort codes", () => {
    expect(orderOf(["Invoice Date: 06/03/2023", "Ship date: 05/27/2023"])).toBe("month-first");
    expect(orderOf(["Invoice Date: 25/08/2023", "Date due: 04/09/2023", "Sort code 01-80-24", "Sort code 01-80-24"])).toBe("day-first");
    // A sort code that would be a valid date month first ("09-20-58") says nothing either.
    expect(orderOf(["Invoice Date: 11/03/2025", "Payment details: NatWest · Sort code 09-20-58 · Account no. 87794024"])).toBeNull();
  });

  it("reads American addresses as month first when no date settles it, and says nothing otherwise", () => {
    expect(orderOf(["Summit Analytics LLC", "New York, NY 10013", "Invoice Date: 03/06/2023"])).toBe("month-first");
    expect(orderOf(["Lieferant GmbH", "80333 München", "Datum: 03/06/2023"])).toBeNull();
    // As a scan's reader glues them, and with the next column's label after the ZIP code ("94103 Invoice number").
    const scanned = ["San Francisco.CA 94103 Invoice number INV-2023-2331", "Austin,TX 78701", "Date of issue 01/06/2023"];
    expect(orderOf(["Whitman Consulting Corp.", "1085 Pine Street", ...scanned])).toBe("month-first");
    // The state's O read as a zero, the street glued to its name ("4384 MarketStreet").
    const zero = ["4384 MarketStreet", "Denver, C0 80202", "Lakeside Media LLC", "4343Broadway", "New York, NY 10013"];
    expect(orderOf(["Great Lakes Design Studio Inc.", ...zero, "Date of issue 01/02/2025"])).toBe("month-first");
  });

  it("doesn't count an American street line ('2019 Pine Street') as a European postcode and town", () => {
    const header = ["Great Lakes Analytics Corp.", "3573 Main Street, Suite 540", "New York, NY 10013"];
    const customer = ["Rocky Mountain Consulting Group Corp.", "2019 Pine Street, Suite 745", "Denver, CO 80202"];
    const footer = [
      "Great Lakes Analytics Corp. Phone (625) 555-0094",
      "3573 Main Street, Suite 540 billing@example.com",
      "New York, NY 10013",
    ];
    expect(orderOf([...header, ...customer, "Invoice date: 02/09/2023 · Payment due by: 04/10/2023", ...footer])).toBe("month-first");
    // Nor a street without a street word over its city ("1887 Broadway" over "Austin, TX 78701").
    const broadway = ["Redwood Electric Co.", "1887 Broadway", "Austin, TX 78701", "Whitman Design Studio Corp.", "1075 Broadway"];
    expect(orderOf([...broadway, "Denver, CO 80202", "Invoice date 12/03/2024"])).toBe("month-first");
    expect(orderOf(["Lieferant GmbH", "80333 München", "Invoice date 12/03/2024"])).toBeNull();
  });
});

describe("extractFieldsOffline: dates on an American invoice", () => {
  it("reads an ambiguous numeric date month first", async () => {
    const page = layoutFromRows(["Summit Analytics LLC", "2484 W. Randolph St.", "Denver, CO 80202", "Invoice Date: 03/06/2023"]);
    const result = await extract([field("date", "Invoice Date", "date")], [page]);
    expect(result.date.normalizedValue).toBe("2023-03-06");
  });
});
