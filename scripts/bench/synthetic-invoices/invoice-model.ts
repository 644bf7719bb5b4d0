// The random invoice: content and presentation choices drawn from its seed, and the truth it prints.

import { cents, fold, iso } from "./format";
import { LANGUAGES } from "./locales";
import { COUNTRIES } from "./parties";
import { Rng } from "./prng";
import type { TCountry, TInvoice, TLang, TLanguage, TLine, TParty, TStyle } from "./types";

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

export function buildInvoice(seed: number): TInvoice {
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

// Truth

export function truthFor(inv: TInvoice): Record<string, string> {
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
