// Emails and phone numbers, which OCR often splits or pads with punctuation.

import { parseDate } from "./parse-date";

const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export function parseEmail(text: string): string | null {
  const candidate = text
    .trim()
    .replace(/^(?:e-?mail|mailto)\s*:?\s*/i, "")
    .replace(/^[<(:\s]+|[>),;.\s]+$/g, "");
  return EMAIL.test(candidate) ? candidate.toLowerCase() : null;
}

/** Digits with an optional leading +; 7 to 15 digits (E.164 allows 15); not a date. */
export function parsePhone(text: string): string | null {
  const candidate = text.trim().replace(/[.,;]+$/, "");
  if (!/^\+?[\d\s()./-]+$/.test(candidate) || parseDate(candidate)) return null;
  const digits = candidate.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  return candidate.startsWith("+") ? `+${digits}` : digits;
}

// Country and generic top-level domains common on invoices: a bare "aws.amazon.com" counts only with one of these,
// so "Pvt.Ltd" or "No.5" are not websites. With "www." or a scheme any two or more letters do.
const COMMON_TLDS = new Set(
  "com net org info biz io co app dev ai eu de fr uk my sg in us ca au nl be ch at it es pl se dk no fi ie pt cz hk jp cn nz za ae".split(
    " ",
  ),
);
const SITE = /^(https?:\/\/)?(www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?::\d+)?(\/\S*)?$/i;

/**
 * A website: "http://www.azure-interior.com", "aws.amazon.com/contact-us/" → the site as printed without its path,
 * and normalized: lowercase, the scheme kept only where printed ("WWW.SUPER7.COM.MY" → "www.super7.com.my").
 */
export function parseWebsite(text: string): { site: string; normalized: string } | null {
  const candidate = text
    .trim()
    .replace(/^(?:web(?:site)?|url|internet|www)\s*:\s*/i, "")
    .replace(/^[<(\s]+|[>),;.\s]+$/g, "");
  if (candidate.includes("@")) return null;
  const match = SITE.exec(candidate);
  if (!match) return null;
  const [, scheme = "", www = "", domain, tld] = match;
  if (!scheme && !www && (!COMMON_TLDS.has(tld.toLowerCase()) || domain !== domain.toLowerCase())) return null;
  return { site: `${scheme}${www}${domain}`, normalized: `${scheme}${www}${domain}`.toLowerCase() };
}
