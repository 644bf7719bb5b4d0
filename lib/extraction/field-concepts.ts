// A small table of common invoice/receipt concepts. A field whose key or name says "invoice
// number" or "total" gets that concept's printed synonyms as extra labels, the words that turn a
// matching label into another concept ("Subtotal", "Due date"), and a fallback when no label is found.

export type TConceptId =
  | "invoice_number"
  | "due_date"
  | "period_start"
  | "period_end"
  | "date"
  | "net_total"
  | "subtotal"
  | "amount_due"
  | "tax"
  | "total"
  | "customer_name"
  | "vendor_address"
  | "vendor_name"
  | "vat_id"
  | "email"
  | "phone"
  | "website"
  | "siren"
  | "payment_reference"
  | "postcode"
  | "city"
  | "state"
  | "street"
  | "iban"
  | "bic"
  | "currency"
  | "incoterm"
  | "document_type";

/** The shape a concept's printed value has; pickValue reads a value of that shape after a label. */
export type TValueKind =
  | "id"
  | "tax_id"
  | "amount"
  | "currency"
  | "incoterm"
  | "name"
  | "email"
  | "phone"
  | "website"
  | "iban"
  | "bic"
  | "postcode"
  | "siren";

export type TConcept = {
  id: TConceptId;
  /** The field is this concept when its key/name tokens include every token of one trigger... */
  triggers: string[][];
  /** ...and none of these. */
  excludes?: string[];
  synonyms: string[];
  /** Labels of a broader concept that usually print the same value ("Total" holds the amount due unless something was prepaid). */
  relatedSynonyms?: string[];
  /** Labels of a neighbouring concept, used at low strength when nothing better is printed ("Subtotal" for a total). */
  weakSynonyms?: string[];
  /** Tokens printed next to a matched label that make it a different concept. */
  negatives?: string[];
  /** Negatives that don't count when one of `unless` is printed too ("Total GST" vs "Total incl. GST"). */
  conditionalNegatives?: { tokens: string[]; unless: string[] };
  /** Labels inside a tax breakdown table name its columns' sums, not this concept. */
  avoidTaxSummary?: boolean;
  /**
   * Printed values are ids (take the token with digits), amounts (cents expected), currencies, names
   * (free text that isn't an id, often the first line of an address block below its heading), values of a
   * recognisable shape (email, IBAN, postcode…), or free text.
   */
  kind?: TValueKind;
  /** Among equally good labels, take the first on the page or the last (totals sit at the bottom). */
  prefer: "first" | "last";
};

const list = (items: string) => items.split("|");

// "Partner" is the other party of an invoice one receives: its issuer (invoice2data's and Odoo's vendor bills'
// partner_name, partner_street…).
const SELLER = list("vendor|seller|supplier|merchant|company|store|shop|issuer|partner");
const BUYER = list("customer|buyer|client");
// "Cód. cliente", "Codice cliente", "CIF cliente", "N. cliente": a code's label, not the name's.
const NOT_NAME = list(
  "address|id|vat|tax|phone|email|number|no|n|reg|registration|ref|reference|order|po|city|town|zip|postcode|postal|street|state|province|code|cod|codigo|codice|cif|nif",
);
// A field for a party's contact or bank detail ("vendor_website", "supplier_iban", "shop_mobile") is read by that
// detail's own concept further down. Only in field keys: printed beside a label they may be part of a name ("Harbour Web Studio").
const CONTACT_DETAIL = list("website|web|url|www|homepage|iban|bic|swift|bank|account|mobile|fax|tel|telephone|coc|kvk");
// Spanish, Italian and Portuguese print IVA, Dutch BTW.
const TAX_WORDS = list("tax|vat|gst|mwst|ust|tva|umsatzsteuer|steuer|mehrwertsteuer|steuerbetrag|iva|btw|imposta|impuesto|impuestos|taxe");
const INCLUDED = list("incl|inclusive|including|inkl|ttc|gross|brutto|incluido|inclusa|incluso");
const TOTAL_LABELS = list(
  "total|grand total|total amount|invoice total|gesamtbetrag|summe|bruttosumme|bruttobetrag|summe brutto|gesamt brutto|rechnungsbetrag|endbetrag|gesamtsumme|rechnungssumme|total ttc|montant ttc|montant total|importe total|total factura|totale fattura|totale documento|totaal|totaalbedrag|valor total|jumlah|jumlah besar",
);
const DUE_LABELS = list(
  "amount due|balance due|total due|amount payable|payable|zahlbetrag|zu zahlen|zu zahlender betrag|offener betrag|restbetrag|net a payer|somme a payer|montant a payer|total a payer|reste a payer|total a pagar|importe a pagar|totale da pagare|netto a pagare|te betalen|valor a pagar",
);
// Words beside a total label that make it some other sum: net, a discount, a count ("oty": a scan's "Qty"), money
// already paid.
const NOT_TOTAL = list(
  "sub|subtotal|net|netto|excl|exkl|excluding|exclusive|ohne|ht|hors|escl|esclusa|senza|qty|oty|quantity|item|items|line|discount|disc|rabatt|abschlage|zuschlage|anzahlungen|saving|savings|points|change|paid|tendered|imponible|imponibile|subtotaal|sin|sem|descuento|sconto|korting",
);
// Totals before tax, as invoices print them: "Summe netto", "Rechnungssumme ohne USt.", "Total HT", "Total excl. VAT".
const NET_LABELS = list(
  "net amount|net total|total net|nettobetrag|nettosumme|summe netto|gesamtsumme netto|rechnungssumme netto|summe ohne ust|rechnungssumme ohne ust|gesamtbetrag netto|total ht|total hors taxes|total excl vat|total excl tax|total excluding tax|total before tax|amount before tax|untaxed amount|base imponible|imponibile|totale imponibile|totaal excl btw|subtotaal excl btw|bedrag excl btw|totaalbedrag excl btw|amount excl vat|amount excl tax|total sin iva|valor sem iva|totale netto|total neto|importe neto|totaal netto|nettobedrag|montant ht",
);

// Order matters: the first concept whose trigger matches wins, so specific concepts come first.
export const CONCEPTS: TConcept[] = [
  {
    // Never printed as such: the extractor infers the UNTDID 1001 code from the document's title.
    id: "document_type",
    triggers: [
      ["document", "type", "code"],
      ["invoice", "type", "code"],
    ],
    synonyms: [],
    prefer: "first",
  },
  {
    id: "currency",
    triggers: [["currency"]],
    excludes: list("symbol|sign|amount|rate"),
    synonyms: list(
      "currency|currency code|wahrung|rechnungswahrung|devise|monnaie|betrage in|amounts in|montants en|moneda|divisa|valuta|moeda|" +
        // A sentence stating it: "Montants exprimés en CHF", "Importi espressi in EUR", "Bedragen zijn vermeld in GBP".
        "all amounts in|amounts are in|prices in|montants exprimes en|importes en|importi espressi in|importi in|bedragen in|bedragen zijn vermeld in|betrage verstehen sich in",
    ),
    kind: "currency",
    prefer: "first",
  },
  {
    id: "incoterm",
    triggers: [["incoterm"], ["incoterms"], ["delivery", "terms"]],
    synonyms: list("incoterm|incoterms|delivery terms|terms of delivery|lieferbedingung|lieferbedingungen|conditions de livraison"),
    kind: "incoterm",
    prefer: "first",
  },
  {
    id: "invoice_number",
    triggers: ["invoice", "receipt", "bill", "document"].flatMap((noun) => [
      [noun, "number"],
      [noun, "no"],
      [noun, "id"],
    ]),
    // "#" and "n°" tokenize as "no", so "invoice no" also covers "Invoice #" and "Facture n°".
    synonyms: list(
      "invoice no|inv no|invoice number|bill no|receipt no|doc no|document no|trans no|transaction no|txn no|tr no|rechnungsnummer|rechnungsnr|rechnung nr|facture no|no de facture|numero de facture|factura no|numero de factura|no de factura|fattura no|numero fattura|factuurnummer|factuur no|fatura no|numero da fatura|" +
        // Number first ("N. fattura", "Nº Factura", "Nr. documento"), and German abbreviations ("Re.-Nr.", "Rg.-Nr.").
        "n fattura|no fattura|n factura|no factura|no facture|no factuur|re no|rg no|rechn no|rechnungs no|no documento|numero documento|" +
        // "Fattura n.", "Factura n.": the number marker abbreviated to a bare "n"; "Réf. facture".
        "fattura n|factura n|facture n|ref facture|reference facture|factuurnr",
    ),
    // "Invoice INV/2023/03/0008": the bare noun, only when no numbered label is printed.
    weakSynonyms: list("invoice|rechnung|facture|factura|fattura|factuur|fatura"),
    negatives: list(
      "order|customer|client|account|po|purchase|reg|registration|date|total|amount|summary|bestellung|kunden|lieferung|commande",
    ),
    kind: "id",
    prefer: "first",
  },
  {
    id: "due_date",
    triggers: [["due", "date"]],
    synonyms: list(
      "due date|payment due|due by|due on|pay by|payable by|payable until|remit until|falligkeitsdatum|fallig am|falligkeit|zahlungsziel|zahlbar|zahlbar bis|uberweisen|date d'echeance|echeance|date limite de paiement|date limite|a regler avant|payer avant|fecha de vencimiento|fecha vencimiento|vencimiento|fecha limite de pago|fecha limite|data limite di pagamento|data scadenza|scadenza pagamento|scadenza|vervaldatum|vervaldag|uiterste betaaldatum|betaaldatum|te betalen voor|data de vencimento|vencimento|paiement attendu|a payer au plus tard",
    ),
    // A direct debit's date is when the invoice gets paid ("Der Betrag … wird am 20.03.2014 … eingezogen").
    weakSynonyms: list(
      "wird am|abbuchung am|lastschrift am|debited on|collected on|prelevement le|prelevement a partir du|au plus tard le",
    ),
    prefer: "first",
  },
  // A billing period's ends: labelled, or read from a printed range (find-date-range) when not.
  {
    id: "period_start",
    triggers: [
      ["start", "date"],
      ["begin", "date"],
      ["from", "date"],
      ["period", "start"],
      ["period", "from"],
      ["service", "start"],
    ],
    synonyms: list(
      "start date|period start|start of period|service start|date de debut|debut de periode|startdatum|leistungsbeginn|fecha de inicio",
    ),
    prefer: "first",
  },
  {
    id: "period_end",
    triggers: [
      ["end", "date"],
      ["to", "date"],
      ["until", "date"],
      ["period", "end"],
      ["period", "to"],
      ["service", "end"],
    ],
    synonyms: list("end date|period end|end of period|service end|date de fin|fin de periode|enddatum|leistungsende|fecha de fin"),
    prefer: "first",
  },
  {
    id: "date",
    triggers: [["date"]],
    excludes: list("due|delivery|shipping|ship|birth|expiry|expiration|start|end"),
    synonyms: list(
      "date|data|invoice date|receipt date|issue date|date of issue|bill date|inv date|datum|rechnungsdatum|date de facture|date de facturation|fecha|fecha de factura|fecha factura|fecha de emision|data fattura|data documento|data di emissione|data emissione|date d'emission|date emission|factuurdatum|data da fatura|data de emissao",
    ),
    negatives: list(
      "due|delivery|shipping|ship|expiry|expiration|birth|valid|period|order|print|printed|limite|echeance|fallig|liefer|lieferung|vencimiento|scadenza|vervaldatum|vencimento|entrega|consegna|levering|livraison|" +
        // The date the work was done or the goods supplied: "Date de prestation", "Leistungsdatum", "Service date".
        "prestation|leistung|leistungsdatum|supply|service|servicio|prestazione",
    ),
    prefer: "first",
  },
  {
    // The invoice total before tax. A subtotal is often the same sum, but printed before discounts and charges.
    id: "net_total",
    triggers: [
      ["net", "amount"],
      ["net", "total"],
      ["total", "net"],
      ["untaxed", "amount"],
    ],
    synonyms: NET_LABELS,
    weakSynonyms: list("subtotal|sub total|sous total|zwischensumme|positionssumme|warenwert"),
    avoidTaxSummary: true,
    kind: "amount",
    prefer: "last",
  },
  {
    id: "subtotal",
    triggers: [["subtotal"], ["sub", "total"]],
    synonyms: list("subtotal|sub total|sous total|zwischensumme"),
    weakSynonyms: NET_LABELS,
    avoidTaxSummary: true,
    kind: "amount",
    prefer: "last",
  },
  {
    id: "tax",
    triggers: [["tax"], ["vat"], ["gst"]],
    excludes: ["id", "number", "no", "rate", "reg", "registration", "code", ...INCLUDED],
    // "CuotaIVA": the two-word labels a scan's reader may glue (field-labels reads them glued).
    synonyms: [
      ...TAX_WORDS,
      "sales tax",
      "tax amount",
      "total tax",
      "summe umsatzsteuer",
      "montant tva",
      "cuota iva",
      "importe iva",
      "importo iva",
      // "IVA al 22%" ("IVAal" on a scan).
      "iva al",
    ],
    negatives: [
      "id",
      "no",
      "number",
      "reg",
      "registration",
      "summary",
      "excl",
      "netto",
      "identnr",
      "idnr",
      "ident",
      "intra",
      "nr",
      // "P.IVA 02588259499", "Partita IVA": the Italian VAT number's label.
      "p",
      "partita",
      ...INCLUDED,
    ],
    kind: "amount",
    prefer: "last",
  },
  {
    // What is left to pay: the total less prepayments. Without a printed "amount due", the total is.
    id: "amount_due",
    triggers: [["amount", "due"], ["total", "due"], ["balance", "due"], ["amount", "payable"], ["balance"], ["due", "amount"]],
    excludes: ["date"],
    synonyms: DUE_LABELS,
    relatedSynonyms: TOTAL_LABELS,
    weakSynonyms: list("subtotal|sub total|net total"),
    negatives: [...NOT_TOTAL, "bezahlt", "erhaltene", "prepaid", "deposit"],
    conditionalNegatives: { tokens: TAX_WORDS, unless: INCLUDED },
    avoidTaxSummary: true,
    kind: "amount",
    prefer: "last",
  },
  {
    id: "total",
    triggers: [["total"]],
    synonyms: TOTAL_LABELS,
    // What is left to pay equals the total unless something was prepaid.
    relatedSynonyms: DUE_LABELS,
    weakSynonyms: list("subtotal|sub total|net total"),
    negatives: NOT_TOTAL,
    conditionalNegatives: { tokens: TAX_WORDS, unless: INCLUDED },
    avoidTaxSummary: true,
    kind: "amount",
    prefer: "last",
  },
  // France's company number, on every French invoice.
  // Its trade register entry prints the number before "RCS" as often as after: that is the fallback's to read.
  { id: "siren", triggers: [["siren"]], synonyms: list("siren|numero siren|no siren"), kind: "siren", prefer: "first" },
  {
    id: "payment_reference",
    triggers: [
      ["payment", "reference"],
      ["payment", "ref"],
      ["remittance", "reference"],
    ],
    // "Please use the following communication for your payment: 202309097001" (Belgian and Odoo invoices).
    synonyms: list(
      "payment reference|payment ref|remittance reference|communication|structured communication|verwendungszweck|zahlungsreferenz|reference de paiement|reference du paiement",
    ),
    kind: "id",
    prefer: "first",
  },
  // Parts of the seller's address ("Vendor City", "partner_zip"); a buyer's are read only where labelled.
  {
    id: "postcode",
    triggers: [["zip"], ["postcode"], ["postal", "code"], ["post", "code"], ["plz"], ["postleitzahl"]],
    excludes: BUYER,
    synonyms: list("zip|zip code|postcode|postal code|post code|plz|postleitzahl|code postal"),
    kind: "postcode",
    prefer: "first",
  },
  { id: "city", triggers: [["city"], ["town"]], excludes: BUYER, synonyms: list("city|town|ort|stadt|ville"), prefer: "first" },
  { id: "state", triggers: [["state"], ["province"]], excludes: BUYER, synonyms: list("state|province|bundesland"), prefer: "first" },
  { id: "street", triggers: [["street"]], excludes: BUYER, synonyms: list("street|street address|address line 1"), prefer: "first" },
  {
    id: "customer_name",
    triggers: [...BUYER.map((noun) => [noun]), ["bill", "to"]],
    excludes: [...NOT_NAME, ...CONTACT_DETAIL],
    synonyms: list(
      "bill to|billed to|invoice to|customer|sold to|buyer|client|kunde|kaufer|leistungsempfanger|rechnungsempfanger|rechnungsadresse|destinataire|acheteur|facture a|facturer a|adresse de facturation|cliente|destinatario|spett le|spettabile|klant|afnemer|gefactureerd aan|factuuradres|facturar a|datos del cliente|dati del cliente|dati cliente|intestatario|intestato a|customer details|client details|kundendaten",
    ),
    // A bare "To:" heading (Dutch "Aan", German "An"), or only a delivery address: usually the buyer, less surely.
    relatedSynonyms: list("to|aan|an|ship to|deliver to"),
    // "Please pay to: Lloyds Bank", "Remit to": the seller's bank. "USt-IdNr. Kunde:": the customer's VAT id.
    negatives: [...NOT_NAME, ...TAX_WORDS, "idnr", "nr", "pay", "payable", "remit", "payment"],
    kind: "name",
    prefer: "first",
  },
  {
    id: "vendor_address",
    triggers: SELLER.map((noun) => [noun, "address"]).concat([["address"]]),
    excludes: ["email", "mail", "billing", "shipping", "delivery", "web", "ip", ...BUYER],
    synonyms: list("address|addr|adresse|anschrift"),
    negatives: ["email", "mail", "billing", "shipping", "delivery", "web", "ip", "bill", "ship", ...BUYER],
    prefer: "first",
  },
  {
    id: "vendor_name",
    triggers: SELLER.map((noun) => [noun]),
    excludes: [...NOT_NAME, ...CONTACT_DETAIL, ...BUYER],
    // "From:" heads the seller's block as "To:" heads the buyer's.
    synonyms: list(
      "vendor|seller|supplier|merchant|sold by|from|bill from|lieferant|verkaufer|rechnungsersteller|rechnungssteller|fournisseur|vendeur|proveedor|emisor|fornitore|cedente|leverancier|fornecedor",
    ),
    negatives: NOT_NAME,
    kind: "name",
    prefer: "first",
  },
  {
    id: "vat_id",
    triggers: [
      ["vat", "id"],
      ["vat", "number"],
      ["vat", "no"],
      ["tax", "id"],
      ["tax", "number"],
      ["gst", "id"],
      ["gst", "no"],
    ],
    synonyms: list(
      "vat id|vat no|vat number|vat reg no|vat registration no|vat registration number|tax id|gst id|gst no|gst reg no|ust idnr|ust id|ust identnr|ust ident nr|ustidnr|umsatzsteuer id|umsatzsteuer identifikationsnummer|no tva|numero de tva|identifiant tva|tva intracommunautaire|tva intra communautaire|tva intracom|tva intra|nif|cif|partita iva|p iva|piva|pi|btw nummer|btw no|btw id|nipc|uid|uid nr|mwst nr",
    ),
    // The buyer's VAT id is printed too ("Ihre USt.-IdentNr.", "Customer VAT no", "Uw BTW-nummer", "Votre n° TVA").
    negatives: list("ihre|your|uw|votre|vostra|vostro|su|customer|buyer|kunde|kunden|client|cliente|klant|kaufer|acheteur"),
    kind: "tax_id",
    prefer: "first",
  },
  { id: "email", triggers: [["email"], ["e", "mail"]], synonyms: list("email|e-mail|mail|courriel"), kind: "email", prefer: "first" },
  {
    id: "phone",
    triggers: [["phone"], ["telephone"], ["tel"], ["mobile"]],
    synonyms: list("phone|tel|telephone|mobile|telefon|tél|portable"),
    negatives: list("fax"),
    kind: "phone",
    prefer: "first",
  },
  {
    id: "iban",
    triggers: [["iban"], ["bank", "account"]],
    synonyms: list("iban|bank account|account no|account number|konto|kontonummer|compte|numero de compte|rib"),
    negatives: list("customer|client|kunde|kunden|your|ihre|votre|name|holder|inhaber|titulaire"),
    kind: "iban",
    prefer: "first",
  },
  { id: "bic", triggers: [["bic"], ["swift"]], synonyms: list("bic|swift|swift code|bic swift|swift bic"), kind: "bic", prefer: "first" },
  {
    id: "website",
    triggers: [["website"], ["web"], ["url"], ["homepage"], ["www"]],
    synonyms: list("website|web|www|url|homepage|internet|site web|site internet|webseite"),
    kind: "website",
    prefer: "first",
  },
];

/** The headings of the buyer's block ("Bill to", "Facturer à", "Spett.le"), as token lists. */
export const BUYER_HEADINGS: string[][] = CONCEPTS.filter((concept) => concept.id === "customer_name")
  .flatMap((concept) => [...concept.synonyms, ...(concept.relatedSynonyms ?? [])])
  .filter((label) => label !== "to")
  .map((label) => label.split(" "));

/**
 * Words of the party headings ("Verkäufer", "Bill to", "Acheteur", German "An", French "À"): a line made only of them
 * heads a block, it names no one.
 */
export const PARTY_HEADING_WORDS = new Set(
  CONCEPTS.filter((concept) => concept.kind === "name")
    .flatMap((concept) => concept.synonyms)
    .concat(SELLER, BUYER, ["ship", "deliver", "delivery", "an", "a"])
    .flatMap((label) => label.split(" ")),
);

/** The party headings of more than one word as a scan's reader runs them together ("facturara", "billto"). */
export const GLUED_PARTY_HEADINGS = new Set(
  CONCEPTS.filter((concept) => concept.kind === "name")
    .flatMap((concept) => concept.synonyms)
    .filter((label) => label.includes(" "))
    .map((label) => label.replace(/ /g, "")),
);
