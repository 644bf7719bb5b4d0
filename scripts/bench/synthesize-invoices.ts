// Synthetic one-page business invoices for measuring the extractor on layouts it was not tuned on. Each invoice is
// built as self-contained HTML (inline CSS, system fonts only), printed to PDF by Chromium and, with --raster, also
// photographed as a ~190 dpi JPEG of the same page; truth.json holds the printed values in the bench format.
//   npx tsx scripts/bench/synthesize-invoices.ts --out /tmp/synth-invoices --count 40 --seed 7 [--raster]
//   npm run bench:offline -- /tmp/synth-invoices --misses
// Every choice (country, language, labels, date and number formats, layout, fonts) is drawn independently per
// invoice from a seeded PRNG, and invoice N depends only on (seed, N): a larger --count keeps the first ones.
// Truth rules: dates ISO, amounts "1234.56", currency as ISO code, text exactly as printed; a field that the page
// does not print is left out. total_amount is always net + tax, also when a payment line shows a smaller balance.

import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: tiny, fast and good enough to make reproducible benchmark data. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  digits(count: number): string {
    let out = "";
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
  letters(count: number): string {
    let out = "";
    for (let i = 0; i < count; i++) out += String.fromCharCode(65 + this.int(0, 25));
    return out;
  }
  shuffle<T>(list: readonly T[]): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/** A well-mixed seed per (run seed, invoice index), so invoice N does not depend on how many came before it. */
function invoiceSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.imul(h, 0x27d4eb2f) >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Languages: the labels, words and formats real invoices in each language use

type TLang = "en-GB" | "en-US" | "de" | "fr" | "es" | "it" | "nl";
type TUnit = "h" | "pc" | "flat" | "m" | "month";
type TDateFormat = "dd.mm.yyyy" | "dd/mm/yyyy" | "dd-mm-yyyy" | "mm/dd/yyyy" | "yyyy-mm-dd" | "dd.mm.yy" | "long" | "short";
interface TNumberStyle {
  group: string;
  decimal: "." | ",";
}

interface TLanguage {
  title: string[];
  invoiceNo: string[];
  date: string[];
  due: string[];
  billTo: string[];
  net: string[];
  /** "{r}" is the rate as printed, e.g. "19" or "5,5". */
  tax: string[];
  total: string[];
  /** Labels that mean "what is still to pay": a total label only when no payment line follows. */
  totalUnpaid: string[];
  paid: string[];
  balance: string[];
  vatId: string[];
  buyerVatId: string[];
  cols: { pos: string[]; desc: string[]; qty: string[]; unit: string[]; price: string[]; amount: string[]; rate: string[] };
  units: Record<TUnit, string>;
  months: string[];
  shortMonths: string[];
  dateFormats: TDateFormat[];
  numberStyles: TNumberStyle[];
  /** Where the currency symbol goes by default: "€ 1.234,56", "£1,234.56", "1 234,56 €". */
  symbolAfter: boolean;
  symbolSpace: boolean;
  currencyNote: string[];
  currencyLabel: string;
  terms: string[];
  dueSentence: string[];
  thanks: string[];
  intro: string[];
  customerNo: string[];
  orderNo: string[];
  deliveryDate: string[];
  phone: string[];
  email: string[];
  web: string[];
  bank: string[];
  attention: string[];
  firstNames: string[];
  mailbox: string[];
  page: string;
  /** description, unit, price range in whole currency units */
  items: [string, TUnit, number, number][];
}

/** Number styles written as samples: "1.234,56" is group "." and decimal ","; "1234.56" has no grouping. */
function styles(...samples: string[]): TNumberStyle[] {
  return samples.map((sample) => ({ group: sample.slice(1, -6), decimal: sample.at(-3) as "." | "," }));
}

/** Small tables written inline as "a|b; c|d". */
function rows(table: string): string[][] {
  return table.split("; ").map((row) => row.split("|"));
}

const EN_MONTHS = "January February March April May June July August September October November December".split(" ");
const EN_BASE = {
  title: ["INVOICE", "Invoice", "INVOICE"],
  invoiceNo: ["Invoice No.", "Invoice #", "Invoice number", "Invoice Number", "Invoice no."],
  date: ["Date", "Invoice date", "Invoice Date", "Date of issue", "Issue date"],
  due: ["Due date", "Payment due", "Due Date", "Date due", "Payment due by"],
  billTo: ["Bill to", "Bill To", "Invoice to", "Billed to", "Customer"],
  total: ["Total", "Invoice total", "TOTAL", "Total amount"],
  totalUnpaid: ["Total due", "Amount due", "Balance due"],
  paid: ["Amount paid", "Paid", "Less deposit", "Payment received"],
  balance: ["Balance due", "Amount due", "Balance"],
  cols: {
    pos: ["#", "Item", "No."],
    desc: ["Description", "Item", "Service", "Item description"],
    qty: ["Qty", "Quantity", "QTY", "Units"],
    unit: ["Unit"],
    price: ["Unit price", "Rate", "Price", "Unit cost"],
    amount: ["Amount", "Total", "Line total"],
    rate: ["VAT", "VAT %", "Tax"],
  },
  units: { h: "hrs", pc: "pcs", flat: "", m: "m", month: "mo" },
  months: EN_MONTHS,
  shortMonths: EN_MONTHS.map((month) => month.slice(0, 3)),
  numberStyles: styles("1,234.56", "1,234.56", "1,234.56", "1234.56"),
  symbolAfter: false,
  symbolSpace: false,
  currencyNote: ["All amounts in {c}.", "Amounts are shown in {c}.", "All prices are quoted in {c}."],
  currencyLabel: "Currency",
  terms: ["Payment terms: {d} days net.", "Payment is due within {d} days.", "Terms: Net {d}"],
  dueSentence: ["Please pay by {date}.", "Payment is due on {date}.", "Kindly settle this invoice by {date}."],
  thanks: ["Thank you for your business!", "Thank you for your custom.", "We appreciate your business."],
  intro: ["Thank you for your order. Please find our invoice below.", "For services rendered as agreed:"],
  customerNo: ["Customer No.", "Account No.", "Customer ID"],
  orderNo: ["PO Number", "Order No.", "Your ref.", "P.O. #"],
  deliveryDate: ["Delivery date", "Service date", "Ship date"],
  phone: ["Tel", "Phone", "T"],
  email: ["Email", "E"],
  web: ["Web", "W"],
  attention: ["Attn: {n}", "FAO {n}", "Attention: {n}"],
  mailbox: ["accounts", "billing", "info", "hello"],
  page: "Page 1 of 1",
  items: [
    ["Website design and build", "flat", 800, 4000],
    ["Consulting", "h", 60, 180],
    ["Annual maintenance contract", "flat", 300, 1500],
    ["Boiler service", "flat", 80, 180],
    ["Labour", "h", 35, 90],
    ["Copper pipe 15 mm", "m", 3, 12],
    ["Printing: A5 flyers, 1,000 copies", "flat", 40, 160],
    ["Delivery charge", "flat", 10, 60],
    ["Cloud hosting – monthly plan", "month", 20, 200],
    ["Ergonomic office chair", "pc", 120, 480],
    ["Photography – half day", "flat", 250, 700],
    ["Translation EN>DE", "h", 40, 90],
  ] as [string, TUnit, number, number][],
};

const LANGUAGES: Record<TLang, TLanguage> = {
  "en-GB": {
    ...EN_BASE,
    title: ["INVOICE", "Invoice", "TAX INVOICE", "VAT INVOICE"],
    net: ["Subtotal", "Net amount", "Net total", "Total excl. VAT", "Sub-total"],
    tax: ["VAT {r}%", "VAT @ {r}%", "VAT ({r}%)"],
    total: [...EN_BASE.total, "Total incl. VAT", "Gross total"],
    vatId: ["VAT No.", "VAT Reg. No.", "VAT registration no.", "VAT Number"],
    buyerVatId: ["Customer VAT No.", "Your VAT No."],
    dateFormats: ["dd/mm/yyyy", "dd/mm/yyyy", "long", "short", "yyyy-mm-dd"],
    bank: ["Bank details", "Payment details", "Please pay to"],
    firstNames: ["Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "James", "Sophie"],
  },
  "en-US": {
    ...EN_BASE,
    net: ["Subtotal", "Sub Total", "Net amount", "Subtotal"],
    tax: ["Sales tax ({r}%)", "Tax ({r}%)", "Sales Tax {r}%", "Tax {r}%"],
    vatId: [],
    buyerVatId: [],
    dateFormats: ["mm/dd/yyyy", "mm/dd/yyyy", "long", "short", "yyyy-mm-dd"],
    thanks: ["Thank you for your business!", "We appreciate your business.", "Thanks for your business."],
    bank: ["Payment details", "Remit to", "Wire / ACH"],
    firstNames: ["Michael", "Jennifer", "David", "Ashley", "Chris", "Megan", "Brian", "Laura"],
  },
  de: {
    title: ["RECHNUNG", "Rechnung"],
    invoiceNo: ["Rechnungsnummer", "Rechnung Nr.", "Rechnungs-Nr.", "Rechnungsnr.", "Re.-Nr."],
    date: ["Rechnungsdatum", "Datum", "Rechnungsdatum"],
    due: ["Fällig am", "Zahlbar bis", "Fälligkeitsdatum", "Zahlungsziel"],
    billTo: ["Rechnungsempfänger", "Kunde", "Rechnungsadresse", "An"],
    net: ["Nettobetrag", "Summe netto", "Zwischensumme", "Gesamt netto", "Nettosumme"],
    tax: ["MwSt. {r} %", "zzgl. {r} % MwSt.", "Umsatzsteuer {r} %", "USt. {r}%", "{r} % USt."],
    total: ["Gesamtbetrag", "Rechnungsbetrag", "Gesamtsumme", "Bruttobetrag", "Summe brutto", "Endbetrag"],
    totalUnpaid: ["Zu zahlender Betrag", "Zahlbetrag"],
    paid: ["Bereits bezahlt", "Abzüglich Anzahlung", "Anzahlung erhalten"],
    balance: ["Offener Betrag", "Noch zu zahlen", "Restbetrag"],
    vatId: ["USt-IdNr.", "USt-ID", "USt.-IdNr.", "Umsatzsteuer-ID"],
    buyerVatId: ["Ihre USt-IdNr.", "USt-IdNr. Kunde"],
    cols: {
      pos: ["Pos.", "Pos", "Nr."],
      desc: ["Beschreibung", "Bezeichnung", "Leistung", "Artikel / Leistung"],
      qty: ["Menge", "Anz.", "Anzahl"],
      unit: ["Einheit", "ME"],
      price: ["Einzelpreis", "E-Preis", "Preis/Einheit"],
      amount: ["Gesamtpreis", "Betrag", "Gesamt", "G-Preis"],
      rate: ["MwSt.", "USt."],
    },
    units: { h: "Std.", pc: "Stk.", flat: "psch.", m: "m", month: "Mon." },
    months: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
    shortMonths: "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.".split(" "),
    dateFormats: ["dd.mm.yyyy", "dd.mm.yyyy", "dd.mm.yyyy", "long", "yyyy-mm-dd", "dd.mm.yy"],
    numberStyles: styles("1.234,56", "1.234,56", "1.234,56", "1234,56"),
    symbolAfter: true,
    symbolSpace: true,
    currencyNote: ["Alle Beträge in {c}.", "Beträge in {c}.", "Sämtliche Preise verstehen sich in {c}."],
    currencyLabel: "Währung",
    terms: ["Zahlbar innerhalb von {d} Tagen ohne Abzug.", "Zahlungsziel: {d} Tage netto.", "Zahlungsbedingungen: {d} Tage netto"],
    dueSentence: ["Bitte überweisen Sie den Rechnungsbetrag bis zum {date}.", "Zahlbar ohne Abzug bis {date}."],
    thanks: ["Vielen Dank für Ihren Auftrag!", "Wir danken für Ihr Vertrauen.", "Mit freundlichen Grüßen"],
    intro: [
      "Sehr geehrte Damen und Herren, für unsere Leistungen erlauben wir uns, Ihnen Folgendes in Rechnung zu stellen:",
      "Vielen Dank für Ihren Auftrag. Wir berechnen Ihnen wie folgt:",
    ],
    customerNo: ["Kundennummer", "Kunden-Nr.", "Kd.-Nr."],
    orderNo: ["Auftragsnummer", "Bestell-Nr.", "Ihre Bestellung"],
    deliveryDate: ["Lieferdatum", "Leistungsdatum"],
    phone: ["Tel.", "Telefon", "Fon"],
    email: ["E-Mail", "Mail"],
    web: ["Web", "Internet"],
    bank: ["Bankverbindung", "Bank"],
    attention: ["z. Hd. {n}", "Herrn {n}", "Frau {n}"],
    firstNames: ["Anna", "Lukas", "Sabine", "Thomas", "Julia", "Markus", "Petra", "Stefan"],
    mailbox: ["info", "rechnung", "buchhaltung", "kontakt"],
    page: "Seite 1 von 1",
    items: [
      ["Wartung Heizungsanlage", "flat", 90, 250],
      ["Monteurstunde", "h", 45, 85],
      ["Anfahrtspauschale", "flat", 25, 60],
      ["Kupferrohr 15 mm", "m", 4, 14],
      ["Webdesign – Konzeption und Umsetzung", "flat", 900, 4500],
      ["Beratung", "h", 80, 180],
      ["Hosting-Paket Business (12 Monate)", "flat", 120, 480],
      ["Flyer DIN A5, 4/4-farbig, 1.000 Stk.", "flat", 60, 190],
      ["Bürostuhl ergonomisch", "pc", 150, 520],
      ["Fotoshooting (halber Tag)", "flat", 300, 800],
      ["Entsorgung Altmaterial", "flat", 20, 90],
      ["Softwarelizenz, monatlich", "month", 25, 150],
    ],
  },
  fr: {
    title: ["FACTURE", "Facture"],
    invoiceNo: ["Numéro de facture", "Facture n°", "N° de facture", "Facture N°", "Réf. facture"],
    date: ["Date de facture", "Date", "Date d'émission", "Date de facturation"],
    due: ["Date d'échéance", "Échéance", "À régler avant le", "Date limite de paiement"],
    billTo: ["Facturer à", "Client", "Adresse de facturation", "Destinataire"],
    net: ["Total HT", "Montant HT", "Sous-total HT", "Total hors taxes"],
    tax: ["TVA {r} %", "TVA ({r} %)", "TVA à {r} %", "Montant TVA {r} %"],
    total: ["Total TTC", "Montant TTC", "Total TTC"],
    totalUnpaid: ["Net à payer", "Total à payer"],
    paid: ["Acompte versé", "Déjà réglé", "Acompte"],
    balance: ["Reste à payer", "Solde dû", "Net à payer"],
    vatId: ["N° TVA intracommunautaire", "TVA intracom.", "N° TVA", "N° TVA intra."],
    buyerVatId: ["N° TVA client", "TVA intracom. client"],
    cols: {
      pos: ["Réf.", "N°"],
      desc: ["Désignation", "Description", "Libellé"],
      qty: ["Qté", "Quantité"],
      unit: ["Unité"],
      price: ["Prix unitaire HT", "P.U. HT", "Prix unit."],
      amount: ["Montant HT", "Total HT", "Montant"],
      rate: ["TVA"],
    },
    units: { h: "h", pc: "u", flat: "forfait", m: "m", month: "mois" },
    months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
    shortMonths: "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(" "),
    dateFormats: ["dd/mm/yyyy", "dd/mm/yyyy", "long", "yyyy-mm-dd"],
    numberStyles: styles("1\u202f234,56", "1\u00a0234,56", "1 234,56", "1234,56"),
    symbolAfter: true,
    symbolSpace: true,
    currencyNote: ["Montants exprimés en {c}.", "Tous les montants sont en {c}."],
    currencyLabel: "Devise",
    terms: ["Paiement à {d} jours.", "Conditions de paiement : {d} jours net.", "Règlement à {d} jours date de facture."],
    dueSentence: ["Merci de régler cette facture avant le {date}.", "Paiement attendu au plus tard le {date}."],
    thanks: ["Merci pour votre confiance.", "Nous vous remercions de votre confiance."],
    intro: [
      "Madame, Monsieur, veuillez trouver ci-dessous le détail de notre prestation.",
      "Suite à votre commande, nous vous facturons :",
    ],
    customerNo: ["N° client", "Code client", "Réf. client"],
    orderNo: ["N° de commande", "Bon de commande", "Votre réf."],
    deliveryDate: ["Date de livraison", "Date de prestation"],
    phone: ["Tél.", "Tél"],
    email: ["E-mail", "Courriel"],
    web: ["Site", "Web"],
    bank: ["Coordonnées bancaires", "Règlement par virement", "Banque"],
    attention: ["À l'attention de {n}", "Att. {n}"],
    firstNames: ["Camille", "Julien", "Claire", "Nicolas", "Élodie", "Thomas", "Sophie", "Antoine"],
    mailbox: ["contact", "facturation", "compta"],
    page: "Page 1/1",
    items: [
      ["Entretien chaudière", "flat", 90, 220],
      ["Main d'œuvre", "h", 40, 75],
      ["Frais de déplacement", "flat", 20, 60],
      ["Création site internet", "flat", 900, 4200],
      ["Prestation de conseil", "h", 80, 160],
      ["Hébergement web – abonnement annuel", "flat", 100, 420],
      ["Impression flyers A5 (1 000 ex.)", "flat", 60, 180],
      ["Fauteuil de bureau ergonomique", "pc", 150, 480],
      ["Séance photo (demi-journée)", "flat", 300, 750],
      ["Tube cuivre 14 mm", "m", 4, 13],
      ["Licence logiciel, mensuelle", "month", 20, 140],
    ],
  },
  es: {
    title: ["FACTURA", "Factura"],
    invoiceNo: ["N.º de factura", "Factura n.º", "Número de factura", "Nº Factura", "Factura Nº"],
    date: ["Fecha", "Fecha de factura", "Fecha de emisión", "Fecha factura"],
    due: ["Fecha de vencimiento", "Vencimiento", "Fecha vencimiento"],
    billTo: ["Cliente", "Facturar a", "Datos del cliente", "Destinatario"],
    net: ["Base imponible", "Subtotal", "Importe neto", "Base imponible"],
    tax: ["IVA {r}%", "IVA ({r} %)", "IVA {r} %", "Cuota IVA {r}%"],
    total: ["Total factura", "Total", "Importe total", "TOTAL"],
    totalUnpaid: ["Total a pagar"],
    paid: ["Pagado", "Anticipo", "Entregado a cuenta"],
    balance: ["Pendiente de pago", "Importe pendiente", "Total a pagar"],
    vatId: ["NIF", "CIF", "NIF-IVA", "N.I.F."],
    buyerVatId: ["NIF cliente", "CIF cliente"],
    cols: {
      pos: ["Ref.", "Cód."],
      desc: ["Concepto", "Descripción", "Artículo"],
      qty: ["Cantidad", "Cant.", "Uds."],
      unit: ["Unidad"],
      price: ["Precio unitario", "Precio", "P. unitario"],
      amount: ["Importe", "Total", "Subtotal"],
      rate: ["IVA"],
    },
    units: { h: "h", pc: "ud.", flat: "", m: "m", month: "mes" },
    months: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" "),
    shortMonths: "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.".split(" "),
    dateFormats: ["dd/mm/yyyy", "dd/mm/yyyy", "long", "dd-mm-yyyy"],
    numberStyles: styles("1.234,56", "1.234,56", "1234,56"),
    symbolAfter: true,
    symbolSpace: true,
    currencyNote: ["Importes en {c}.", "Todos los importes se expresan en {c}."],
    currencyLabel: "Moneda",
    terms: ["Forma de pago: transferencia bancaria a {d} días.", "Pago a {d} días fecha factura."],
    dueSentence: ["Rogamos realicen el pago antes del {date}.", "Fecha límite de pago: {date}."],
    thanks: ["Gracias por su confianza.", "Muchas gracias por su compra."],
    intro: ["Detalle de los servicios prestados:", "Les facturamos los siguientes conceptos:"],
    customerNo: ["N.º cliente", "Cód. cliente"],
    orderNo: ["N.º pedido", "Pedido", "Su referencia"],
    deliveryDate: ["Fecha de entrega", "Fecha de servicio"],
    phone: ["Tel.", "Teléfono"],
    email: ["Email", "Correo"],
    web: ["Web"],
    bank: ["Datos bancarios", "Forma de pago: transferencia", "Cuenta bancaria"],
    attention: ["A la atención de {n}", "Att. {n}"],
    firstNames: ["Lucía", "Javier", "María", "Carlos", "Elena", "Pablo", "Carmen", "Sergio"],
    mailbox: ["administracion", "facturacion", "info"],
    page: "Página 1 de 1",
    items: [
      ["Mantenimiento caldera", "flat", 80, 200],
      ["Mano de obra", "h", 30, 60],
      ["Desplazamiento", "flat", 15, 50],
      ["Diseño y desarrollo web", "flat", 800, 3800],
      ["Consultoría", "h", 60, 140],
      ["Alojamiento web anual", "flat", 90, 380],
      ["Impresión folletos A5 (1.000 uds.)", "flat", 50, 160],
      ["Silla de oficina ergonómica", "pc", 120, 420],
      ["Reportaje fotográfico (media jornada)", "flat", 250, 650],
      ["Tubo de cobre 15 mm", "m", 3, 11],
    ],
  },
  it: {
    title: ["FATTURA", "Fattura"],
    invoiceNo: ["Fattura n.", "Numero fattura", "Fattura N°", "N. fattura", "Nr. documento"],
    date: ["Data fattura", "Data", "Data emissione", "Data documento"],
    due: ["Scadenza", "Data scadenza", "Scadenza pagamento"],
    billTo: ["Cliente", "Destinatario", "Spett.le", "Intestatario"],
    net: ["Imponibile", "Totale imponibile", "Totale netto"],
    tax: ["IVA {r}%", "IVA {r} %", "Imposta {r}%", "IVA al {r}%"],
    total: ["Totale", "Totale fattura", "Totale documento", "TOTALE"],
    totalUnpaid: ["Netto a pagare", "Totale da pagare"],
    paid: ["Acconto", "Già pagato", "Acconto ricevuto"],
    balance: ["Netto a pagare", "Saldo da pagare", "Da pagare"],
    vatId: ["P.IVA", "Partita IVA", "P. IVA", "P.I."],
    buyerVatId: ["P.IVA cliente", "C.F./P.IVA"],
    cols: {
      pos: ["Cod.", "Rif."],
      desc: ["Descrizione", "Descrizione articolo", "Prestazione"],
      qty: ["Q.tà", "Quantità", "Qtà"],
      unit: ["U.M.", "UM"],
      price: ["Prezzo unitario", "Prezzo", "Prezzo unit."],
      amount: ["Importo", "Totale", "Imponibile"],
      rate: ["IVA", "Aliquota"],
    },
    units: { h: "ore", pc: "pz", flat: "a corpo", m: "m", month: "mese" },
    months: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(" "),
    shortMonths: "gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.".split(" "),
    dateFormats: ["dd/mm/yyyy", "dd/mm/yyyy", "long", "dd-mm-yyyy", "dd.mm.yyyy"],
    numberStyles: styles("1.234,56", "1.234,56", "1234,56"),
    symbolAfter: false,
    symbolSpace: true,
    currencyNote: ["Importi espressi in {c}.", "Tutti gli importi sono in {c}."],
    currencyLabel: "Valuta",
    terms: ["Pagamento: bonifico bancario a {d} giorni data fattura.", "Condizioni di pagamento: {d} gg d.f."],
    dueSentence: ["Si prega di effettuare il pagamento entro il {date}.", "Pagamento entro il {date}."],
    thanks: ["Grazie per la preferenza.", "Cordiali saluti."],
    intro: ["Vi addebitiamo quanto segue:", "Come da accordi, fatturiamo le seguenti prestazioni:"],
    customerNo: ["Cod. cliente", "Codice cliente"],
    orderNo: ["Rif. ordine", "N. ordine", "Vs. ordine"],
    deliveryDate: ["Data consegna", "Data prestazione"],
    phone: ["Tel.", "Telefono"],
    email: ["Email", "E-mail"],
    web: ["Web", "Sito"],
    bank: ["Coordinate bancarie", "Banca d'appoggio", "Modalità di pagamento: bonifico"],
    attention: ["Alla c.a. di {n}", "c.a. {n}"],
    firstNames: ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Andrea", "Sara", "Matteo"],
    mailbox: ["amministrazione", "fatture", "info"],
    page: "Pagina 1 di 1",
    items: [
      ["Manutenzione caldaia", "flat", 80, 220],
      ["Manodopera", "h", 30, 65],
      ["Diritto di chiamata", "flat", 20, 60],
      ["Realizzazione sito web", "flat", 800, 4000],
      ["Consulenza", "h", 60, 150],
      ["Hosting annuale", "flat", 90, 400],
      ["Stampa volantini A5 (1.000 pz)", "flat", 50, 170],
      ["Sedia da ufficio ergonomica", "pc", 130, 450],
      ["Servizio fotografico (mezza giornata)", "flat", 250, 700],
      ["Tubo in rame 15 mm", "m", 3, 12],
    ],
  },
  nl: {
    title: ["FACTUUR", "Factuur"],
    invoiceNo: ["Factuurnummer", "Factuurnr.", "Factuur nr.", "Factuurnr"],
    date: ["Factuurdatum", "Datum"],
    due: ["Vervaldatum", "Uiterste betaaldatum", "Te betalen vóór"],
    billTo: ["Factuuradres", "Klant", "Aan", "Gefactureerd aan"],
    net: ["Subtotaal", "Totaal excl. btw", "Bedrag excl. BTW", "Subtotaal excl. BTW"],
    tax: ["BTW {r}%", "{r}% btw", "Btw {r}%", "BTW ({r}%)"],
    total: ["Totaal", "Totaal incl. btw", "Totaalbedrag", "TOTAAL"],
    totalUnpaid: ["Te betalen"],
    paid: ["Reeds betaald", "Betaald", "Aanbetaling"],
    balance: ["Openstaand bedrag", "Nog te betalen", "Te betalen"],
    vatId: ["BTW-nummer", "Btw-nr.", "BTW-id", "Btw-id", "BTW nr."],
    buyerVatId: ["Uw BTW-nummer", "BTW-nr. klant"],
    cols: {
      pos: ["Nr.", "Art.nr."],
      desc: ["Omschrijving", "Beschrijving"],
      qty: ["Aantal", "Aant."],
      unit: ["Eenheid"],
      price: ["Prijs", "Stukprijs", "Tarief", "Prijs per eenheid"],
      amount: ["Bedrag", "Totaal"],
      rate: ["BTW", "Btw %"],
    },
    units: { h: "uur", pc: "st.", flat: "", m: "m", month: "mnd" },
    months: "januari februari maart april mei juni juli augustus september oktober november december".split(" "),
    shortMonths: "jan feb mrt apr mei jun jul aug sep okt nov dec".split(" "),
    dateFormats: ["dd-mm-yyyy", "dd-mm-yyyy", "long", "dd/mm/yyyy", "yyyy-mm-dd"],
    numberStyles: styles("1.234,56", "1.234,56", "1234,56"),
    symbolAfter: false,
    symbolSpace: true,
    currencyNote: ["Alle bedragen in {c}.", "Bedragen zijn vermeld in {c}."],
    currencyLabel: "Valuta",
    terms: ["Betaling binnen {d} dagen na factuurdatum.", "Betalingstermijn: {d} dagen."],
    dueSentence: ["Wij verzoeken u vriendelijk het bedrag vóór {date} over te maken.", "Gelieve te betalen vóór {date}."],
    thanks: ["Bedankt voor uw opdracht!", "Met vriendelijke groet,"],
    intro: ["Hierbij brengen wij u het volgende in rekening:", "Voor de uitgevoerde werkzaamheden berekenen wij:"],
    customerNo: ["Klantnummer", "Debiteurnummer", "Klantnr."],
    orderNo: ["Ordernummer", "Uw referentie", "Inkoopordernr."],
    deliveryDate: ["Leverdatum", "Leveringsdatum"],
    phone: ["Tel.", "Telefoon", "T"],
    email: ["E-mail", "E"],
    web: ["Web", "W"],
    bank: ["Bankgegevens", "Bank"],
    attention: ["T.a.v. {n}", "t.a.v. {n}"],
    firstNames: ["Sanne", "Daan", "Lotte", "Bram", "Eva", "Joost", "Femke", "Ruben"],
    mailbox: ["administratie", "facturen", "info"],
    page: "Pagina 1 van 1",
    items: [
      ["Onderhoud cv-ketel", "flat", 80, 200],
      ["Arbeidsloon", "h", 40, 80],
      ["Voorrijkosten", "flat", 25, 60],
      ["Ontwerp en bouw website", "flat", 900, 4000],
      ["Advieswerkzaamheden", "h", 75, 160],
      ["Webhosting jaarabonnement", "flat", 90, 400],
      ["Drukwerk flyers A5 (1.000 st.)", "flat", 55, 170],
      ["Ergonomische bureaustoel", "pc", 140, 460],
      ["Fotoshoot (halve dag)", "flat", 275, 700],
      ["Koperen buis 15 mm", "m", 3, 12],
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Countries: names, addresses, tax rates and identifiers that fit each other

interface TCountry {
  code: string;
  lang: TLang;
  currency: string;
  /** The standard rate first. */
  taxRates: number[];
  taxLabels?: string[];
  vatLabels?: string[];
  numberStyles?: TNumberStyle[];
  surnames: string[];
  places: string[];
  trades: string[];
  suffixes: string[];
  /** How often the trade word comes first: "Imprimerie Dubois" rather than "Kessler Haustechnik". */
  tradeFirst: number;
  streets: string[];
  /** "postcode|city[|state or province]" rows */
  cities: string[][];
  address(rng: Rng, street: string, city: string[]): string[];
  /** The VAT id as the company would print it; undefined where invoices carry none (US). */
  vatId?(rng: Rng): string;
  phone(rng: Rng): string;
  tld: string;
  /** "name|BIC" rows */
  banks: string[][];
  bban(rng: Rng, bic: string): string;
  registration(rng: Rng, city: string, person: string): string[];
  paper: "A4" | "Letter";
}

const COUNTRIES: TCountry[] = [
  {
    code: "DE",
    lang: "de",
    currency: "EUR",
    taxRates: [19, 7],
    surnames: ["Kessler", "Brandt", "Hoffmann", "Vogel", "Lindner", "Krüger", "Schäfer", "Berger", "Wagner", "Neumann", "Haas"],
    places: ["Nordlicht", "Rheinland", "Alpenblick", "Elbtal", "Isartal", "Spreewald", "Hansa", "Mainfranken"],
    trades: [
      "Haustechnik",
      "Elektrotechnik",
      "Druckerei",
      "Logistik",
      "Software",
      "Medien",
      "Metallbau",
      "Gebäudeservice",
      "Consulting",
      "Sanitär",
    ],
    suffixes: ["GmbH", "GmbH", "GmbH", "AG", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "e.K."],
    tradeFirst: 0.25,
    streets: [
      "Hauptstraße",
      "Bahnhofstraße",
      "Lindenweg",
      "Industriestraße",
      "Gartenstraße",
      "Schillerstraße",
      "Friedrich-Ebert-Straße",
      "Mühlenweg",
    ],
    cities: rows(
      "80331|München; 20095|Hamburg; 50667|Köln; 04109|Leipzig; 70173|Stuttgart; 60311|Frankfurt am Main; 90402|Nürnberg; 01067|Dresden",
    ),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 140)}${rng.chance(0.15) ? "a" : ""}`, `${zip} ${city}`],
    vatId: (rng) => (rng.chance(0.8) ? `DE${rng.digits(9)}` : `DE ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`),
    phone: (rng) =>
      rng.chance(0.5)
        ? `+49 ${rng.int(30, 911)} ${rng.digits(7)}`
        : `0${rng.int(30, 911)} / ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "de",
    banks: rows(
      "Commerzbank|COBADEFFXXX; Deutsche Bank|DEUTDEDBXXX; Stadtsparkasse München|SSKMDEMMXXX; Hamburger Sparkasse|HASPDEHHXXX; GLS Bank|GENODEM1GLS",
    ),
    bban: (rng) => rng.digits(18),
    registration: (rng, city, person) => [
      `Amtsgericht ${city} HRB ${rng.int(10000, 299999)}`,
      `Geschäftsführer: ${person}`,
      `Steuernr. ${rng.digits(3)}/${rng.digits(3)}/${rng.digits(5)}`,
    ],
    paper: "A4",
  },
  {
    code: "AT",
    lang: "de",
    currency: "EUR",
    taxRates: [20, 10],
    taxLabels: ["USt. {r} %", "{r} % USt.", "MwSt. {r}%", "zzgl. {r} % USt."],
    vatLabels: ["UID-Nr.", "UID", "USt-IdNr."],
    surnames: ["Gruber", "Huber", "Bauer", "Pichler", "Steiner", "Moser", "Hofer", "Leitner"],
    places: ["Donau", "Alpen", "Wienerwald", "Salzach", "Tirol"],
    trades: ["Installationen", "Elektrotechnik", "Druck", "Transporte", "IT-Services", "Tischlerei", "Werbeagentur"],
    suffixes: ["GmbH", "GmbH", "AG", "KG", "OG", "e.U."],
    tradeFirst: 0.3,
    streets: ["Mariahilfer Straße", "Landstraße", "Hauptplatz", "Herrengasse", "Wiener Straße", "Linzer Gasse"],
    cities: rows("1060|Wien; 1030|Wien; 4020|Linz; 5020|Salzburg; 8010|Graz; 6020|Innsbruck"),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 90)}${rng.chance(0.2) ? `/${rng.int(1, 12)}` : ""}`, `${zip} ${city}`],
    vatId: (rng) => `ATU${rng.digits(8)}`,
    phone: (rng) => `+43 ${rng.int(1, 732)} ${rng.digits(6)}`,
    tld: "at",
    banks: rows("Erste Bank|GIBAATWWXXX; Raiffeisenlandesbank OÖ|RZOOAT2LXXX; UniCredit Bank Austria|BKAUATWWXXX"),
    bban: (rng) => rng.digits(16),
    registration: (rng, city, person) => [
      `FN ${rng.int(100000, 599999)}${rng.pick(["a", "b", "d", "g", "k"])}, Handelsgericht ${city}`,
      `Geschäftsführung: ${person}`,
    ],
    paper: "A4",
  },
  {
    code: "CH",
    lang: "de",
    currency: "CHF",
    taxRates: [8.1, 2.6],
    taxLabels: ["MWST {r} %", "MwSt. {r}%", "zzgl. {r} % MWST"],
    vatLabels: ["MWST-Nr.", "UID", "MWST"],
    numberStyles: styles("1'234.56", "1’234.56", "1234.56"),
    surnames: ["Meier", "Keller", "Frei", "Brunner", "Baumann", "Gerber", "Widmer", "Suter"],
    places: ["Seeland", "Limmat", "Rigi", "Aare", "Jura"],
    trades: ["Haustechnik", "Informatik", "Treuhand", "Druck", "Transport", "Schreinerei", "Elektro"],
    suffixes: ["AG", "GmbH", "AG"],
    tradeFirst: 0.3,
    streets: ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptgasse", "Industriestrasse"],
    cities: rows("8001|Zürich; 3011|Bern; 4051|Basel; 6003|Luzern; 9000|St. Gallen"),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 120)}`, `${zip} ${city}`],
    vatId: (rng) => `CHE-${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)}${rng.chance(0.6) ? " MWST" : ""}`,
    phone: (rng) => `+41 ${rng.int(21, 91)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "ch",
    banks: rows("UBS Switzerland AG|UBSWCHZH80A; PostFinance AG|POFICHBEXXX; Zürcher Kantonalbank|ZKBKCHZZ80A"),
    bban: (rng) => rng.digits(17),
    registration: (rng, _city, person) => [
      `Handelsregister-Nr. CH-${rng.digits(3)}.${rng.digits(1)}.${rng.digits(3)}.${rng.digits(3)}-${rng.digits(1)}`,
      `Inhaber: ${person}`,
    ],
    paper: "A4",
  },
  {
    code: "FR",
    lang: "fr",
    currency: "EUR",
    taxRates: [20, 10, 5.5],
    surnames: ["Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Rousseau", "Mercier", "Bonnet", "Lambert"],
    places: ["Atlantique", "Provence", "Val de Loire", "Alpes", "Bretagne"],
    trades: [
      "Menuiserie",
      "Transports",
      "Imprimerie",
      "Plomberie",
      "Conseil",
      "Informatique",
      "Électricité",
      "Bureautique",
      "Photographie",
    ],
    suffixes: ["SARL", "SAS", "S.A.", "EURL", "SASU"],
    tradeFirst: 0.8,
    streets: [
      "rue de la République",
      "rue Victor Hugo",
      "avenue Jean Jaurès",
      "boulevard Voltaire",
      "place Bellecour",
      "chemin des Vignes",
      "rue du Commerce",
    ],
    cities: rows("75011|Paris; 69002|Lyon; 13001|Marseille; 33000|Bordeaux; 31000|Toulouse; 44000|Nantes; 67000|Strasbourg; 59000|Lille"),
    address: (rng, street, [zip, city]) => [`${rng.int(1, 120)}${rng.chance(0.5) ? "," : ""} ${street}`, `${zip} ${city.toUpperCase()}`],
    vatId: (rng) => {
      // The real key: (12 + 3 × (SIREN mod 97)) mod 97, so the id looks right to anyone who checks.
      const siren = rng.digits(9);
      const key = String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
      return rng.chance(0.7) ? `FR${key}${siren}` : `FR ${key} ${siren}`;
    },
    phone: (rng) =>
      rng.chance(0.5)
        ? `0${rng.int(1, 5)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`
        : `+33 ${rng.int(1, 5)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "fr",
    banks: rows("BNP Paribas|BNPAFRPPXXX; Crédit Agricole|AGRIFRPPXXX; Société Générale|SOGEFRPPXXX; CIC|CMCIFRPPXXX"),
    bban: (rng) => rng.digits(23),
    registration: (rng, city) => {
      const siren = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
      return [
        `SIRET ${siren} ${rng.digits(5)}`,
        `RCS ${city} B ${siren}`,
        `Capital social ${rng.pick(["1 000", "5 000", "10 000", "50 000"])} €`,
      ];
    },
    paper: "A4",
  },
  {
    code: "ES",
    lang: "es",
    currency: "EUR",
    taxRates: [21, 10],
    surnames: ["García", "Martínez", "López", "Sánchez", "Fernández", "Romero", "Navarro", "Torres", "Ruiz"],
    places: ["Ibérica", "Levante", "del Norte", "Mediterráneo", "Castilla"],
    trades: ["Construcciones", "Talleres", "Distribuciones", "Instalaciones", "Servicios Informáticos", "Gráficas", "Asesoría", "Reformas"],
    suffixes: ["S.L.", "S.L.", "S.A.", "S.L.U."],
    tradeFirst: 0.9,
    streets: ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Calle San Vicente", "Gran Vía"],
    cities: rows("28013|Madrid; 08007|Barcelona; 46002|Valencia; 41001|Sevilla; 48001|Bilbao; 29015|Málaga"),
    address: (rng, street, [zip, city]) => [
      `${street}, ${rng.int(1, 150)}${rng.chance(0.4) ? `, ${rng.int(1, 8)}º ${rng.pick(["A", "B", "C", "D"])}` : ""}`,
      `${zip} ${city}${rng.chance(0.3) ? ` (${city})` : ""}`,
    ],
    // A company's NIF is a letter and 8 digits; with the ES prefix it is the intra-EU VAT number. Both are printed.
    vatId: (rng) => `${rng.chance(0.5) ? "ES" : ""}${rng.pick(["A", "B", "B", "B"])}${rng.digits(8)}`,
    phone: (rng) =>
      rng.chance(0.5)
        ? `+34 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`
        : `9${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "es",
    banks: rows("CaixaBank|CAIXESBBXXX; BBVA|BBVAESMMXXX; Banco Santander|BSCHESMMXXX; Banco Sabadell|BSABESBBXXX"),
    bban: (rng) => rng.digits(20),
    registration: (rng, city) => [
      `Inscrita en el Registro Mercantil de ${city}, Tomo ${rng.int(1000, 45000)}, Folio ${rng.int(1, 220)}, Hoja ${rng.letters(1)}-${rng.int(10000, 999999)}`,
    ],
    paper: "A4",
  },
  {
    code: "IT",
    lang: "it",
    currency: "EUR",
    taxRates: [22, 10, 4],
    surnames: ["Rossi", "Bianchi", "Ferretti", "Colombo", "Ricci", "Marino", "Greco", "Conti", "Galli"],
    places: ["Adriatica", "Lombarda", "Tirrenica", "Alpina", "Padana"],
    trades: ["Impianti", "Tipografia", "Logistica", "Informatica", "Costruzioni", "Arredamenti", "Elettrotecnica", "Forniture"],
    suffixes: ["S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.r.l.s."],
    tradeFirst: 0.5,
    streets: [
      "Via Roma",
      "Corso Italia",
      "Via Garibaldi",
      "Viale Europa",
      "Via Dante Alighieri",
      "Piazza della Repubblica",
      "Via Giuseppe Verdi",
    ],
    cities: rows("20121|Milano|MI; 00184|Roma|RM; 10121|Torino|TO; 40121|Bologna|BO; 50123|Firenze|FI; 35121|Padova|PD"),
    address: (rng, street, [zip, city, province]) => [
      `${street}${rng.chance(0.5) ? "," : ""} ${rng.int(1, 200)}`,
      `${zip} ${city} (${province})`,
    ],
    vatId: (rng) => `${rng.chance(0.5) ? "IT" : ""}${rng.digits(11)}`,
    phone: (rng) => (rng.chance(0.5) ? `+39 0${rng.int(2, 99)} ${rng.digits(4)} ${rng.digits(3)}` : `0${rng.int(2, 99)} ${rng.digits(7)}`),
    tld: "it",
    banks: rows("Intesa Sanpaolo|BCITITMMXXX; UniCredit|UNCRITMMXXX; Banco BPM|BAPPIT21XXX"),
    bban: (rng) => `${rng.letters(1)}${rng.digits(22)}`,
    registration: (rng, city) => [
      `REA ${city.slice(0, 2).toUpperCase()}-${rng.int(100000, 2999999)}`,
      `Cap. Soc. € ${rng.pick(["10.000,00", "50.000,00", "100.000,00"])} i.v.`,
      `Codice SDI ${rng.letters(3)}${rng.digits(1)}${rng.letters(3)}`,
    ],
    paper: "A4",
  },
  {
    code: "NL",
    lang: "nl",
    currency: "EUR",
    taxRates: [21, 9],
    surnames: ["Van Dijk", "De Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "De Boer", "Mulder"],
    places: ["Randstad", "Noordzee", "Amstel", "Holland", "Veluwe"],
    trades: ["Installatietechniek", "Logistiek", "Bouw", "Drukwerk", "ICT", "Advies", "Kantoorinrichting", "Schilderwerken"],
    suffixes: ["B.V.", "B.V.", "B.V.", "V.O.F.", "N.V."],
    tradeFirst: 0.15,
    streets: ["Keizersgracht", "Stationsstraat", "Kerkstraat", "Dorpsstraat", "Prinsengracht", "Nieuwe Binnenweg", "Oudegracht"],
    cities: rows("1016 DK|Amsterdam; 3011 AB|Rotterdam; 3511 LX|Utrecht; 2511 CV|Den Haag; 5611 AB|Eindhoven; 9711 LM|Groningen"),
    address: (rng, street, [zip, city]) => [`${street} ${rng.int(1, 400)}${rng.chance(0.2) ? "-A" : ""}`, `${zip}  ${city}`],
    vatId: (rng) => {
      const digits = rng.digits(9);
      return rng.chance(0.7) ? `NL${digits}B01` : `NL${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}.B01`;
    },
    phone: (rng) =>
      rng.chance(0.5)
        ? `+31 ${rng.int(10, 79)} ${rng.digits(3)} ${rng.digits(4)}`
        : `0${rng.int(10, 79)} - ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    tld: "nl",
    banks: rows("ING|INGBNL2AXXX; Rabobank|RABONL2UXXX; ABN AMRO|ABNANL2AXXX"),
    bban: (rng, bic) => `${bic.slice(0, 4)}${rng.digits(10)}`,
    registration: (rng) => [`KvK ${rng.digits(8)}`],
    paper: "A4",
  },
  {
    code: "GB",
    lang: "en-GB",
    currency: "GBP",
    taxRates: [20, 5],
    surnames: ["Thornbury", "Whitfield", "Ashdown", "Hartley", "Pemberton", "Fairweather", "Holloway", "Crofton"],
    places: ["Pennine", "Thames Valley", "Northern", "Cotswold", "Mersey"],
    trades: ["Joinery", "Print", "Consulting", "Plumbing & Heating", "Digital", "Logistics", "Office Supplies", "Electrical"],
    suffixes: ["Ltd", "Ltd", "Limited", "LLP", "plc"],
    tradeFirst: 0,
    streets: ["Church Lane", "High Street", "Station Road", "Victoria Street", "Mill Lane", "Park Road"],
    cities: rows("LS1 4AP|Leeds; BS1 5TR|Bristol; M1 2AB|Manchester; EC1V 9HX|London; B3 2DT|Birmingham; EH2 4AD|Edinburgh"),
    address: (rng, street, [zip, city]) =>
      rng.chance(0.5)
        ? [`${rng.int(1, 200)} ${street}`, city, zip]
        : [`Unit ${rng.int(1, 24)}, ${rng.pick(["Riverside", "Meadow", "Kingsway"])} Business Park`, `${city} ${zip}`],
    vatId: (rng) => {
      const digits = rng.digits(9);
      return rng.pick([
        `GB${digits}`,
        `GB ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
        `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
      ]);
    },
    phone: (rng) => (rng.chance(0.5) ? `0${rng.int(113, 161)} 496 0${rng.digits(3)}` : `+44 ${rng.int(113, 161)} 496 0${rng.digits(3)}`),
    tld: "co.uk",
    banks: rows("Barclays Bank|BARCGB22; Lloyds Bank|LOYDGB21; NatWest|NWBKGB2L; HSBC UK|HBUKGB4B"),
    bban: (rng, bic) => `${bic.slice(0, 4)}${rng.digits(14)}`,
    registration: (rng) => [`Registered in England and Wales No. ${rng.digits(8)}`],
    paper: "A4",
  },
  {
    code: "US",
    lang: "en-US",
    currency: "USD",
    taxRates: [6.25, 7.25, 8.875, 8.25, 6, 7, 4.5, 9.5],
    surnames: ["Carver", "Redwood", "Bennett", "Lakeside", "Summit", "Harper", "Whitman", "Brooks"],
    places: ["Bay Area", "Lone Star", "Great Lakes", "Rocky Mountain", "Pacific"],
    trades: ["Analytics", "Plumbing", "Design Studio", "Supply", "Consulting Group", "Electric", "Media", "Landscaping"],
    suffixes: ["LLC", "Inc.", "LLC", "Corp.", "Co."],
    tradeFirst: 0,
    streets: ["Market Street", "Main Street", "Oak Avenue", "W. Randolph St.", "Broadway", "Pine Street", "Congress Avenue"],
    cities: rows("94103|San Francisco|CA; 78701|Austin|TX; 60607|Chicago|IL; 80202|Denver|CO; 10013|New York|NY; 98101|Seattle|WA"),
    address: (rng, street, [zip, city, state]) => [
      `${rng.int(10, 4800)} ${street}${rng.chance(0.4) ? `, Suite ${rng.int(100, 900)}` : ""}`,
      `${city}, ${state} ${zip}`,
    ],
    phone: (rng) => `(${rng.int(201, 989)}) 555-0${rng.digits(3)}`,
    tld: "com",
    banks: rows("JPMorgan Chase Bank|CHASUS33; Wells Fargo Bank|WFBIUS6S; Bank of America|BOFAUS3N"),
    bban: (rng) => rng.digits(10),
    registration: (rng) => [`EIN ${rng.digits(2)}-${rng.digits(7)}`],
    paper: "Letter",
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The invoice: content first (what the truth describes), presentation choices second

interface TParty {
  legal: string;
  /** A short brand for logo-like headers ("KESSLER"), never the truth. */
  brand: string;
  trade: string;
  address: string[];
  city: string;
  vatId?: string;
  phone: string;
  email: string;
  web: string;
  person: string;
}
interface TLine {
  desc: string;
  unit: TUnit;
  /** Quantity in hundredths, so 2.5 hours stays exact. */
  qty: number;
  price: number;
  amount: number;
  rate: number;
}
interface TStyle {
  font: string;
  headFont: string;
  size: number;
  accent: string;
  pad: number;
  vendorSide: "left" | "right";
  logo: "name" | "big" | "initials";
  senderLine: boolean;
  billToHeading: boolean;
  titleWithNumber: boolean;
  meta: "table-header" | "table-beside" | "boxes" | "inline";
  colon: boolean;
  boldLabels: boolean;
  head: "grey" | "dark" | "accent" | "rule";
  striped: boolean;
  grid: boolean;
  pos: boolean;
  unitCol: boolean;
  qtyFirst: boolean;
  totals: "block" | "tfoot" | "lines" | "boxes";
  totalsWidth: number;
  footer: "columns" | "line" | "none";
  intro: boolean;
  lateFeeNote: boolean;
}
interface TInvoice {
  country: TCountry;
  lang: TLanguage;
  number: string;
  issued: Date;
  due: Date;
  delivery: Date;
  termsDays: number;
  vendor: TParty;
  buyer: TParty;
  buyerCountry: TCountry;
  buyerVatShown: boolean;
  lines: TLine[];
  taxes: { rate: number; base: number; amount: number }[];
  net: number;
  tax: number;
  total: number;
  paid: number;
  currency: string;
  bank: { name: string; bic: string; iban: string; sortCode?: string; account?: string };
  dateFormat: TDateFormat;
  numbers: TNumberStyle;
  marker: { text: string; after: boolean; space: boolean };
  /** all: every amount carries the marker; totals / grand: only the totals (or only the grand total); header: the
   * amount column header only; statement: nowhere on amounts, the code is stated in a note or the meta block. */
  currencyMode: "all" | "totals" | "grand" | "header" | "statement";
  statementInMeta: boolean;
  dueMode: "meta" | "sentence" | "none";
  vatIdWhere: "vendor" | "footer" | "meta" | "none";
  extraMeta: ("customer" | "order" | "delivery")[];
  style: TStyle;
  renderSeed: number;
}

const COUNTRY_NAMES: Record<string, string> = { DE: "GERMANY", AT: "AUSTRIA", FR: "FRANCE", ES: "SPAIN", IT: "ITALY", NL: "NETHERLANDS" };
const SYMBOLS: Record<string, string> = { EUR: "€", USD: "$", GBP: "£" };
const FONTS = {
  sans: [
    "'Liberation Sans', Arial, sans-serif",
    "'DejaVu Sans', sans-serif",
    "'DejaVu Sans Condensed', sans-serif",
    "'Liberation Sans Narrow', sans-serif",
  ],
  serif: ["'Liberation Serif', 'Times New Roman', serif", "'DejaVu Serif', serif"],
  mono: ["'Liberation Mono', monospace", "'DejaVu Sans Mono', monospace"],
};
const ACCENTS = ["#1f4e79", "#8b1e3f", "#2e7d32", "#37474f", "#b35c00", "#5e35b1", "#00695c", "#222222"];

function buildInvoice(seed: number): TInvoice {
  const rng = new Rng(seed);
  // The language first, uniformly, so each is equally represented; then a country that speaks it (de: DE, AT, CH).
  const langCode = rng.pick(Object.keys(LANGUAGES) as TLang[]);
  const speakers = COUNTRIES.filter((entry) => entry.lang === langCode);
  const country = speakers.length > 1 && rng.chance(0.5) ? rng.pick(speakers.slice(1)) : speakers[0];
  const lang = LANGUAGES[country.lang];
  // Most buyers are domestic; EU vendors sometimes invoice a customer in another EU country.
  const eu = COUNTRIES.filter((entry) => entry.code !== "US" && entry.code !== "GB" && entry.code !== "CH");
  const buyerCountry = country.code !== "US" && rng.chance(0.2) ? rng.pick(eu) : country;
  const vendor = makeParty(rng, country, lang);
  const buyer = makeParty(rng, buyerCountry, LANGUAGES[buyerCountry.lang]);

  const issued = new Date(Date.UTC(2023, 0, 1) + rng.int(0, 3 * 365 - 1) * 86_400_000);
  const termsDays = rng.pick([7, 10, 14, 14, 30, 30, 30, 45, 60]);
  const due = new Date(issued.getTime() + termsDays * 86_400_000);
  const delivery = new Date(issued.getTime() - rng.int(0, 12) * 86_400_000);

  const multiRate = country.code !== "US" && rng.chance(0.2);
  const rates = multiRate
    ? [country.taxRates[0], rng.pick(country.taxRates.slice(1))]
    : [rng.pick(country.taxRates.slice(0, country.code === "US" ? undefined : 1))];
  const lines = makeLines(rng, lang, rates);
  const taxes = rates.map((rate) => {
    const base = lines.filter((line) => line.rate === rate).reduce((sum, line) => sum + line.amount, 0);
    // rate × 1000 keeps 8.875 % integral; Math.round is half-up for these positive amounts.
    return { rate, base, amount: Math.round((base * Math.round(rate * 1000)) / 100_000) };
  });
  const net = lines.reduce((sum, line) => sum + line.amount, 0);
  const tax = taxes.reduce((sum, entry) => sum + entry.amount, 0);
  const total = net + tax;
  // A deposit or a full payment: the balance then differs from the invoice total.
  const paid = rng.chance(0.15) ? (rng.chance(0.3) ? total : Math.round((total * rng.int(20, 50)) / 10_000) * 100) : 0;

  const currency = pickCurrency(rng, country);
  const symbol = SYMBOLS[currency];
  const useSymbol = symbol !== undefined && rng.chance(0.7);
  const marker = useSymbol
    ? { text: symbol, after: rng.chance(0.8) === lang.symbolAfter, space: lang.symbolSpace ? rng.chance(0.85) : rng.chance(0.1) }
    : { text: currency, after: rng.chance(0.5), space: true };
  const numbers = rng.chance(0.08) ? { group: "", decimal: "." as const } : rng.pick(country.numberStyles ?? lang.numberStyles);

  const bank = makeBank(rng, country);
  const style = makeStyle(rng, country);
  const vatIdWhere =
    vendor.vatId === undefined ? "none" : rng.chance(0.12) ? "none" : rng.pick(["vendor", "vendor", "footer", "meta"] as const);
  return {
    country,
    lang,
    number: invoiceNumber(rng, country.lang, issued.getUTCFullYear()),
    issued,
    due,
    delivery,
    termsDays,
    vendor,
    buyer,
    buyerCountry,
    buyerVatShown: buyer.vatId !== undefined && rng.chance(0.3),
    lines,
    taxes,
    net,
    tax,
    total,
    paid,
    currency,
    bank,
    dateFormat: rng.pick(lang.dateFormats),
    numbers,
    marker,
    currencyMode: rng.pick(["all", "all", "totals", "grand", "header", "statement"] as const),
    statementInMeta: rng.chance(0.4),
    dueMode: rng.pick(["meta", "meta", "meta", "sentence", "none", "none"] as const),
    vatIdWhere: vatIdWhere === "footer" && style.footer === "none" ? "vendor" : vatIdWhere,
    extraMeta: (["customer", "order", "delivery"] as const).filter((_, index) =>
      rng.chance([0.5, 0.3, country.lang === "de" ? 0.5 : 0.2][index]),
    ),
    style,
    renderSeed: rng.int(0, 2 ** 31),
  };
}

function pickCurrency(rng: Rng, country: TCountry): string {
  if (country.code === "US" || country.code === "CH") return country.currency;
  // Cross-border trade: a UK vendor billing in euros, a eurozone vendor billing in dollars.
  if (rng.chance(0.08)) return country.currency === "EUR" ? rng.pick(["USD", "USD", "GBP", "CHF"]) : "EUR";
  return country.currency;
}

function makeParty(rng: Rng, country: TCountry, lang: TLanguage): TParty {
  const trade = rng.pick(country.trades);
  const surname = rng.pick(country.surnames);
  let core: string;
  let brand: string;
  const pattern = rng.int(0, 5);
  if (pattern === 0) {
    // "Whitfield & Hartley Ltd", "Brandt & Vogel Consulting GmbH"
    const other = rng.pick(country.surnames.filter((name) => name !== surname));
    core = rng.chance(0.5) ? `${surname} & ${other}` : `${surname} & ${other} ${trade}`;
    brand = surname;
  } else {
    const name = pattern <= 2 ? rng.pick(country.places) : surname;
    core = rng.chance(country.tradeFirst) ? `${trade} ${name}` : `${name} ${trade}`;
    brand = name;
  }
  const legal = `${core} ${rng.pick(country.suffixes)}`;
  const slug = fold(core)
    .toLowerCase()
    .replace(/&/g, "")
    .replace(/[^a-z0-9]+/g, rng.chance(0.5) ? "-" : "")
    .replace(/^-|-$/g, "");
  const person = `${rng.pick(lang.firstNames)} ${surname}`;
  const city = rng.pick(country.cities);
  return {
    legal,
    brand,
    trade,
    address: country.address(rng, rng.pick(country.streets), city),
    city: city[1],
    vatId: country.vatId && rng.chance(0.95) ? country.vatId(rng) : undefined,
    phone: country.phone(rng),
    email: `${rng.pick(lang.mailbox)}@${slug}.${country.tld}`,
    web: `www.${slug}.${country.tld}`,
    person,
  };
}

function makeLines(rng: Rng, lang: TLanguage, rates: number[]): TLine[] {
  const count = rng.int(2, 8);
  const catalogue = rng.shuffle(lang.items);
  const lines: TLine[] = [];
  for (let i = 0; i < count; i++) {
    const [desc, unit, min, max] = catalogue[i % catalogue.length];
    const qty =
      unit === "h"
        ? rng.int(1, 24) * 50
        : unit === "m"
          ? rng.int(2, 60) * 100
          : unit === "flat"
            ? 100
            : unit === "month"
              ? rng.int(1, 12) * 100
              : rng.int(1, 12) * 100;
    // Prices look like prices: whole units, or .50 / .90 / .95 endings.
    const price = rng.int(min, max) * 100 + rng.pick([0, 0, 0, 50, 90, 95]);
    // With two rates, the first two lines carry one each so both tax lines have a base.
    const rate = i < rates.length ? rates[i] : rng.pick(rates);
    lines.push({ desc, unit, qty, price, amount: Math.round((qty * price) / 100), rate });
  }
  return lines;
}

function makeBank(rng: Rng, country: TCountry): TInvoice["bank"] {
  const [name, bic] = rng.pick(country.banks);
  const bban = country.bban(rng, bic);
  const bank: TInvoice["bank"] = {
    name,
    bic: rng.chance(0.5) && bic.endsWith("XXX") ? bic.slice(0, 8) : bic,
    iban: iban(country.code, bban),
  };
  if (country.code === "GB")
    Object.assign(bank, { sortCode: `${bban.slice(4, 6)}-${bban.slice(6, 8)}-${bban.slice(8, 10)}`, account: bban.slice(10) });
  if (country.code === "US") Object.assign(bank, { sortCode: `0${rng.digits(8)}`, account: bban });
  return bank;
}

/** An IBAN with valid check digits (ISO 13616 mod 97). */
function iban(countryCode: string, bban: string): string {
  const digits = `${bban}${countryCode}00`.replace(/[A-Z]/g, (char) => String(char.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${countryCode}${String(98 - remainder).padStart(2, "0")}${bban}`;
}

function invoiceNumber(rng: Rng, lang: TLang, year: number): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  const yy = String(year).slice(2);
  const general = [
    () => `INV-${year}-${pad(rng.int(1, 2999), 4)}`,
    () => `${year}/${rng.int(1, 999)}`,
    () => `#${rng.int(10000, 99999)}`,
    () => pad(rng.int(1, 9999), 6),
    () => `${year}-${pad(rng.int(1, 999), 4)}`,
    () => String(rng.int(10000, 99999)),
  ];
  const local: Record<TLang, (() => string)[]> = {
    "en-GB": [() => `INV${pad(rng.int(1, 9999), 5)}`, () => `SI-${rng.int(1000, 9999)}`],
    "en-US": [() => `INV-${rng.int(1000, 9999)}`, () => `${rng.int(1000, 9999)}-${yy}`],
    de: [() => `RE-${rng.int(10000, 99999)}`, () => `R${year}${pad(rng.int(1, 999), 4)}`, () => `RE${yy}-${pad(rng.int(1, 999), 4)}`],
    fr: [
      () => `F${year}-${pad(rng.int(1, 999), 4)}`,
      () => `FA-${yy}-${rng.int(100, 999)}`,
      () => `FAC-${year}-${pad(rng.int(1, 999), 5)}`,
    ],
    es: [() => `FV-${year}-${pad(rng.int(1, 999), 3)}`, () => `A-${rng.int(1000, 9999)}`, () => `${yy}/${pad(rng.int(1, 999), 4)}`],
    it: [() => `${rng.int(1, 300)}/${year}`, () => `FT-${year}-${pad(rng.int(1, 999), 3)}`, () => `${rng.int(1, 300)}/PA`],
    nl: [() => `F${year}.${pad(rng.int(1, 999), 4)}`, () => `${year}${pad(rng.int(1, 999), 4)}`, () => `FAC-${rng.int(10000, 99999)}`],
  };
  return rng.pick(rng.chance(0.5) ? general : local[lang])();
}

function makeStyle(rng: Rng, country: TCountry): TStyle {
  const family = rng.pick(["sans", "sans", "sans", "sans", "serif", "serif", "mono"] as const);
  const font = rng.pick(FONTS[family]);
  const logo = rng.pick(["name", "name", "big", "initials"] as const);
  const footer = rng.pick(["columns", "columns", "line", "none"] as const);
  // A German-style sender line above the address window; otherwise a logo must have its legal name in the footer.
  const senderLine = rng.chance(country.lang === "de" ? 0.6 : 0.2);
  return {
    font,
    headFont: rng.chance(0.25) ? rng.pick([...FONTS.sans, ...FONTS.serif]) : font,
    size: rng.int(9, 14),
    accent: rng.pick(ACCENTS),
    pad: rng.int(12, 22),
    vendorSide: rng.chance(0.6) ? "left" : "right",
    logo,
    senderLine,
    billToHeading: senderLine ? rng.chance(0.3) : rng.chance(0.85),
    titleWithNumber: rng.chance(0.15),
    meta: rng.pick(["table-header", "table-beside", "table-beside", "boxes", "inline"] as const),
    colon: rng.chance(0.5),
    boldLabels: rng.chance(0.4),
    head: rng.pick(["grey", "grey", "dark", "accent", "rule"] as const),
    striped: rng.chance(0.25),
    grid: rng.chance(0.25),
    pos: rng.chance(country.lang === "de" ? 0.6 : 0.2),
    unitCol: rng.chance(0.35),
    qtyFirst: rng.chance(country.lang === "de" ? 0.3 : 0.08),
    totals: rng.pick(["block", "block", "block", "tfoot", "lines", "boxes"] as const),
    totalsWidth: rng.int(32, 60),
    footer: logo === "big" && !senderLine && footer === "none" ? "line" : footer,
    intro: rng.chance(0.25),
    lateFeeNote: country.code === "FR" && rng.chance(0.5),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function formatNumber(cents: number, style: TNumberStyle): string {
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const grouped = style.group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group) : whole;
  return `${cents < 0 ? "-" : ""}${grouped}${style.decimal}${String(abs % 100).padStart(2, "0")}`;
}

function formatMoney(inv: TInvoice, cents: number, marked: boolean): string {
  if (!marked) return formatNumber(cents, inv.numbers);
  const { text, after, space } = inv.marker;
  const gap = space ? " " : "";
  const number = formatNumber(Math.abs(cents), inv.numbers);
  const sign = cents < 0 ? "-" : "";
  if (after) return `${sign}${number}${gap}${text}`;
  return space ? `${text}${gap}${sign}${number}` : `${sign}${text}${number}`;
}

function formatQty(hundredths: number, style: TNumberStyle): string {
  if (hundredths % 100 === 0) return String(hundredths / 100);
  return (hundredths / 100).toFixed(hundredths % 10 === 0 ? 1 : 2).replace(".", style.decimal);
}

function formatRate(rate: number, style: TNumberStyle): string {
  return String(rate).replace(".", style.decimal);
}

function formatDate(date: Date, format: TDateFormat, langCode: TLang): string {
  const lang = LANGUAGES[langCode];
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  const dd = String(d).padStart(2, "0");
  const mm = String(m + 1).padStart(2, "0");
  switch (format) {
    case "dd.mm.yyyy":
      return `${dd}.${mm}.${y}`;
    case "dd/mm/yyyy":
      return `${dd}/${mm}/${y}`;
    case "dd-mm-yyyy":
      return `${dd}-${mm}-${y}`;
    case "mm/dd/yyyy":
      return `${mm}/${dd}/${y}`;
    case "yyyy-mm-dd":
      return `${y}-${mm}-${dd}`;
    case "dd.mm.yy":
      return `${dd}.${mm}.${String(y).slice(2)}`;
    case "long":
    case "short": {
      const month = (format === "long" ? lang.months : lang.shortMonths)[m];
      if (langCode === "en-US") return `${month} ${d}, ${y}`;
      if (langCode === "de") return `${d}. ${month} ${y}`;
      if (langCode === "fr") return `${d === 1 ? "1er" : d} ${month} ${y}`;
      if (langCode === "es") return `${d} de ${month} de ${y}`;
      return `${d} ${month} ${y}`;
    }
  }
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cents(value: number): string {
  return (value / 100).toFixed(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Truth

function truthFor(inv: TInvoice): Record<string, string> {
  const fields: Record<string, string> = { invoice_number: inv.number.replace(/^#/, ""), date: iso(inv.issued) };
  if (inv.dueMode !== "none") fields.due_date = iso(inv.due);
  fields.vendor_name = inv.vendor.legal;
  if (inv.vatIdWhere !== "none" && inv.vendor.vatId) fields.vendor_vat_id = inv.vendor.vatId;
  fields.buyer_name = inv.buyer.legal;
  fields.currency = inv.currency;
  fields.net_amount = cents(inv.net);
  fields.tax_amount = cents(inv.tax);
  fields.total_amount = cents(inv.total);
  return fields;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

const TITLE_NUMBER: Record<TLang, string[]> = {
  "en-GB": ["No.", "no."],
  "en-US": ["No.", "#"],
  de: ["Nr.", "Nr."],
  fr: ["n°", "N°"],
  es: ["n.º", "Nº"],
  it: ["n.", "N."],
  nl: ["nr.", "Nr."],
};
const PAPER = { A4: { width: 794, height: 1123, css: "210mm 297mm" }, Letter: { width: 816, height: 1056, css: "8.5in 11in" } };

function renderHtml(inv: TInvoice, size: number): string {
  // Label choices come from their own stream, so re-rendering at a smaller size picks the same words.
  const rng = new Rng(inv.renderSeed);
  const s = inv.style;
  const L = inv.lang;
  const langCode = inv.country.lang;
  const date = (value: Date) => formatDate(value, inv.dateFormat, langCode);
  const vatLabel = rng.pick(inv.country.vatLabels ?? L.vatId) ?? "VAT";
  const taxTemplate = rng.pick(inv.country.taxLabels ?? L.tax);

  // Meta block: the number and dates plus the usual distractors (customer no., order no., delivery date).
  const numberLabel = rng.pick(L.invoiceNo);
  const meta: [string, string][] = [];
  if (!s.titleWithNumber) meta.push([numberLabel, numberLabel.endsWith("#") ? inv.number.replace(/^#/, "") : inv.number]);
  meta.push([rng.pick(L.date), date(inv.issued)]);
  if (inv.dueMode === "meta") meta.push([rng.pick(L.due), date(inv.due)]);
  for (const extra of inv.extraMeta) {
    if (extra === "customer") meta.push([rng.pick(L.customerNo), `${rng.pick(["K", "C", "", ""])}${rng.int(1000, 99999)}`]);
    if (extra === "order") meta.push([rng.pick(L.orderNo), `${rng.pick(["PO-", "B", "", "ORD-"])}${rng.int(1000, 999999)}`]);
    if (extra === "delivery") meta.push([rng.pick(L.deliveryDate), date(inv.delivery)]);
  }
  if (inv.vatIdWhere === "meta" && inv.vendor.vatId) meta.push([vatLabel, inv.vendor.vatId]);
  if (inv.currencyMode === "statement" && inv.statementInMeta) meta.push([L.currencyLabel, inv.currency]);
  if (rng.chance(0.3)) meta.splice(0, 2, meta[1], meta[0]);

  // "Rechnung Nr. RE-10452" as the heading itself: then the number is not repeated in the meta block.
  const titleText = s.titleWithNumber
    ? `${rng.pick(L.title)} ${rng.pick(TITLE_NUMBER[langCode])} ${inv.number.replace(/^#/, "")}`
    : rng.pick(L.title);
  const title = `<div class="title">${esc(titleText)}</div>`;

  const vendorBlock = renderVendor(inv, rng, vatLabel);
  const buyerBlock = renderBuyer(inv, rng);
  const metaHtml = renderMeta(meta, s, rng);
  const table = renderItems(inv, rng, taxTemplate);
  const notes = renderNotes(inv, rng, date);
  const footer = renderFooter(inv, rng, vatLabel);

  const headerRight = s.meta === "table-header" ? `${title}${metaHtml}` : title;
  const header =
    s.vendorSide === "left"
      ? `<div class="row header"><div class="vendor">${vendorBlock}</div><div class="right">${headerRight}</div></div>`
      : `<div class="row header"><div>${headerRight}</div><div class="vendor right">${vendorBlock}</div></div>`;
  const besideBuyer = s.meta === "table-beside" ? `<div class="meta-side">${metaHtml}</div>` : "";
  const below = s.meta === "boxes" || s.meta === "inline" ? metaHtml : "";
  const intro = s.intro ? `<p class="intro">${esc(rng.pick(L.intro))}</p>` : "";
  const paper = PAPER[inv.country.paper];
  return `<!doctype html><html lang="${langCode}"><head><meta charset="utf-8"><style>${css(inv, size, paper.css)}</style></head>
<body><div class="page"><div class="content">${header}
<div class="row parties"><div class="buyer">${buyerBlock}</div>${besideBuyer}</div>
${below}${intro}${table}${notes}</div>${footer}</div></body></html>`;
}

/** Ligatures are off: Chromium's fi/ff glyphs come out of the PDF text layer as "Paci fi c", and the truth must be
 * readable as printed. */
function css(inv: TInvoice, size: number, paperCss: string): string {
  const s = inv.style;
  const headBg = { grey: "#e6e6e6", dark: "#333", accent: s.accent, rule: "transparent" }[s.head];
  const headColor = s.head === "dark" || s.head === "accent" ? "#fff" : "#222";
  return `@page { size: ${paperCss}; margin: 0 }
* { box-sizing: border-box; margin: 0; padding: 0 }
body { font-family: ${s.font}; font-size: ${size}px; color: #222; line-height: 1.35; font-variant-ligatures: none }
.page { width: ${paperCss.split(" ")[0]}; height: ${paperCss.split(" ")[1]}; padding: ${s.pad}mm ${s.pad}mm ${Math.max(8, s.pad - 6)}mm; display: flex; flex-direction: column }
.content { flex: 1 }
.row { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px }
.header { margin-bottom: ${size * 2}px }
.right { text-align: right }
.title { font-family: ${s.headFont}; font-size: ${Math.round(size * 2)}px; font-weight: bold; color: ${s.accent}; margin-bottom: 8px }
.vname { font-family: ${s.headFont}; font-size: ${Math.round(size * 1.5)}px; font-weight: bold }
.logo { font-family: ${s.headFont}; font-size: ${Math.round(size * 2.6)}px; font-weight: 800; letter-spacing: 3px; color: ${s.accent}; line-height: 1 }
.tagline { color: #777; font-size: ${size + 1}px; margin-bottom: 6px }
.mark { display: inline-block; width: ${size * 4}px; height: ${size * 4}px; line-height: ${size * 4}px; text-align: center; background: ${s.accent}; color: #fff; font-size: ${size * 1.8}px; font-weight: bold; border-radius: 6px; margin-right: 10px; vertical-align: middle }
.small { font-size: ${Math.max(7, size - 2)}px; color: #555 }
.sender { font-size: ${Math.max(7, size - 3)}px; color: #555; text-decoration: underline; margin-bottom: 6px }
.parties { margin-bottom: ${size * 2}px }
.buyer { min-width: 40% }
.heading { font-weight: bold; color: ${s.accent}; margin-bottom: 3px; ${s.boldLabels ? "text-transform: uppercase; font-size: 0.85em;" : ""} }
.bname { font-weight: bold }
table { border-collapse: collapse }
.meta td { padding: 1px 0 1px 0 } .meta td.l { padding-right: 14px; ${s.boldLabels ? "font-weight: bold;" : "color: #555;"} }
.meta-side { text-align: left }
.boxes { display: flex; border: 1px solid #999; margin-bottom: ${size * 1.5}px }
.boxes div { flex: 1; padding: 4px 8px; border-right: 1px solid #999 } .boxes div:last-child { border-right: 0 }
.boxes .l { font-size: ${Math.max(7, size - 2)}px; color: #555; ${s.boldLabels ? "font-weight: bold;" : ""} display: block }
.inline { margin-bottom: ${size * 1.5}px }
.intro { margin-bottom: ${size}px }
.items { width: 100%; margin-bottom: ${size}px }
.items th { background: ${headBg}; color: ${headColor}; text-align: left; padding: 5px 6px; ${s.head === "rule" ? "border-bottom: 2px solid #222;" : ""} }
.items td { padding: 4px 6px; vertical-align: top; ${s.grid ? "border: 1px solid #bbb;" : "border-bottom: 1px solid #e2e2e2;"} }
${s.striped ? ".items tbody tr:nth-child(even) td { background: #f5f5f5 }" : ""}
.num { text-align: right !important; white-space: nowrap }
.items tfoot td { border: 0; padding: 2px 6px }
.totals { margin-left: auto; width: ${s.totalsWidth}%; margin-bottom: ${size}px }
.totals td { padding: 2px 0 } .totals td.num { padding-left: 16px }
.grand td { font-weight: bold; border-top: 1.5px solid #222; padding-top: 4px; font-size: ${size + 1}px }
.tboxes { margin-left: auto; border-collapse: collapse; margin-bottom: ${size}px } .tboxes td, .tboxes th { border: 1px solid #999; padding: 4px 10px; text-align: right }
.tboxes th { background: #eee; font-weight: normal }
.lines { text-align: right; margin-bottom: ${size}px } .lines .grand-line { font-weight: bold; font-size: ${size + 2}px }
.notes p { margin-bottom: 4px }
.footer { border-top: 1px solid #bbb; padding-top: 6px; font-size: ${Math.max(7, size - 3)}px; color: #555 }
.footer .cols { display: flex; justify-content: space-between; gap: 12px }
.footer.line { text-align: center }`;
}

function renderVendor(inv: TInvoice, rng: Rng, vatLabel: string): string {
  const v = inv.vendor;
  const L = inv.lang;
  const s = inv.style;
  let name: string;
  if (s.logo === "big") name = `<div class="logo">${esc(v.brand.toUpperCase())}</div><div class="tagline">${esc(v.trade)}</div>`;
  else if (s.logo === "initials") {
    const initials = fold(v.legal)
      .split(/\s+/)
      .filter((word) => /^[A-Z]/.test(word))
      .slice(0, 2)
      .map((word) => word[0])
      .join("");
    name = `<div style="margin-bottom:6px"><span class="mark">${esc(initials)}</span><span class="vname">${esc(v.legal)}</span></div>`;
  } else name = `<div class="vname">${esc(v.legal)}</div>`;
  const lines = [...v.address];
  if (rng.chance(0.6)) lines.push(`${rng.pick(L.phone)} ${v.phone}`);
  if (rng.chance(0.5)) lines.push(`${rng.pick(L.email)}: ${v.email}`);
  if (rng.chance(0.3)) lines.push(v.web);
  if (inv.vatIdWhere === "vendor" && v.vatId) lines.push(`${label(inv, vatLabel)} ${v.vatId}`);
  return `${name}<div>${lines.map(esc).join("<br>")}</div>`;
}

function label(inv: TInvoice, text: string): string {
  return inv.style.colon && !/[:#]$/.test(text) ? `${text}:` : text;
}

function renderBuyer(inv: TInvoice, rng: Rng): string {
  const b = inv.buyer;
  const L = inv.lang;
  const parts: string[] = [];
  if (inv.style.senderLine) parts.push(`<div class="sender">${esc([inv.vendor.legal, ...inv.vendor.address].join(" · "))}</div>`);
  if (inv.style.billToHeading) parts.push(`<div class="heading">${esc(rng.pick(L.billTo))}</div>`);
  const lines = [`<span class="bname">${esc(b.legal)}</span>`];
  if (rng.chance(0.35)) lines.push(esc(rng.pick(L.attention).replace("{n}", b.person)));
  lines.push(...b.address.map(esc));
  // Cross-border: the buyer's country on the last line, as an international address has it.
  if (inv.buyerCountry !== inv.country) lines.push(COUNTRY_NAMES[inv.buyerCountry.code]);
  if (inv.buyerVatShown && b.vatId) lines.push(esc(`${rng.pick(L.buyerVatId.length ? L.buyerVatId : ["VAT"])}: ${b.vatId}`));
  parts.push(`<div>${lines.join("<br>")}</div>`);
  return parts.join("");
}

function renderMeta(meta: [string, string][], s: TStyle, rng: Rng): string {
  const withColon = (text: string) => (s.colon && !/[:#]$/.test(text) ? `${text}:` : text);
  if (s.meta === "boxes")
    return `<div class="boxes">${meta.map(([l, v]) => `<div><span class="l">${esc(l)}</span>${esc(v)}</div>`).join("")}</div>`;
  if (s.meta === "inline") {
    const separator = rng.pick([" · ", " | ", "&nbsp;&nbsp;&nbsp;&nbsp;"]);
    return `<div class="inline">${meta.map(([l, v]) => `${s.boldLabels ? "<b>" : ""}${esc(l)}:${s.boldLabels ? "</b>" : ""} ${esc(v)}`).join(separator)}</div>`;
  }
  // In the right-hand header column the table sits flush right, its labels still left-aligned.
  const align = s.meta === "table-header" && s.vendorSide === "left" ? ' style="margin-left:auto;text-align:left"' : "";
  return `<table class="meta"${align}>${meta.map(([l, v]) => `<tr><td class="l">${esc(withColon(l))}</td><td>${esc(v)}</td></tr>`).join("")}</table>`;
}

function renderItems(inv: TInvoice, rng: Rng, taxTemplate: string): string {
  const L = inv.lang;
  const s = inv.style;
  const multi = inv.taxes.length > 1;
  const lineMarked = inv.currencyMode === "all";
  const amountHead = rng.pick(L.cols.amount);
  const headerMarker =
    inv.currencyMode === "header" ? rng.pick([` (${inv.marker.text})`, ` ${inv.marker.text}`, ` (${inv.currency})`]) : "";
  type TCol = { head: string; num: boolean; cell: (line: TLine, index: number) => string };
  const cols: TCol[] = [];
  if (s.pos) cols.push({ head: rng.pick(L.cols.pos), num: false, cell: (_line, index) => String(index + 1) });
  const desc: TCol = { head: rng.pick(L.cols.desc), num: false, cell: (line) => esc(line.desc) };
  const qty: TCol = { head: rng.pick(L.cols.qty), num: true, cell: (line) => formatQty(line.qty, inv.numbers) };
  const unit: TCol = { head: rng.pick(L.cols.unit), num: false, cell: (line) => esc(L.units[line.unit]) };
  const price: TCol = { head: rng.pick(L.cols.price), num: true, cell: (line) => formatMoney(inv, line.price, lineMarked) };
  const rate: TCol = { head: rng.pick(L.cols.rate), num: true, cell: (line) => `${formatRate(line.rate, inv.numbers)} %` };
  const amount: TCol = { head: `${amountHead}${headerMarker}`, num: true, cell: (line) => formatMoney(inv, line.amount, lineMarked) };
  if (s.qtyFirst) cols.push(qty, ...(s.unitCol ? [unit] : []), desc);
  else cols.push(desc, qty, ...(s.unitCol ? [unit] : []));
  cols.push(price, ...(multi ? [rate] : []), amount);

  const head = `<thead><tr>${cols.map((col) => `<th${col.num ? ' class="num"' : ""}>${esc(col.head)}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${inv.lines.map((line, index) => `<tr>${cols.map((col) => `<td${col.num ? ' class="num"' : ""}>${col.cell(line, index)}</td>`).join("")}</tr>`).join("")}</tbody>`;
  const rows = totalsRows(inv, rng, taxTemplate);
  if (s.totals === "tfoot") {
    const span = cols.length - 1;
    const foot = rows
      .map(
        ([l, v, grand]) =>
          `<tr${grand ? ' class="grand"' : ""}><td colspan="${span}" class="num">${esc(l)}</td><td class="num">${v}</td></tr>`,
      )
      .join("");
    return `<table class="items">${head}${body}<tfoot>${foot}</tfoot></table>`;
  }
  return `<table class="items">${head}${body}</table>${renderTotals(inv, rows)}`;
}

const BASE_WORD: Record<TLang, string> = { "en-GB": "on", "en-US": "on", de: "auf", fr: "sur", es: "sobre", it: "su", nl: "over" };

/** The totals as [label, amount html, is grand total]: net, one or two tax lines, total, maybe paid and balance. */
function totalsRows(inv: TInvoice, rng: Rng, taxTemplate: string): [string, string, boolean][] {
  const L = inv.lang;
  const marked = inv.currencyMode === "all" || inv.currencyMode === "totals";
  const grandMarked = marked || inv.currencyMode === "grand";
  const money = (value: number, mark: boolean) => esc(formatMoney(inv, value, mark));
  const rows: [string, string, boolean][] = [[rng.pick(L.net), money(inv.net, marked), false]];
  // With two rates, invoices often name each base: "MwSt. 7 % auf 120,00".
  const withBase = inv.taxes.length > 1 && rng.chance(0.4);
  for (const tax of inv.taxes) {
    let text = taxTemplate.replace("{r}", formatRate(tax.rate, inv.numbers));
    if (withBase) text += ` ${BASE_WORD[inv.country.lang]} ${formatNumber(tax.base, inv.numbers)}`;
    rows.push([text, money(tax.amount, marked), false]);
  }
  const totalLabel = rng.pick(inv.paid ? L.total : [...L.total, ...L.totalUnpaid]);
  rows.push([totalLabel, money(inv.total, grandMarked), true]);
  if (inv.paid) {
    rows.push([rng.pick(L.paid), money(-inv.paid, marked), false]);
    rows.push([rng.pick(L.balance.filter((text) => text !== totalLabel)), money(inv.total - inv.paid, grandMarked), false]);
  }
  return rows;
}

function renderTotals(inv: TInvoice, rows: [string, string, boolean][]): string {
  const s = inv.style;
  if (s.totals === "boxes") {
    return `<table class="tboxes"><tr>${rows.map(([l]) => `<th>${esc(l)}</th>`).join("")}</tr><tr>${rows
      .map(([, v, grand]) => `<td${grand ? ' style="font-weight:bold"' : ""}>${v}</td>`)
      .join("")}</tr></table>`;
  }
  if (s.totals === "lines") {
    return `<div class="lines">${rows.map(([l, v, grand]) => `<div${grand ? ' class="grand-line"' : ""}>${esc(label(inv, l))} ${v}</div>`).join("")}</div>`;
  }
  return `<table class="totals">${rows
    .map(([l, v, grand]) => `<tr${grand ? ' class="grand"' : ""}><td>${esc(label(inv, l))}</td><td class="num">${v}</td></tr>`)
    .join("")}</table>`;
}

function renderNotes(inv: TInvoice, rng: Rng, date: (value: Date) => string): string {
  const L = inv.lang;
  const notes: string[] = [];
  if (inv.currencyMode === "statement" && !inv.statementInMeta) notes.push(rng.pick(L.currencyNote).replace("{c}", inv.currency));
  else if (inv.currencyMode === "header" && rng.chance(0.3)) notes.push(rng.pick(L.currencyNote).replace("{c}", inv.currency));
  if (inv.dueMode === "sentence") notes.push(rng.pick(L.dueSentence).replace("{date}", date(inv.due)));
  else if (rng.chance(0.6)) notes.push(rng.pick(L.terms).replace("{d}", String(inv.termsDays)));
  if (inv.style.footer === "none" || rng.chance(0.2)) notes.push(bankText(inv, rng, " · "));
  if (inv.style.lateFeeNote) notes.push("En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40 €.");
  if (rng.chance(0.5)) notes.push(rng.pick(L.thanks));
  return `<div class="notes">${notes.map((note) => `<p>${esc(note)}</p>`).join("")}</div>`;
}

function bankText(inv: TInvoice, rng: Rng, separator: string): string {
  const b = inv.bank;
  const head = rng.pick(inv.lang.bank);
  if (inv.country.code === "US") return [`${head}: ${b.name}`, `Routing (ABA) ${b.sortCode}`, `Account ${b.account}`].join(separator);
  const ibanText = rng.chance(0.8) ? b.iban.replace(/(.{4})(?=.)/g, "$1 ") : b.iban;
  const parts = [`${head}: ${b.name}`];
  if (b.sortCode) parts.push(`Sort code ${b.sortCode}`, `Account no. ${b.account}`);
  parts.push(`IBAN ${ibanText}`, `BIC ${b.bic}`);
  return parts.join(separator);
}

function renderFooter(inv: TInvoice, rng: Rng, vatLabel: string): string {
  const s = inv.style;
  if (s.footer === "none") return "";
  const v = inv.vendor;
  const L = inv.lang;
  const vat = inv.vatIdWhere === "footer" && v.vatId ? [`${vatLabel} ${v.vatId}`] : [];
  const registration = inv.country.registration(rng, v.city, v.person);
  const contact = [`${rng.pick(L.phone)} ${v.phone}`, v.email, v.web];
  const page = rng.chance(0.3) ? [L.page] : [];
  if (s.footer === "line") {
    const first = [v.legal, ...v.address, ...contact.slice(0, rng.int(1, 3))].join(" · ");
    const second = [...vat, ...registration, bankText(inv, rng, " · ")].join(" · ");
    return `<div class="footer line"><div>${esc(first)}</div><div>${esc(second)}</div>${page.map((p) => `<div>${esc(p)}</div>`).join("")}</div>`;
  }
  const columns = [[v.legal, ...v.address], contact, bankText(inv, rng, "\n").split("\n"), [...vat, ...registration, ...page]];
  return `<div class="footer"><div class="cols">${columns.map((col) => `<div>${col.map(esc).join("<br>")}</div>`).join("")}</div></div>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering with Chromium

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      count: { type: "string", default: "40" },
      seed: { type: "string", default: "1" },
      raster: { type: "boolean", default: false },
      html: { type: "boolean", default: false },
    },
  });
  if (!values.out) throw new Error("usage: synthesize-invoices --out <folder> [--count 40] [--seed 1] [--raster] [--html]");
  const out = values.out;
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const truth: Record<string, { fields: Record<string, string> }> = {};
  try {
    for (let index = 0; index < Number(values.count); index++) {
      const inv = buildInvoice(invoiceSeed(Number(values.seed), index));
      const name = String(index + 1).padStart(3, "0");
      const paper = PAPER[inv.country.paper];
      // deviceScaleFactor 2 on a 96-dpi CSS page: ~192 dpi, a typical office scan.
      const context = await browser.newContext({ viewport: { width: paper.width, height: paper.height }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const html = await fitOnePage(page, inv);
      if (values.html) fs.writeFileSync(path.join(out, `${name}.html`), html);
      await page.pdf({
        path: path.join(out, `${name}.pdf`),
        format: inv.country.paper,
        printBackground: true,
        margin: { top: "0", right: "0", bottom: "0", left: "0" },
      });
      const fields = truthFor(inv);
      truth[`${name}.pdf`] = { fields };
      if (values.raster) {
        await page.screenshot({ path: path.join(out, `${name}.jpg`), type: "jpeg", quality: 85 });
        truth[`${name}.jpg`] = { fields };
      }
      await context.close();
      console.info(`${name} ${inv.country.code} ${inv.currency} ${fields.invoice_number} ${fields.vendor_name}`);
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(out, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
}

/** Renders at the chosen font size and steps it down until the page no longer overflows, so every PDF is one page. */
async function fitOnePage(page: Page, inv: TInvoice): Promise<string> {
  let html = "";
  for (let size = inv.style.size; size >= 7; size--) {
    html = renderHtml(inv, size);
    await page.setContent(html, { waitUntil: "load" });
    const fits = await page.evaluate(() => {
      const sheet = document.querySelector(".page") as HTMLElement;
      return sheet.scrollHeight <= sheet.clientHeight + 1;
    });
    if (fits) return html;
  }
  return html;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
