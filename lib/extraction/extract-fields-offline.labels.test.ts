// Labels and layouts from invoices and receipts the rules were not written against (synthetic sets, session 7):
// numbers, dates and totals under their labels in five languages, totals' rows that name the tax, tax over two rates.

import { describe, expect, it } from "vitest";
import { layoutFromRows } from "@/tests/fixtures/extraction/build-page-layout";
import { extract, INVOICE_FIELDS, invoiceValues, labelValueRow } from "@/tests/fixtures/extraction/extract-fields";

const [FIELDS, row, values] = [INVOICE_FIELDS, labelValueRow, invoiceValues];

describe("extractFieldsOffline: labels and totals' rows from unseen invoices and receipts", () => {
  it("reads 'Fattura n.', 'Réf. facture' and 'Factuurnr' (an id that spells a date), and 'Te betalen vóór' as the due date", async () => {
    const italian = layoutFromRows([
      "Marino Impianti S.r.l.",
      [
        [0.05, "Data documento"],
        [0.3, "Fattura n."],
        [0.55, "Cod. cliente"],
      ],
      [
        [0.05, "24/01/2024"],
        [0.3, "003552"],
        [0.55, "K69934"],
      ],
    ]);
    expect((await values(italian)).invoice_number).toBe("003552");
    const french = layoutFromRows(["Menuiserie Rousseau SARL", "ADRESSE DE FACTURATION   Réf. facture F2023-0348"]);
    expect((await values(french)).invoice_number).toBe("F2023-0348");
    const dutch = layoutFromRows([
      "De Boer & Jansen Advies B.V.",
      [
        [0.05, "Factuurnr"],
        [0.3, "Factuurdatum"],
        [0.55, "Te betalen vóór"],
      ],
      [
        [0.05, "20250827"],
        [0.3, "15-02-2025"],
        [0.55, "16-04-2025"],
      ],
    ]);
    expect(await values(dutch)).toMatchObject({ invoice_number: "20250827", date: "2025-02-15", due_date: "2025-04-16" });
  });

  it("reads the invoice date under 'Data emissione', not the 'Scadenza' beside it", async () => {
    const page = layoutFromRows([
      "Greco Arredamenti S.r.l.",
      [
        [0.05, "Scadenza"],
        [0.3, "Data emissione"],
        [0.55, "Cod. cliente"],
      ],
      [
        [0.05, "31.07.2024"],
        [0.3, "16.06.2024"],
        [0.55, "C20952"],
      ],
    ]);
    expect(await values(page)).toMatchObject({ date: "2024-06-16", due_date: "2024-07-31" });
  });

  it("reads two labels in neighbouring cells ('Data', 'Scadenza') as two labels, not 'Data scadenza'", async () => {
    const page = layoutFromRows([
      "Forniture Galli S.n.c.",
      [
        [0.05, "Nr. documento"],
        [0.3, "Data"],
        [0.45, "Scadenza"],
      ],
      [
        [0.05, "120/PA"],
        [0.3, "20.01.2025"],
        [0.45, "21.03.2025"],
      ],
    ]);
    expect(await values(page)).toMatchObject({ invoice_number: "120/PA", date: "2025-01-20", due_date: "2025-03-21" });
  });

  it("takes no 'P.I.' cell (nor its misread 'P.1.') in a row of labels for the buyer or the invoice number", async () => {
    for (const label of ["P.I.", "P.1."]) {
      const page = layoutFromRows([
        "Logistica Lombarda S.r.l.s.",
        "Corso Italia 122",
        "50123 Firenze (FI)",
        "Gruber Transporte GmbH",
        "Herrengasse 69",
        "1060 Wien",
        [
          [0.05, "Data fattura"],
          [0.25, "Nr. documento"],
          [0.45, "Cod. cliente"],
          [0.65, label],
        ],
        [
          [0.05, "27/02/2025"],
          [0.25, "135/2025"],
          [0.45, "49938"],
          [0.65, "62441664525"],
        ],
      ]);
      const found = await values(page);
      expect(found.invoice_number).toBe("135/2025");
      expect(found.customer_name).not.toBe(label);
    }
  });

  it("reads a payment deadline stated in a French sentence", async () => {
    const page = layoutFromRows([
      "Plomberie Bretagne SAS",
      "Facture n° FA-24-589   Date : 17/07/2024",
      "Paiement attendu au plus tard le 16 août 2024.",
    ]);
    expect((await values(page)).due_date).toBe("2024-08-16");
  });

  it("reads 'Bruttobetrag', 'Invoice total', 'Jumlah' and 'Net à payer' as the total, not 'Line total' or 'Total hors taxes'", async () => {
    const german = layoutFromRows([
      "Druckerei Weber GmbH",
      row("Summe netto", "5047,48"),
      row("Umsatzsteuer 19 %", "959,02"),
      row("Bruttobetrag", "6006,50"),
      row("Anzahlung erhalten", "-504,00"),
      row("Restbetrag", "5502,50"),
    ]);
    expect((await values(german)).total_amount).toBe(6006.5);
    // A row of labels that states what is due is the totals' row, not a tax breakdown, though it names the tax.
    const italian = layoutFromRows([
      "Arredamenti Marino S.p.A.",
      [
        [0.3, "Totale imponibile"],
        [0.55, "IVA 22%"],
        [0.75, "Netto a pagare"],
      ],
      [
        [0.3, "2034,45"],
        [0.55, "447,58"],
        [0.75, "EUR 2482,03"],
      ],
    ]);
    expect(await values(italian)).toMatchObject({ total_amount: 2482.03, net_amount: 2034.45, tax_amount: 447.58 });
    const malay = layoutFromRows([
      "KEDAI MAKAN BERKAT",
      "SUBTOTAL 1437.60",
      "Total GST 86.26",
      "Rounding -0.01",
      "Jumlah 1523.85",
      "VISA 1523.85",
    ]);
    expect((await values(malay)).total_amount).toBe(1523.85);
    // A total alone on its line with its amount right-aligned on the next; one read without its decimal point.
    const below = layoutFromRows([
      "KOPITIAM BAITUL",
      "SUBTOTAL 25.34",
      "SVC CHG 10% 2.53",
      "Govt Tax 6% 1.67",
      "GRAND TOTAL",
      [[0.8, "29.55"]],
      "PLEASE KEEP THIS RECEIPT",
    ]);
    expect((await values(below)).total_amount).toBe(29.55);
    // Also when the card payment repeats it right under it: a label alone on its line heads no table.
    // "NETT TOTAL" too: the label's phrase is the whole line.
    const card = (label: string) =>
      layoutFromRows([
        "KEDAI MAKAN BERKAT",
        [
          [0.05, "Sub Total"],
          [0.8, "377.40"],
        ],
        [
          [0.05, "GST 6%"],
          [0.8, "24.91"],
        ],
        label,
        [[0.8, "440.05"]],
        [
          [0.05, "MASTERCARD"],
          [0.8, "440.05"],
        ],
      ]);
    for (const label of ["TOTAL", "NETT TOTAL"]) expect((await values(card(label))).total_amount).toBe(440.05);
    const lostPoint = layoutFromRows(["KEDAI MAKAN BERKAT", "Total Excl. GST 1109.76", "TOTAL AMOUNT DUE 117635", "DEBIT CARD 1176.35"]);
    const total = (await extract(FIELDS, [lostPoint])).total_amount;
    expect(total.normalizedValue).toBe(1176.35);
    expect(total.confidence).toBeLessThan(0.9);
    const french = layoutFromRows([
      "Conseil Dubois S.A.",
      "Total hors taxes: 5792,10 €",
      "Montant TVA 20 %: 1158,42 €",
      "Net à payer: 6950,52 €",
    ]);
    expect(await values(french)).toMatchObject({ total_amount: 6950.52, net_amount: 5792.1 });
    const english = layoutFromRows([
      "Thornbury Plumbing Ltd",
      [
        [0.05, "Item"],
        [0.7, "Line total"],
      ],
      [
        [0.05, "Annual maintenance contract"],
        [0.7, "900.00"],
      ],
      [
        [0.05, "Total excl. VAT"],
        [0.3, "VAT (20%)"],
        [0.55, "Invoice total"],
      ],
      [
        [0.05, "2132.38"],
        [0.3, "426.48"],
        [0.55, "2558.86"],
      ],
    ]);
    expect(await values(english)).toMatchObject({ total_amount: 2558.86, net_amount: 2132.38, tax_amount: 426.48 });
  });

  it("reads the invoice date, not the date of service, and the buyer under 'INTESTATARIO', not a meta label", async () => {
    const french = layoutFromRows([
      "Conseil Dubois S.A.",
      "N° de facture: FAC-2023-00392 | Date de facturation: 10/07/2023 | Date de prestation: 29/06/2023",
    ]);
    expect((await values(french)).date).toBe("2023-07-10");
    const italian = layoutFromRows([
      "Costruzioni Bianchi S.n.c.",
      "P.I. 45066625621",
      "INTESTATARIO",
      "Marino & Bianchi S.r.l.s.",
      "Via Garibaldi 32",
      [
        [0.05, "Data documento"],
        [0.3, "Cod. cliente"],
        [0.55, "Vs. ordine"],
      ],
      [
        [0.05, "24/01/2024"],
        [0.3, "K69934"],
        [0.55, "PO-147674"],
      ],
    ]);
    expect((await values(italian)).customer_name).toBe("Marino & Bianchi S.r.l.s.");
    // "Cód. cliente" read with a slip ("C6d.") is no label of a name beside "N.º pedido": the recipient stays.
    const labels = layoutFromRows([
      "Torres & Ruiz Construcciones S.L.",
      "Paseo de Gracia, 39",
      "29015 Malaga",
      "Torres & Ruiz Construcciones S.L. · Paseo de Gracia, 39 · 29015 Malaga",
      "Levante Talleres S.L.",
      "Calle San Vicente, 43",
      "08007 Barcelona",
      [
        [0.05, "C6d. cliente"],
        [0.3, "N.º pedido"],
      ],
      [
        [0.05, "92527"],
        [0.3, "ORD-798901"],
      ],
    ]);
    expect((await values(labels)).customer_name).toBe("Levante Talleres S.L.");
  });

  it("adds the tax of two rates printed as a row of labels over their amounts, and reads a label glued to its rate", async () => {
    const english = layoutFromRows([
      "Thornbury Plumbing Ltd",
      [
        [0.05, "Net amount"],
        [0.25, "VAT (20%) on 1,549.00"],
        [0.5, "VAT (5%) on 90.00"],
        [0.75, "Amount due"],
      ],
      [
        [0.05, "1,639.00"],
        [0.25, "309.80"],
        [0.5, "4.50"],
        [0.75, "1,953.30 GBP"],
      ],
    ]);
    expect(await values(english)).toMatchObject({ tax_amount: 314.3, total_amount: 1953.3 });
    // "Montant TVA 20 %" is matched as "Montant TVA" and as "TVA": each amount counts once.
    const french = layoutFromRows([
      "Conseil Dubois S.A.",
      [
        [0.05, "Total HT"],
        [0.2, "Montant TVA 20 %"],
        [0.4, "Montant TVA 10 %"],
        [0.6, "Total TTC"],
      ],
      [
        [0.05, "3 428,00"],
        [0.2, "594,20"],
        [0.4, "45,70"],
        [0.6, "4 067,90"],
      ],
    ]);
    expect(await values(french)).toMatchObject({ tax_amount: 639.9, total_amount: 4067.9 });
    const dutch = layoutFromRows(["Visser Advies B.V.", "Totaal excl. btw: 1.540,90", "BTW21%:323,59", "TOTAAL: 1.864,49"]);
    expect(await values(dutch)).toMatchObject({ tax_amount: 323.59, net_amount: 1540.9, total_amount: 1864.49 });
  });
});
