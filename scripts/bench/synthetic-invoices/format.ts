// Formatting of text, numbers, amounts, quantities, rates and dates as printed, and of truth values.

import { LANGUAGES } from "./locales";
import type { TDateFormat, TInvoice, TLang, TNumberStyle } from "./types";

export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function formatNumber(cents: number, style: TNumberStyle): string {
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const grouped = style.group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group) : whole;
  return `${cents < 0 ? "-" : ""}${grouped}${style.decimal}${String(abs % 100).padStart(2, "0")}`;
}

export function formatMoney(inv: TInvoice, cents: number, marked: boolean): string {
  if (!marked) return formatNumber(cents, inv.numbers);
  const { text, after, space } = inv.marker;
  const gap = space ? " " : "";
  const number = formatNumber(Math.abs(cents), inv.numbers);
  const sign = cents < 0 ? "-" : "";
  if (after) return `${sign}${number}${gap}${text}`;
  return space ? `${text}${gap}${sign}${number}` : `${sign}${text}${number}`;
}

export function formatQty(hundredths: number, style: TNumberStyle): string {
  if (hundredths % 100 === 0) return String(hundredths / 100);
  return (hundredths / 100).toFixed(hundredths % 10 === 0 ? 1 : 2).replace(".", style.decimal);
}

export function formatRate(rate: number, style: TNumberStyle): string {
  return String(rate).replace(".", style.decimal);
}

export function formatDate(date: Date, format: TDateFormat, langCode: TLang): string {
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

export function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function cents(value: number): string {
  return (value / 100).toFixed(2);
}
