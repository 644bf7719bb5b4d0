// Amounts as printed on invoices and receipts: thousands separators (",", ".", "'", spaces),
// decimal commas, currency signs and codes on either side, and negatives ("-5.00", "5.00-", "(5.00)").

export type TParsedNumber = {
  value: number;
  decimals: number;
  /** Read past an OCR slip (a garbled currency glued on, a split decimal part): a little less certain. */
  misread?: boolean;
};

const LETTER_CODES = "rm|myr|usd|eur|gbp|chf|sgd|aud|cad|inr|jpy|cny|rmb|hkd|nzd|sek|nok|dkk|pln|czk|idr|thb|php|zar|aed|rs|rp";
// "Rs.319.00", "RM.0.00": an abbreviated code's full stop glued to the amount is no decimal point.
const CURRENCY_CODES = `(?:${LETTER_CODES})\\.?|us\\$|s\\$|a\\$|c\\$|hk\\$`;
const CURRENCY = `(?:[$€£¥₹₩₽]|${CURRENCY_CODES})`;
const GLUED_CODE_DASH = new RegExp(`^(${LETTER_CODES})-(?=\\d)`, "i");
const AMOUNT_PATTERN = new RegExp(
  `^${CURRENCY}?\\s*([-−+]?)\\s*${CURRENCY}?\\s*(\\d[\\d.,'’\\s\\u00a0\\u202f]*?)\\s*(-?)\\s*${CURRENCY}?$`,
  "i",
);

export function parseNumber(text: string): TParsedNumber | null {
  // A label's colon the reader glued to the amount (":75.04") is no part of it, nor is trailing punctuation.
  let source = text
    .trim()
    .replace(/[.:;,]+$/, "")
    .replace(/^:+\s*/, "");
  let negative = false;
  const parenthesized = /^\((.*)\)$/.exec(source);
  if (parenthesized) {
    source = parenthesized[1].trim();
    negative = true;
  }
  // "RM-38.80": a dash glued between a currency code and the digits separates them; a negative amount is printed
  // "-RM38.80", "RM -38.80", "38.80-" or "(38.80)".
  source = source.replace(GLUED_CODE_DASH, "$1");
  const match = AMOUNT_PATTERN.exec(source);
  if (!match) return null;
  const [, sign, digits, trailingMinus] = match;
  if (sign === "-" || sign === "−" || trailingMinus === "-") negative = true;
  const parsed = parseDigits(digits);
  if (!parsed) return null;
  const value = negative && parsed.value !== 0 ? -parsed.value : parsed.value;
  return parsed.misread ? { value, decimals: parsed.decimals, misread: true } : { value, decimals: parsed.decimals };
}

function parseDigits(raw: string): TParsedNumber | null {
  // "2.775.68": a scan's reader took the decimal comma for a point (or the point for a comma): groups of three then two.
  if (/^\d{1,3}(?:\.\d{3})+\.\d{2}$/.test(raw) || /^\d{1,3}(?:,\d{3})+,\d{2}$/.test(raw)) {
    const digits = raw.replace(/[.,]/g, "");
    return { value: Number(`${digits.slice(0, -2)}.${digits.slice(-2)}`), decimals: 2, misread: true };
  }
  // "$4, 337.55": a scan's reader set a space after the thousands separator; the decimal mark is the other one.
  const spacedGroup = /^(\d{1,3})([.,])[\s\u00a0\u202f]+(\d{3}[.,]\d{2})$/.exec(raw);
  if (spacedGroup && spacedGroup[3][3] !== spacedGroup[2]) {
    const parsed = parseDigits(spacedGroup[1] + spacedGroup[2] + spacedGroup[3]);
    return parsed && { ...parsed, misread: true };
  }
  // Spaces and apostrophes only ever group thousands.
  if (/[\s\u00a0\u202f'’]/.test(raw)) {
    if (!/^\d{1,3}(?:[\s\u00a0\u202f'’]\d{3})+(?:[.,]\d+)?$/.test(raw)) return null;
    return parseDigits(raw.replace(/[\s\u00a0\u202f'’]/g, ""));
  }
  const lastDot = raw.lastIndexOf(".");
  const lastComma = raw.lastIndexOf(",");
  let decimalSeparator: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSeparator = lastDot > lastComma ? "." : ",";
  else if (lastComma >= 0) decimalSeparator = isThousandsOnly(raw, ",") ? null : ",";
  else if (lastDot >= 0) decimalSeparator = isThousandsOnly(raw, ".") ? null : ".";
  const thousandsSeparator = decimalSeparator === "." ? "," : decimalSeparator === "," ? "." : raw.includes(",") ? "," : ".";
  const [integerPart, fraction = "", ...rest] = decimalSeparator ? raw.split(decimalSeparator) : [raw];
  if (rest.length > 0 || (decimalSeparator && fraction === "")) return null;
  if (!/^\d+$/.test(fraction || "0")) return null;
  if (!validGrouping(integerPart, thousandsSeparator)) return null;
  const value = Number(`${integerPart.split(thousandsSeparator).join("")}.${fraction || "0"}`);
  return Number.isFinite(value) ? { value, decimals: fraction.length } : null;
}

/**
 * "4,200" and "1.234.567" group thousands; "1,5" and "9.000" (a unit price) are decimals.
 * A single dot is a decimal point: German-style "4.200" without decimals is the rarer reading.
 */
function isThousandsOnly(raw: string, separator: string): boolean {
  const parts = raw.split(separator);
  if (parts.length > 2) return true;
  return separator === "," && parts[1].length === 3 && parts[0] !== "0" && parts[0].length <= 3;
}

function validGrouping(integerPart: string, separator: string): boolean {
  if (!integerPart.includes(separator)) return /^\d+$/.test(integerPart);
  const groups = integerPart.split(separator);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}
