// Addresses end with the country's name as printed ("Deutschland", "United States"); structured
// invoices and most systems hold the ISO 3166 code instead. The normalized address ends with the code.

import { foldText } from "./normalize-text";

const COUNTRY_CODES: Record<string, string> = {
  deutschland: "DE",
  germany: "DE",
  allemagne: "DE",
  osterreich: "AT",
  austria: "AT",
  schweiz: "CH",
  suisse: "CH",
  switzerland: "CH",
  france: "FR",
  frankreich: "FR",
  nederland: "NL",
  netherlands: "NL",
  niederlande: "NL",
  belgique: "BE",
  belgie: "BE",
  belgium: "BE",
  belgien: "BE",
  luxembourg: "LU",
  luxemburg: "LU",
  italia: "IT",
  italy: "IT",
  italien: "IT",
  espana: "ES",
  spain: "ES",
  spanien: "ES",
  portugal: "PT",
  danmark: "DK",
  denmark: "DK",
  danemark: "DK",
  sverige: "SE",
  sweden: "SE",
  schweden: "SE",
  polska: "PL",
  poland: "PL",
  polen: "PL",
  ireland: "IE",
  irland: "IE",
  "united kingdom": "GB",
  "united states": "US",
  usa: "US",
};

/** "Lieferantenstraße 20 80333 München Deutschland" → "Lieferantenstraße 20 80333 München DE". */
export function normalizeAddressCountry(address: string): string {
  const words = address.trim().split(/\s+/);
  for (const length of [2, 1]) {
    if (words.length <= length) continue;
    const tail = foldText(words.slice(-length).join(" ")).replace(/[^a-z ]/g, "");
    const code = COUNTRY_CODES[tail];
    if (code) return [...words.slice(0, -length), code].join(" ");
  }
  return address;
}
