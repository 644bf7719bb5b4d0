// The buyer under a window envelope's sender line as a scan's reader returns it (synthetic invoices, session 11): the
// sender line's dot glued as a dash after a legal form, and a one-word heading ("An") over the name with the meta
// column's labels beside it.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineAt } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field, INVOICE_FIELDS, invoiceValues } from "@/tests/fixtures/extraction/extract-fields";
import { findRecipientName } from "./find-recipient-name";
import { buildPageRows } from "./page-rows";

const LETTERHEAD: Array<string | Array<[number, string]>> = [
  [
    [0.07, "RECHNUNG"],
    [0.6, "Nordlicht Gebäudeservice GmbH"],
  ],
  [[0.85, "Mühlenweg 49"]],
  [[0.85, "70173 Stuttgart"]],
];

describe("extractFieldsOffline: the recipient under a window's sender line", () => {
  it("reads a sender line whose dot the reader glued as a dash after the legal form ('GmbH-Lindenweg 54a')", async () => {
    // Line boxes as PaddleOCR read them off a 192 dpi scan.
    const page = buildPageLayout(
      [
        lineAt("Rechnung", 0.064, 0.191, 0.046, 0.061),
        lineAt("Lindner & Neumann Haustechnik GmbH", 0.537, 0.936, 0.045, 0.056),
        lineAt("Lindenweg 54a", 0.849, 0.938, 0.06, 0.069),
        lineAt("Rechnungsnummer RE-23424", 0.062, 0.25, 0.073, 0.083),
        lineAt("80331 Munchen", 0.844, 0.939, 0.071, 0.08),
        lineAt("Rechnungsdatum 07.01.2025", 0.062, 0.257, 0.086, 0.095),
        lineAt("E-Mail: rechnung@lindner-neumann-haustechnik.de", 0.636, 0.939, 0.081, 0.092),
        lineAt("Umsatzsteuer-IDDE519631941", 0.755, 0.936, 0.093, 0.101),
        lineAt("Kunden-Nr. 26970", 0.061, 0.228, 0.098, 0.109),
        lineAt("Lieferdatum 05.01.2025", 0.061, 0.257, 0.111, 0.12),
        lineAt("Lindner & Neumann Haustechnik GmbH-Lindenweg 54a·80331 Munchen", 0.063, 0.403, 0.138, 0.146),
        lineAt("Sanchez&RuizS.L", 0.063, 0.187, 0.153, 0.16),
        lineAt("Calle San Vicente,88", 0.062, 0.187, 0.164, 0.173),
        lineAt("28013 Madrid (Madrid)", 0.061, 0.198, 0.174, 0.184),
        lineAt("SPAIN", 0.063, 0.099, 0.185, 0.193),
        lineAt("USt-IdNr.Kunde: B46298053", 0.063, 0.23, 0.197, 0.204),
      ],
      { source: "ocr" },
    );
    expect(findRecipientName(buildPageRows(page))?.text).toBe("Sanchez&RuizS.L");
    expect((await invoiceValues(page)).customer_name).toBe("Sanchez&RuizS.L");
  });

  it("skips a one-word heading over the name, the meta column's labels beside it", async () => {
    const page = layoutFromRows([
      ...LETTERHEAD,
      [
        [0.07, "Nordlicht Gebäudeservice GmbH·Mühlenweg 49·70173Stuttgart"],
        [0.6, "Rechnungsnummer RE-74206"],
      ],
      [
        [0.07, "An"],
        [0.6, "Rechnungsdatum 22.05.2023"],
      ],
      [
        [0.07, "Krüger & Neumann Haustechnik GmbH & Co.KG"],
        [0.6, "Kunden-Nr. 2161"],
      ],
      "Gartenstraße 78a",
      "90402 Nürnberg",
    ]);
    expect((await invoiceValues(page)).customer_name).toBe("Krüger & Neumann Haustechnik GmbH & Co.KG");
  });

  it("reads a sender line whose dot before the postcode the reader read as a dash ('Schillerstraße 90-04109 Leipzig')", async () => {
    const page = layoutFromRows([
      ...LETTERHEAD,
      [
        [0.07, "Nordlicht Gebäudeservice GmbH·Schillerstraße 90-04109 Leipzig"],
        [0.6, "Rechnungsdatum: 2025-08-30"],
      ],
      [
        [0.07, "Instalaciones Ruiz S.L."],
        [0.6, "Rechnungsnr.: RE-26988"],
      ],
      "Avenida de la Constitucion,29,8°B",
      "48001 Bilbao (Bilbao)",
    ]);
    expect(findRecipientName(buildPageRows(page))?.text).toBe("Instalaciones Ruiz S.L.");
    // Its dots read as full stops after the legal form and the house number, the postcode's zeros as o's.
    const stops = layoutFromRows([
      ...LETTERHEAD,
      "Nordlicht Gebäudeservice AG. Industriestrasse 98. 9ooo St. Gallen",
      "Brunner Elektro AG",
      "HerrnLukas Brunner",
      "Industriestrasse 101",
      "6003 Luzern",
    ]);
    expect(findRecipientName(buildPageRows(stops))?.text).toBe("Brunner Elektro AG");
    // A row of dates and ids is no sender line, its dates' dashes no separators.
    const meta = layoutFromRows([...LETTERHEAD, "21-03-2023 108/PA ORD-903274 19-03-2023 40311645479", "Descrizione articolo"]);
    expect(findRecipientName(buildPageRows(meta))).toBeNull();
  });

  it("reads a sender line whose dots the reader read as a colon after 'Co.' and a full stop after the street", async () => {
    // Line boxes as PaddleOCR read them off a 192 dpi scan (synthetic invoice, seed 1151): a logo letterhead without a
    // company word, the window's sender line "Carver Consulting Group Co. · 1647 Market Street · Chicago, IL 60607".
    const page = buildPageLayout(
      [
        lineAt("CARVER INVOICE", 0.1, 0.903, 0.076, 0.102),
        lineAt("Consulting Group", 0.097, 0.275, 0.109, 0.126),
        lineAt("Invoice no. #64333", 0.659, 0.864, 0.12, 0.133),
        lineAt("1647 Market Street Invoice Date 05/18/2023", 0.097, 0.903, 0.135, 0.153),
        lineAt("Chicago, IL 60607", 0.097, 0.273, 0.153, 0.168),
        lineAt("Carver Consulting Group Co.: 1647 Market Street. Chicago, IL 60607", 0.096, 0.649, 0.231, 0.244),
        lineAt("Summit Analytics LLC", 0.097, 0.304, 0.253, 0.266),
        lineAt("Attention: David Summit", 0.097, 0.334, 0.271, 0.283),
        lineAt("3368 W. Randolph St.", 0.097, 0.305, 0.289, 0.301),
        lineAt("San Francisco, CA 94103", 0.097, 0.334, 0.306, 0.321),
        lineAt("Total $7,160.22", 0.578, 0.904, 0.63, 0.645),
        lineAt("EIN 57-5219774: Remit to: JPMorgan Chase Bank. Routing (ABA) 057614250. Account 0220703832", 0.124, 0.877, 0.932, 0.943),
      ],
      { source: "ocr" },
    );
    const values = await extract([...INVOICE_FIELDS, field("vendor_name", "Vendor Name")], [page]);
    expect([values.vendor_name.value, values.customer_name.value]).toEqual(["Carver Consulting Group Co.", "Summit Analytics LLC"]);
    // A row of labelled values whose colons follow no company word is no sender line.
    const meta = buildPageRows(
      layoutFromRows(["Carver Consulting Group", "Invoice no.: 64333 Date: 05/18/2023 Terms: Net 30 Chicago, IL 60607"]),
    );
    expect(findRecipientName(meta)).toBeNull();
  });

  it("reads a sender line whose British postcode the reader ran on to its town ('LeedsLS1 4AP')", async () => {
    const page = layoutFromRows([
      "Whitfield & Pemberton LLP",
      "Unit 15, Kingsway Business Park",
      [
        [0.05, "Whitfield & Pemberton LLP·Unit 15,Kingsway Business Park·LeedsLS1 4AP"],
        [0.8, "Invoice number: SI-1763"],
      ],
      [
        [0.05, "Holloway Consulting LLP"],
        [0.8, "Date: 12 Dec 2025"],
      ],
      "Unit 4,Meadow Business Park",
      "LondonEC1V9HX",
      "Registered in England and Wales No.37322470·Please pay to: NatWest·Sort code 17-16-38",
    ]);
    expect((await extract([field("customer_name", "Customer Name")], [page])).customer_name.value).toBe("Holloway Consulting LLP");
  });

  it("reads no sender line from a name whose legal form ends before a column gap ('S.L.      Factura Nº 2025-0277')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "FACTURA"],
        [0.6, "Talleres Ibérica S.L."],
      ],
      [[0.6, "Paseo de Gracia, 128"]],
      [[0.6, "46002 Valencia"]],
      [
        [0.05, "Distribuciones Fernández S.L."],
        [0.6, "Factura Nº 2025-0277"],
      ],
      [
        [0.05, "Paseo de Gracia, 42, 4º A"],
        [0.6, "Fecha de factura 24-07-2025"],
      ],
      "29015 Málaga",
    ]);
    expect(findRecipientName(buildPageRows(page))).toBeNull();
    expect((await invoiceValues(page)).customer_name).toBe("Distribuciones Fernández S.L.");
  });

  it("reads a sender line whose dot before the postcode the reader read as a dash glued to it ('143 -90402 Numberg')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "Rechnung"],
        [0.5, "Nordlicht Gebaudeservice GmbH"],
      ],
      [[0.55, "Muhlenweg 47a"]],
      [[0.55, "90402 Nurnberg"]],
      "Rechnungsnummer RE-48053",
      "Nordlicht Gebaudeservice GmbH ·Muhle 143 -90402 Numberg",
      "Neumann Gebaudeservice AG",
      "Bahnhofstraße 42",
      "60311 Frankfurt am Main",
    ]);
    expect(findRecipientName(buildPageRows(page))?.text).toBe("Neumann Gebaudeservice AG");
  });

  it("reads the recipient under the sender line's postcode that the page wrapped onto a line of its own ('98101')", async () => {
    const page = layoutFromRows([
      [
        [0.05, "HC Harper Consulting Group Co."],
        [0.7, "Invoice"],
      ],
      "1608 Congress Avenue, Suite 830",
      "Seattle, WA 98101",
      "",
      [
        [0.05, "Harper Consulting Group Co. · 1608 Congress Avenue, Suite 830 · Seattle, WA"],
        [0.66, "Invoice"],
      ],
      [
        [0.05, "98101"],
        [0.8, "2023-0785"],
      ],
      [[0.66, "number:"]],
      [
        [0.05, "Redwood Consulting Group Corp."],
        [0.8, "Jul 20, 2023"],
      ],
      [
        [0.05, "3494 Oak Avenue, Suite 440"],
        [0.66, "Invoice date:"],
      ],
      "Seattle, WA 98101",
    ]);
    expect(findRecipientName(buildPageRows(page))?.text).toBe("Redwood Consulting Group Corp.");
  });
});
