// A scan's reader runs a label into the value after it ("PartitaIVA59851118210", "SalesTax8.875%"): where the two
// can be told apart, split them, for the label matcher (the label's tokens) and the value reader (the value).

// A tax id's short label in capitals run into an id that starts with its own letters ("CIFA81870794", "VATGB123456789").
// "NIF-IVAESB66870005": the label may be two joined by a hyphen, the id a Spanish one with its letter after "ES".
const GLUED_TAX_LABEL_ID = /^((?:(?:CIF|NIF|NIE)-)?(?:CIF|NIF|NIE|VAT|UID|TVA|IVA|BTW|GST|ABN))(\p{Lu}{1,3}\d{7,11}\p{Lu}?)$/u;
// Four letters at least before digits: a VAT id's country prefix ("IT", "ESA", "ATU") is part of the number.
const GLUED_WORD_NUMBER = /^(\p{L}{4,})(\d{5,})$/u;
// Dotted initials ("P.I." read "P.1.", "N.I.F.", "P.IVA"), whose last dot ends the label: the number may start with letters.
// "PI.16601501144": or initials whose first dot the reader lost, in capitals before a long number.
const GLUED_INITIALS_NUMBER = /^((?:[\p{L}1]\.){2,}|\p{L}\.(?:IVA|TVA)|\p{Lu}{2,3}\.(?=\d{8}))(\p{Lu}{0,3}\d{5,}\p{Lu}?)$/u;
// "fatturaINV-2025-1655": a label in small letters run into an id that starts with capitals and holds digits.
const GLUED_WORD_ID = /^(\p{L}*\p{Ll}{3})(\p{Lu}{2,4}[-/]?\d[\p{Lu}\d\-/.]*)$/u;
// "SalesTax8.875%": a tax label run into a rate with decimals (which the tokens would split at its point), and its colon.
const GLUED_WORD_RATE = /^(\p{L}{3,})(\d{1,2}[.,]\d{1,3}%):?$/u;

// "UIDCHE-910.075.775MWST": a Swiss UID (its own dashes and dots) run on to its short label.
const GLUED_LABEL_SWISS_UID = /^(UID|MWST|UST|VAT|IVA|TVA)(CHE[-\s]?\d{3}\.?\d{3}\.?\d{3}.*)$/u;

// "Umsatzsteuer-IDDE 999 409 607": an "ID" label run into the VAT id's country prefix, the digits after a space;
// "Umsatzsteuer-IDDE581049 618": or the prefix and its first digits.
const GLUED_ID_COUNTRY = /^(\p{L}[\p{L}.-]*I[Dd])((?:AT|BE|CH|CZ|DE|DK|ES|FI|FR|GB|IE|IT|LU|NL|PL|PT|SE)\d{0,7})$/u;
// "Btw-idNL2536.71.151.B01": or into the whole id.
const GLUED_ID_VAT = /^(\p{L}[\p{L}.-]*[Ii][Dd][.:]?)((?:AT|BE|CH|CZ|DE|DK|ES|FI|FR|GB|IE|IT|LU|NL|PL|PT|SE)[\dA-Z.]{8,})$/u;

/**
 * "PartitaIVA59851118210", "P.1.45066625621", "N.1.F.B79966823", "CIFA81870794", "fatturaINV-2025-1655": the label
 * and the number glued to it, or null.
 */
export function splitGluedNumber(text: string): [string, string] | null {
  const match =
    GLUED_TAX_LABEL_ID.exec(text) ??
    GLUED_LABEL_SWISS_UID.exec(text) ??
    GLUED_WORD_NUMBER.exec(text) ??
    GLUED_INITIALS_NUMBER.exec(text) ??
    GLUED_ID_COUNTRY.exec(text) ??
    GLUED_ID_VAT.exec(text) ??
    GLUED_WORD_ID.exec(text);
  return match ? [match[1], match[2]] : null;
}

// "Kunden-Nr.:67479UID: ATU31556290": the previous value run into the next label, in capitals with its colon.
const GLUED_NUMBER_LABEL = /^(.*\d{3,})(\p{Lu}{2,}[\p{L}.-]*:)$/u;
// "Customer No.:K77235VAT Reg.No.:GB …": or a tax label in capitals whose colon comes after its next word.
const GLUED_NUMBER_TAX_LABEL = /^(.*\d{3,})(VAT|UID|TVA|IVA|BTW|GST|MWST|USt)$/u;
// "12Jun2025 5InvoiceNumber: 001731": a bar between two parts read as a digit, glued to the next label.
const GLUED_BAR_LABEL = /^(\d)(\p{Lu}\p{Ll}+[\p{L}.-]*:)$/u;

// "Jan 6,2025Invoice Number:#92038": a date's year run into the next label's first word, its colon further on.
const GLUED_YEAR_WORD = /^(.*\d{4})(\p{Lu}\p{Ll}{2,})$/u;

/** "Kunden-Nr.:67479UID:", "K77235VAT": the words up to the value before, and the label glued to it, or null. */
export function splitNumberBeforeLabel(text: string): [string, string] | null {
  const match =
    GLUED_NUMBER_LABEL.exec(text) ?? GLUED_NUMBER_TAX_LABEL.exec(text) ?? GLUED_BAR_LABEL.exec(text) ?? GLUED_YEAR_WORD.exec(text);
  return match ? [match[1], match[2]] : null;
}

/** "SalesTax8.875%": the label and the rate glued to it, or null. */
export function splitGluedRate(text: string): [string, string] | null {
  const match = GLUED_WORD_RATE.exec(text);
  return match ? [match[1], match[2]] : null;
}
