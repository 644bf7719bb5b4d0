// Currencies as printed on invoices and receipts: an ISO 4217 code ("EUR"), a sign glued to or
// beside an amount ("$4.11", "160,00 €"), or the currency's name ("Euro"). All become the ISO code,
// which is what a currency field holds whatever the page shows.

/** Codes common on invoices. Only these count: any other three capitals ("VAT", "GLN") is a word, not a currency. */
const ISO_CODES = new Set(
  "EUR|USD|GBP|CHF|JPY|CNY|INR|AUD|CAD|NZD|SGD|HKD|MYR|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|ZAR|BRL|MXN|TRY|KRW|IDR|THB|PHP|VND|AED|SAR|ILS|RUB".split(
    "|",
  ),
);

// "$" alone is read as the US dollar, the most common reading; prefixed dollars say which.
const PREFIXED_DOLLARS: Record<string, string> = { US: "USD", A: "AUD", AU: "AUD", C: "CAD", CA: "CAD", S: "SGD", HK: "HKD", NZ: "NZD" };
const SIGNS: Record<string, string> = { "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY" };
// Abbreviations and names, compared lowercase without a trailing dot.
const WORDS: Record<string, string> = { rs: "INR", rm: "MYR", euro: "EUR", euros: "EUR", eur: "EUR" };

export type TCurrencyMention = { code: string; printed: string };

/** The currency one printed word names or carries ("EUR", "€", "$4.11", "Rs."), or null. */
export function parseCurrency(word: string): TCurrencyMention | null {
  const text = word.trim();
  const bare = text.replace(/^[(:]+|[).,:;]+$/g, "");
  if (ISO_CODES.has(bare)) return { code: bare, printed: bare };
  const named = WORDS[bare.toLowerCase()];
  // Lowercase "eur" or "rm" inside prose is rare enough; "RM" and "Rs" are how those currencies are printed.
  if (named && (bare.length > 2 || /^[A-Z]/.test(bare))) return { code: named, printed: bare };
  const dollar = /^([A-Z]{1,2})?\$/.exec(bare) ?? /\$$/.exec(bare);
  if (dollar) return { code: PREFIXED_DOLLARS[dollar[1] ?? ""] ?? "USD", printed: dollar[0] };
  // A sign glued to an amount ("€12.50", "12,50€") or standing alone.
  const sign = [...bare].find((char) => char in SIGNS);
  if (sign && /^[^\p{L}]*$/u.test(bare)) return { code: SIGNS[sign], printed: sign };
  // "Rs.40.00", "RM12.50": the abbreviation glued to the amount.
  const glued = /^(Rs|RM)\.?\d/.exec(bare);
  if (glued) return { code: WORDS[glued[1].toLowerCase()], printed: glued[1] };
  // "Amount(USD)": a column header with its code in brackets, run into it by a scan's reader.
  const bracketed = /^\p{L}[\p{L}.]*\(([A-Z]{3})\)[:.]?$/u.exec(text);
  if (bracketed && ISO_CODES.has(bracketed[1])) return { code: bracketed[1], printed: bracketed[1] };
  return null;
}
