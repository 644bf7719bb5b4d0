// Invoices print the same label in other languages: a "Line Number" field is printed "Numéro de ligne", a
// "Customer Number" "Kundennummer", an "Order Number" "Número de pedido". Concepts carry their own translated
// synonyms; any other field's one- or two-word name is also looked for as composed from these common label words.

type TTranslation = {
  /** French, Spanish and Italian words; they put the head noun first ("numéro de ligne", "número de pedido"). */
  romance: string[];
  /** German, as the first part of a compound ("Kunden" + "nummer") or the head noun itself ("Datum"). */
  germanModifier?: string[];
  germanHead?: string[];
};

const t = (romance: string, germanModifier = "", germanHead = ""): TTranslation => ({
  romance: romance.split("|"),
  germanModifier: germanModifier ? germanModifier.split("|") : undefined,
  germanHead: germanHead ? germanHead.split("|") : undefined,
});

// Folded (lowercase, no accents) like tokenize(); "no" also stands for "n°", "nº" and "#".
const NUMBER = t("numero|no|num|n", "", "nummer|no");
const WORDS: Record<string, TTranslation> = {
  number: NUMBER,
  no: NUMBER,
  id: t("identifiant|identificador|id", "", "id|kennung"),
  code: t("code|codigo|codice", "", "code"),
  reference: t("reference|ref|referencia|riferimento|rif", "", "referenz"),
  ref: t("reference|ref|referencia|riferimento|rif", "", "referenz"),
  date: t("date|fecha|data", "", "datum"),
  name: t("nom|nombre|nome", "", "name"),
  amount: t("montant|importe|importo", "", "betrag"),
  line: t("ligne|linea"),
  customer: t("client|cliente", "kunden"),
  client: t("client|cliente", "kunden"),
  order: t("commande|pedido|ordine", "bestell|auftrags"),
  account: t("compte|cuenta|conto", "konto"),
  contract: t("contrat|contrato|contratto", "vertrags"),
  delivery: t("livraison|entrega|consegna", "liefer"),
  payment: t("paiement|reglement|pago|pagamento", "zahlungs"),
  mandate: t("mandat|mandato", "mandats"),
  subscriber: t("abonne|abonado|abbonato", "abonnenten"),
  purchase: t("achat|compra|acquisto", "einkaufs"),
  shipment: t("expedition|envio|spedizione", "versand"),
  tracking: t("suivi|seguimiento", "sendungs"),
  project: t("projet|proyecto|progetto", "projekt"),
  meter: t("compteur|contador|contatore", "zahler"),
  serial: t("serie", "serien"),
  booking: t("reservation|reserva|prenotazione", "buchungs"),
  room: t("chambre|habitacion|camera", "zimmer"),
  vehicle: t("vehicule|vehiculo|veicolo", "fahrzeug"),
  policy: t("police|poliza|polizza", "policen"),
};

// "numéro de ligne", "número de pedido", "numero di conto", and without the preposition ("Id client").
const ROMANCE_LINKS = ["de", "di", "del", ""];

/**
 * A two-word name's translations as label texts; [] when a word of it is not in the table. One word alone is not
 * translated: "no" or "data" by itself is no label.
 */
export function translateFieldName(tokens: string[]): string[] {
  if (tokens.length !== 2) return [];
  const [modifier, head] = tokens.map((token) => WORDS[token]);
  if (!modifier || !head) return [];
  const labels = new Set<string>();
  for (const headWord of head.romance) {
    for (const modifierWord of modifier.romance) {
      for (const link of ROMANCE_LINKS) labels.add([headWord, link, modifierWord].filter(Boolean).join(" "));
    }
  }
  for (const modifierWord of modifier.germanModifier ?? []) {
    for (const headWord of head.germanHead ?? []) {
      if (headWord.length > 2) labels.add(`${modifierWord}${headWord}`);
      labels.add(`${modifierWord} ${headWord}`);
    }
  }
  return [...labels];
}
