// Amounts as a scan's reader glues and spaces them (synthetic JPEG invoices, session 12): a tax label, its rate, a
// currency code and the amount in one word; a base and its tax run together; a space after the thousands separator.

import { describe, expect, it } from "vitest";
import { buildPageLayout, layoutFromRows, lineAt, lineOfWords } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, field } from "@/tests/fixtures/extraction/extract-fields";

const TAX = [field("tax_amount", "Tax Amount", "number")];

describe("extractFieldsOffline: amounts a scan's reader ran together", () => {
  it("reads the tax glued to its label, rate and currency code ('VAT20%GBP305.58'), not the total under it", async () => {
    const page = layoutFromRows([
      "PEMBERTON TAX INVOICE",
      "QTY Unit Item Rate Line total",
      "3 Boiler service 509.30 1,527.90",
      [
        [0.6, "Net total"],
        [0.8, "GBP 1,527.90"],
      ],
      [[0.6, "VAT20%GBP305.58"]],
      [
        [0.6, "Gross total"],
        [0.8, "GBP 1,833.48"],
      ],
    ]);
    expect((await extract(TAX, [page])).tax_amount.normalizedValue).toBe(305.58);
  });

  it("splits a base and its tax read as one word ('115,9024,34USD') and sums the tax of each rate", async () => {
    const page = layoutFromRows([
      "Concepto Uds. Precio IVA Importe",
      "Silla de oficina ergonomica 2 413,50 USD 10 % 827,00 USD",
      "Reportaje fotografico 1 650,95 USD 10% 650,95 USD",
      "Impresion folletos A5 1 98,90 USD 21 % 98,90 USD",
      "Desplazamiento 1 17,00 USD 21 % 17,00 USD",
      [
        [0.4, "Importe neto"],
        [0.8, "1.593,85USD"],
      ],
      [[0.5, "IVA21%sobre 115,9024,34USD"]],
      [[0.5, "IVA 10%sobre 1.477,95 147,80USD"]],
      [
        [0.4, "Total factura"],
        [0.8, "1.765,99 USD"],
      ],
    ]);
    expect((await extract(TAX, [page])).tax_amount.normalizedValue).toBe(172.14);
  });

  it("keeps one amount in thousands groups whole, its decimal comma read as a point ('5.566.60')", async () => {
    const page = layoutFromRows(["Subtotaalexcl.BTW: 5.566.60", "BTW21%: 1.168.99", "Te betalen: 6.735,59"]);
    const { net_amount } = await extract([field("net_amount", "Net Amount", "number")], [page]);
    expect(net_amount.normalizedValue).toBe(5566.6);
  });

  it("reads an amount with a space after its thousands separator ('$4, 337.55'), less surely", async () => {
    const page = layoutFromRows([
      "Invoice number 24046",
      "Qty Description Price Amount",
      "1 Annual maintenance contract $1,133.90 $1,133.90",
      "7 Labour $76.00 $532.00",
      [
        [0.6, "Sub Total"],
        [0.72, "Tax 8.875%"],
        [0.88, "Total"],
      ],
      [
        [0.6, "$4, 337.55"],
        [0.75, "$384.96"],
        [0.86, "$4,722.51"],
      ],
    ]);
    const { net_amount } = await extract([field("net_amount", "Net Amount", "number")], [page]);
    expect(net_amount.normalizedValue).toBe(4337.55);
    expect(net_amount.confidence).toBeLessThan(0.9);
  });

  it("reads a tax label run into its currency code before the amount ('21%btwEUR1.496,75'), not the total's 'incl. btw'", async () => {
    const page = layoutFromRows([
      "Omschrijving Aantal Prijs per eenheid Bedrag",
      "Arbeidsloon 4,5 EUR 67,00 EUR 301,50",
      [[0.6, "Subtotaalexcl.BTWEUR 7.127,40"]],
      [[0.6, "21%btwEUR1.496,75"]],
      [[0.6, "Totaal incl.btw EUR 8.624,15"]],
    ]);
    expect((await extract(TAX, [page])).tax_amount.normalizedValue).toBe(1496.75);
  });

  it("reads no rate whose sign the label's cell wrapped ('Montant TVA 20' over '%:') for the tax between them", async () => {
    // As a PDF's text layer places it: the amount centred between the label's two lines.
    const page = buildPageLayout([
      lineAt("Menuiserie Moreau SARL", 0.095, 0.3, 0.05, 0.065),
      lineAt("Sous-total HT: 7987,60 €", 0.629, 0.904, 0.513, 0.527),
      lineAt("Montant TVA 20", 0.629, 0.774, 0.533, 0.547),
      lineAt("1597,52 €", 0.814, 0.904, 0.541, 0.556),
      lineAt("%:", 0.629, 0.652, 0.55, 0.564),
      lineAt("Total TTC: 9585,12 €", 0.629, 0.904, 0.574, 0.59),
    ]);
    const { tax_amount } = await extract(TAX, [page]);
    expect(tax_amount.normalizedValue).toBe(1597.52);
  });

  it("reads the total under 'Total factura', not what is left to pay, where the reader split the rate before it ('(21' '%)')", async () => {
    // A Spanish invoice's totals row as PaddleOCR read it off a JPEG: the rate's sign a word of its own, the gap to
    // "Total" a little narrower than a column gap.
    const word = (text: string, x0: number, x1: number, y0 = 0.464, y1 = 0.479) => ({ text, confidence: 0.98, box: { x0, x1, y0, y1 } });
    const letterhead = buildPageLayout([lineAt("Reformas Castilla S.L.", 0.1, 0.4, 0.05, 0.07)], { source: "ocr" });
    const page = {
      ...letterhead,
      lines: [
        ...letterhead.lines,
        lineOfWords(
          [
            ["Subtotal", 0.287, 0.364],
            ["IVA", 0.388, 0.418],
            ["(21", 0.428, 0.457],
            ["%)", 0.467, 0.487],
            ["Total", 0.51, 0.555],
            ["factura", 0.564, 0.627],
            ["Pagado", 0.67, 0.738],
            ["Total", 0.761, 0.808],
            ["a", 0.817, 0.827],
            ["pagar", 0.836, 0.883],
          ].map(([text, x0, x1]) => word(text as string, x0 as number, x1 as number)),
        ),
        lineOfWords(
          [
            ["436,00", 0.284, 0.365],
            ["91,56", 0.418, 0.487],
            ["527,56", 0.54, 0.628],
            ["-106,00", 0.65, 0.739],
            ["421,56", 0.802, 0.883],
          ].map(([text, x0, x1]) => word(text as string, x0 as number, x1 as number, 0.489, 0.502)),
        ),
      ],
    };
    const { total_amount } = await extract([field("total_amount", "Total Amount", "number")], [page]);
    expect(total_amount.normalizedValue).toBe(527.56);
  });
});
