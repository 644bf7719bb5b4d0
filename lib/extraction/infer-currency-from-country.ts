// When no currency is printed (or the reader lost the "€": PaddleOCR's alphabet has no euro sign), the seller's
// bank account and VAT id (an American's routing number or EIN, a British sort code) say which country the invoice is from, and most
// countries bill in one currency. The
// result is inferred, never read: reported with was_inferred and a low confidence.

import { findUnlabelledVatId } from "./find-unlabelled-vat-id";
import type { TPageRows, TPlacedWord } from "./page-rows";
import { pickIban, type TValuePick } from "./pick-value";

// Euro area as of 2026 (Croatia since 2023; Bulgaria, since 2026, left out while older invoices are in leva), the
// microstates that use the euro, and the European currencies with an IBAN or VAT prefix of their own. "EL" is
// Greece's VAT prefix, "XI" Northern Ireland's.
const EURO = "AT BE CY DE EE EL ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK AD MC SM VA".split(" ");
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  ...Object.fromEntries(EURO.map((country) => [country, "EUR"])),
  GB: "GBP",
  XI: "GBP",
  CH: "CHF",
  LI: "CHF",
  SE: "SEK",
  DK: "DKK",
  NO: "NOK",
  IS: "ISK",
  PL: "PLN",
  CZ: "CZK",
  HU: "HUF",
  RO: "RON",
};

export type TInferredCurrency = TValuePick & { page: number };

export function inferCurrencyFromCountry(pages: TPageRows[]): TInferredCurrency | null {
  for (const page of pages) {
    for (const row of page.rows) {
      const iban = pickIban(row);
      const code = iban && CURRENCY_BY_COUNTRY[String(iban.normalized).slice(0, 2)];
      if (iban && code) return { ...iban, text: code, normalized: code, page: page.page };
    }
  }
  const vatId = findUnlabelledVatId(pages);
  const code = vatId && CURRENCY_BY_COUNTRY[String(vatId.normalized).slice(0, 2)];
  return vatId && code ? { ...vatId, text: code, normalized: code } : (findIbanStart(pages) ?? findNationalBankId(pages));
}

// "IBAN GB81 LOYD8871…", "IBANIT70 06195091 5587": after its label, an IBAN the page cut or wrapped or the reader
// misread still starts with its country and check digits.
const IBAN_START = /^(?:IBAN[:.]?)?([A-Z]{2})\d{2}(?:[A-Z0-9]|$)/;

function findIbanStart(pages: TPageRows[]): TInferredCurrency | null {
  return firstWordNamingCurrency(pages, (row, index) => {
    const word = row[index];
    // The label may end the word before it, after a separator ("Sanpaolo·IBAN").
    const afterLabel = /(?:^|[·•|.])IBAN[:.]?$/i.test(row[index - 1]?.text ?? "") || /^IBAN[:.]?[A-Z]{2}\d/.test(word.text);
    return afterLabel ? CURRENCY_BY_COUNTRY[IBAN_START.exec(word.text)?.[1] ?? ""] : undefined;
  });
}

// An American seller's bank routing number ("Routing (ABA) 084057254") or employer id ("EIN 23-0225675").
const ROUTING_LABEL = /^(?:\(?aba\)?|routing)$/i;
const ROUTING_NUMBER = /^\d{9}$/;
const EIN = /^\d{2}-\d{7}$/;
// A British bank's sort code ("Sort code 88-71-98").
const SORT_CODE = /^\d{2}-\d{2}-\d{2}$/;

/** The invoice is American where it prints a routing number or an EIN after its label, British where a sort code. */
function findNationalBankId(pages: TPageRows[]): TInferredCurrency | null {
  return firstWordNamingCurrency(pages, (row, index) => {
    const [word, label] = [row[index], row[index - 1]?.text ?? ""];
    const american = (ROUTING_LABEL.test(label) && ROUTING_NUMBER.test(word.text)) || (label === "EIN" && EIN.test(word.text));
    const british = /^code:?$/i.test(label) && /^sort$/i.test(row[index - 2]?.text ?? "") && SORT_CODE.test(word.text);
    return american ? "USD" : british ? "GBP" : undefined;
  });
}

/** The first word on the pages whose place in its row names a currency (`currencyAt`), as an inferred pick. */
function firstWordNamingCurrency(
  pages: TPageRows[],
  currencyAt: (row: TPlacedWord[], index: number) => string | undefined,
): TInferredCurrency | null {
  for (const page of pages) {
    for (const row of page.rows) {
      for (const [index, word] of row.entries()) {
        const code = currencyAt(row, index);
        if (code) return { words: [word], text: code, normalized: code, validity: 1, page: page.page };
      }
    }
  }
  return null;
}
