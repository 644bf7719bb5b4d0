// The shapes of the language, country and invoice data, and the two helpers the tables are written in.

import type { Rng } from "./prng";

export type TLang = "en-GB" | "en-US" | "de" | "fr" | "es" | "it" | "nl";
export type TUnit = "h" | "pc" | "flat" | "m" | "month";
export type TDateFormat = "dd.mm.yyyy" | "dd/mm/yyyy" | "dd-mm-yyyy" | "mm/dd/yyyy" | "yyyy-mm-dd" | "dd.mm.yy" | "long" | "short";
export interface TNumberStyle {
  group: string;
  decimal: "." | ",";
}

export interface TLanguage {
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
export function styles(...samples: string[]): TNumberStyle[] {
  return samples.map((sample) => ({ group: sample.slice(1, -6), decimal: sample.at(-3) as "." | "," }));
}

/** Small tables written inline as "a|b; c|d". */
export function rows(table: string): string[][] {
  return table.split("; ").map((row) => row.split("|"));
}

export interface TCountry {
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

// The invoice: content first (what the truth describes), presentation choices second

export interface TParty {
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
export interface TLine {
  desc: string;
  unit: TUnit;
  /** Quantity in hundredths, so 2.5 hours stays exact. */
  qty: number;
  price: number;
  amount: number;
  rate: number;
}
export interface TStyle {
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
export interface TInvoice {
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
