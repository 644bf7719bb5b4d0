// The seller's name where invoices print it besides a plain letterhead: beside a logo's monogram, over a legal form
// on a line of its own, in a one-line sender address, in the footer under a logo; never the buyer's block below it.

import { describe, expect, it } from "vitest";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";
import { letterheadPage as page, vendorOf } from "@/tests/fixtures/extraction/letterhead-page";

describe("extractFieldsOffline: the seller's name around the letterhead", () => {
  it("skips the buyer's block under its heading, however strong its legal form", async () => {
    const billedTo = page([
      "Pacific Plumbing Co.",
      "1373 W. Randolph St.",
      "New York, NY 10013",
      "Billed to",
      "Redwood Design Studio Inc.",
    ]);
    expect(await vendorOf(billedTo)).toBe("Pacific Plumbing Co.");
    const french = page([
      [
        [0.05, "Transports Girard SASU"],
        [0.7, "Facture"],
      ],
      "81 boulevard Voltaire",
      "Facturer à",
      "Transports Lefèvre SARL",
    ] as never);
    expect(await vendorOf(french)).toBe("Transports Girard SASU");
  });

  it("drops a logo's monogram printed before the name", async () => {
    expect(await vendorOf(page(["GR Gráficas Ruiz S.A.", "Avenida de la Constitución, 116"]))).toBe("Gráficas Ruiz S.A.");
    // Capitals that are not the initials of what follows stay.
    expect(await vendorOf(page(["ABC Gráficas Ruiz S.A.", "Avenida de la Constitución, 116"]))).toBe("ABC Gráficas Ruiz S.A.");
  });

  it("joins a legal form on a line of its own to the name above it", async () => {
    const split = page([[[0.6, "Installationen Gruber"]], [[0.6, "GmbH"]], [[0.6, "Wiener Straße 74/5"]]] as never);
    expect(await vendorOf(split)).toBe("Installationen Gruber GmbH");
    // Or the name's start, whose "&" runs on to the line with the legal form (another column's line between), after a
    // monogram.
    const ampersand = page([
      [
        [0.05, "TP Thornbury Plumbing &"],
        [0.6, "TAX INVOICE no."],
      ],
      [[0.7, "INV08529"]],
      "Heating Limited",
      "59 Station Road",
      "London",
    ] as never);
    expect(await vendorOf(ampersand)).toBe("Thornbury Plumbing & Heating Limited");
    // Or a partnership's names, right-aligned over the one word and legal form their line wrapped.
    const partners = page([
      [
        [0.05, "FACTUUR nr. 2025-"],
        [0.6, "JD Jansen & De Vries"],
      ],
      [
        [0.05, "0804"],
        [0.71, "Advies B.V."],
      ],
      [[0.69, "Stationsstraat 78"]],
      [[0.69, "1016 DK Amsterdam"]],
    ] as never);
    expect(await vendorOf(partners)).toBe("Jansen & De Vries Advies B.V.");
    // Or a legal form whose "&" runs on to the rest of it ("GmbH &" over "Co. KG").
    const partnership = page([
      [
        [0.05, "KH Krüger Haustechnik GmbH &"],
        [0.6, "Rechnung Nr. 2025-"],
      ],
      [
        [0.09, "Co. KG"],
        [0.6, "0728"],
      ],
      "Hauptstraße 78",
      "70173 Stuttgart",
    ] as never);
    expect(await vendorOf(partnership)).toBe("Krüger Haustechnik GmbH & Co. KG");
    // Or that form whole on the next line ("GmbH & Co. KG"), under the name beside its monogram.
    const wholeForm = page([
      [
        [0.05, "AM Alpenblick Medien"],
        [0.6, "RECHNUNG Nr."],
      ],
      [
        [0.05, "GmbH & Co. KG"],
        [0.6, "RE25-0768"],
      ],
      "Industriestraße 4a",
      "60311 Frankfurt am Main",
    ] as never);
    expect(await vendorOf(wholeForm)).toBe("Alpenblick Medien GmbH & Co. KG");
    // Not a sign over the name it repeats.
    expect(await vendorOf(page(["RESTORAN &", "RESTORAN & KATERING KENANGA", "(1143700-M)", "LOT 3024, JALAN INDAH"]))).toBe(
      "RESTORAN & KATERING KENANGA",
    );
  });

  it("ends a name at the separator of a one-line sender address, glued or not", async () => {
    expect(await vendorOf(page(["Holland Advies B.V. · Nieuwe Binnenweg 286 · 2511 CV Den Haag"]))).toBe("Holland Advies B.V.");
    expect(await vendorOf(page(["Holland Advies B.V.·Nieuwe Binnenweg 286·2511 CV Den Haag"]))).toBe("Holland Advies B.V.");
  });

  it("takes the footer's legal name when the letterhead is a logo that spells part of it", async () => {
    const logo = page(
      ["H A R P E R", "Consulting Group", "4759 Main Street, Suite 100", "Harper Analytics LLC", "693 Market Street"],
      ["Harper Consulting Group Inc. · 4759 Main Street · New York, NY 10013"],
    );
    expect(await vendorOf(logo)).toBe("Harper Consulting Group Inc.");
    // A footer naming another company (a bank, a parent) does not replace a letterhead with a legal form.
    const bank = page(["Pennine Logistics plc", "187 Mill Lane"], ["Barclays Bank PLC · Sort code 20-00-00"]);
    expect(await vendorOf(bank)).toBe("Pennine Logistics plc");
  });

  it("takes a footer legal name wrapped over the lines above it in its column, or its legal form below it", async () => {
    const column = (text: string, rest: string): Array<[number, string]> => [
      [0.05, text],
      [0.3, rest],
    ];
    const threeLines = page(
      ["LEVANTE   FACTURA", "Servicios Informáticos", "Gran Vía, 96, 2º A", "48001 Bilbao"],
      [
        column("Servicios", "Tel. +34 905 444 787"),
        column("Informáticos", "facturacion@levante.es"),
        column("Levante S.L.", "IBAN ES25 8875"),
      ],
    );
    expect(await vendorOf(threeLines)).toBe("Servicios Informáticos Levante S.L.");
    const ampersand = page(
      ["Invoice no. 2025/275   THORNBURY", "Plumbing & Heating", "194 Victoria Street"],
      [
        column("Thank you for your business.", ""),
        column("Thornbury Plumbing", "Phone +44 154 496 0136"),
        column("& Heating plc", "info@thornbury.co.uk"),
      ],
    );
    expect(await vendorOf(ampersand)).toBe("Thornbury Plumbing & Heating plc");
    // The legal form alone on the next line of the column.
    const suffixBelow = page(
      ["Facture   DUBOIS", "Bureautique", "44 rue du Commerce", "75011 PARIS"],
      [column("Dubois Bureautique", "Tél +33 3 33 78 97 56"), column("S.A.", "facturation@dubois.fr")],
    );
    expect(await vendorOf(suffixBelow)).toBe("Dubois Bureautique S.A.");
    // The legal form an "&" at the line's end joins.
    const joined = page(
      ["BRANDT   Rechnung", "Haustechnik", "Schillerstraße 74", "70173 Stuttgart"],
      [column("Haustechnik Brandt GmbH &", "Telefon 0260 / 462 98"), column("Co. KG", "info@haustechnik-brandt.de")],
    );
    expect(await vendorOf(joined)).toBe("Haustechnik Brandt GmbH & Co. KG");
    // Or the rest of the name with its legal form.
    const partners = page(
      ["FERNÁNDEZ   Factura", "Instalaciones", "Calle Mayor, 15", "48001 Bilbao"],
      [column("Fernández &", "Teléfono +34 987 961"), column("López S.L.", "760"), column("Calle Mayor, 15", "")],
    );
    expect(await vendorOf(partners)).toBe("Fernández & López S.L.");
  });

  it("takes a footer legal name whose dotted legal form the reader ran into the word before it ('ICTV.O.F.')", async () => {
    const glued = page(
      ["MEIJER   FACTUUR", "ICT", "Kerkstraat 37"],
      ["Meijer&Mulder ICTV.O.F. ·Kerkstraat 37·9711LM Groningen ·Telefoon +3153373"],
    );
    expect(await vendorOf(glued)).toBe("Meijer&Mulder ICT V.O.F.");
  });

  it("takes a footer legal name that dashes separate from the address, also glued after its full stop", async () => {
    const dashed = page(
      ["Factuur   HOLLAND", "Kantoorinrichting", "Nieuwe Binnenweg 356", "GEFACTUREERD AAN", "Alpen Werbeagentur e.U."],
      ["Holland Kantoorinrichting N.V. - Nieuwe Binnenweg 356 - 2511 CV Den Haag - Tel. 075 - 425 11 54"],
    );
    expect(await vendorOf(dashed)).toBe("Holland Kantoorinrichting N.V.");
    const glued = page(
      ["Factura   FERNANDEZ", "Servicios Informaticos", "Gran Via, 96"],
      ["Servicios Informaticos Fernandez S.L.U.-Gran Via,96-28013 Madrid-Tel. 961 94 1476"],
    );
    expect(await vendorOf(glued)).toBe("Servicios Informaticos Fernandez S.L.U.");
    // Or glued to the house number after a company word.
    const houseNumber = page(
      ["INVOICE   REDWOOD", "Media", "1583 Main Street, Suite 306"],
      ["Redwood Media Corp. -1583 Main Street, Suite 306- Chicago, IL 60607· Tel (241) 555-0498"],
    );
    expect(await vendorOf(houseNumber)).toBe("Redwood Media Corp.");
  });

  it("reads the Italian 'Spett.le' as the buyer's heading, not as the buyer", async () => {
    const italian = page(["Logistica Alpina S.r.l.", "Via Garibaldi, 58", "Spett.le", "Greco Impianti S.r.l.s."]);
    const result = await extract([field("customer_name", "Customer Name")], [italian]);
    expect(result.customer_name.value).toBe("Greco Impianti S.r.l.s.");
  });

  it("takes the footer's longer name that the letterhead prints on two lines, and German e.K. as a legal form", async () => {
    const twoLines = page(
      ["Randstad", "Kantoorinrichting B.V.", "Stationsplein 12"],
      ["Randstad Kantoorinrichting B.V. · Stationsplein 12 · 3511 ED Utrecht"],
    );
    expect(await vendorOf(twoLines)).toBe("Randstad Kantoorinrichting B.V.");
    const einzelkaufmann = page([
      "EI Elektrotechnik Isartal e.K.",
      "Friedrich-Ebert-Straße 21",
      "60311 Frankfurt am Main",
      "",
      "Hansa Gebäudeservice GmbH",
      "Schillerstraße 38a",
    ]);
    expect(await vendorOf(einzelkaufmann)).toBe("Elektrotechnik Isartal e.K.");
  });

  it("reads no heading in a name line one slip from one ('Forniture' ~ 'Fornitore')", async () => {
    const logo = page(
      ["Fattura ALPINA", "Forniture", "Piazza della Repubblica, 60", "40121 Bologna (BO)"],
      ["Alpina Forniture S.r.l. · Piazza della Repubblica, 60 · 40121 Bologna (BO)"],
    );
    expect(await vendorOf(logo)).toBe("Alpina Forniture S.r.l.");
  });

  it("finds the footer's name that a scan's reader ran together under a logo letterhead", async () => {
    const scanned = page(
      ["Fattura RICCI", "Impianti", "Via Dante Alighieri 41"],
      ["Ricci&ColomboImpianti S.r.l.s.·ViaDanteAlighieri 41·20121Milano(MI)"],
    );
    expect(await vendorOf(scanned)).toBe("Ricci&ColomboImpianti S.r.l.s.");
    // The legal form glued to the name too (set apart), or a dash glued after it.
    const glued = page(["HOLLIS Invoice", "Design", "881 Elm St."], ["Hollis &MarlowInc.·881 Elm St.·Austin, TX 78701"]);
    expect(await vendorOf(glued)).toBe("Hollis &Marlow Inc.");
    const dashed = page(["INVOICE HOLLIS", "Design"], ["Hollis Design Co.- 881 Elm Street ·Austin, TX 78701"]);
    expect(await vendorOf(dashed)).toBe("Hollis Design Co.");
  });
});
