// Token-level normalization shared by label matching, concept detection and the fallbacks.
// OCR and PDFs print the same label many ways ("Invoice No.:", "INVOICE#", "N° facture"), so we
// compare lowercase, diacritic-free tokens and treat the usual "number" markers as one token.

// "n0." is a scan's "no.", its o read as a zero.
const NUMBER_MARKERS = new Set(["#", "no", "n0", "nr", "n°", "nº", "num", "nro"]);

/** Lowercase, strip diacritics (keeping ° and º which mark "number"), spell ß as ss. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** Splits text into comparable tokens; "#" and "n°" become "no". */
export function tokenize(text: string): string[] {
  // "P.l.", "P.1.": a capital I read as a small L or a one between dotted capitals ("P.I.", the Italian VAT label).
  // "P.1VA", "P.lVA": or at the start of the capitals after the dot ("P.IVA").
  const spaced = foldText(
    text
      .replace(/\b(\p{Lu})\.[l1]\./gu, "$1.I.")
      .replace(/\b(\p{Lu})\.[l1](?=\p{Lu}{2})/gu, "$1.I")
      // "FATTURAn.49805", "TAXINVOICEn0.2023/595": a number sign in small letters run on to a label in capitals, its
      // number after it.
      .replace(/(?<=\p{Lu}{3})n[o0r]?(?=\.\d)/gu, " nº")
      // "FactureN°:FA-24-280", "Facturan.°:#98192": a number sign run on to a label in small letters.
      .replace(/(?<=\p{Ll}{3})([Nn])(?=\.?[°º])/gu, " $1"),
  )
    // "P.O." is "po", "U.S.A." "usa": dotted initials are one word.
    .replace(/\b[a-z](?:\.[a-z])+\b\.?/g, (initials) => initials.replace(/\./g, ""))
    // "n°", "N.°de" (a dot before the sign, the next word run on); "N.9 de factura", the sign read as a 9.
    .replace(/(?<=^|\s)n\.9$/, "nº")
    // "N9:#93163": or without the dot, before a colon (the id run on).
    .replace(/(?<=^|\s)n9(?=:)/, "nº")
    // "N.de factura": the sign lost between the dot and "de".
    .replace(/(?<=^|\s)n\.(?=\s?de\b)/g, "nº ")
    .replace(/([a-z])\.?([°º])/g, "$1$2 ")
    .replace(/#/g, " # ")
    // "7 %USt": a scan's reader glued the rate's sign to the label after it.
    .replace(/%(?=[a-z])/g, "% ")
    // "Btw21%0ver": and the o of the word after it read as a zero.
    .replace(/%[06](?=[a-z]{2})/g, "% o")
    // "C6d. cliente", "Fecha de emisi6n", "v66r": a scan's reader takes ó (missing from its alphabet) or o for 6 or 0,
    // and l for 1 ("Fa1lig am", "Fa11ig am").
    .replace(/(?<=[a-z])[06]{1,2}(?=[a-z])/g, (digits) => "o".repeat(digits.length))
    .replace(/(?<=[a-z])1{1,2}(?=[a-z])/g, (ones) => "l".repeat(ones.length))
    // "Date 1imite de paiement": or at a word's start, before more letters than a unit has ("1kg", "1pcs").
    .replace(/(?<=^|\s)1(?=[a-z]{4,}\b)/g, "l")
    // "INVOICEN0.8269-25": the o of a number sign run on to its label, read as a zero.
    .replace(/(?<=[a-z]n)0(?=\.)/g, "o");
  const tokens: string[] = [];
  for (const raw of spaced.split(/[\s:;,.()[\]{}/\\\-_|*"'`’=+@!?<>·•●]+/)) {
    if (!raw) continue;
    tokens.push(NUMBER_MARKERS.has(raw) ? "no" : raw);
  }
  return tokens;
}

/**
 * "N. de factura", "N.2 de factura" (a word each): a lone "N." before "de" is a number sign whose º the reader lost or
 * read as a digit.
 */
export function withLostNumberSign(text: string, next: string | undefined): string {
  return /^n\.\d?$/i.test(text) && next?.toLowerCase() === "de" ? "nº" : text;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * "exact" when equal, "fuzzy" when both tokens are long enough for one OCR slip
 * (≥ 5 letters expected, ≥ 4 read, one edit) to be unlikely to turn one word into another, else null.
 */
// The letters a digit is read for: "1NVOICE", "T0TAL", "5UBTOTAL", "8ALANCE".
const DIGIT_LOOKALIKES: Record<string, string> = { "0": "o", "1": "il", "5": "s", "8": "b" };

export function compareTokens(expected: string, actual: string): "exact" | "fuzzy" | null {
  if (expected === actual) return "exact";
  // "1NVOICE": one letter of a long word read as the digit drawn like it, and no other slip.
  const digit = actual.search(/\d/);
  if (expected.length >= 5 && digit >= 0 && actual.length === expected.length && /^[a-z]*\d[a-z]*$/.test(actual)) {
    const same = actual.slice(0, digit) === expected.slice(0, digit) && actual.slice(digit + 1) === expected.slice(digit + 1);
    return same && (DIGIT_LOOKALIKES[actual[digit]] ?? "").includes(expected[digit]) ? "fuzzy" : null;
  }
  // "C1F" (tokenized "clf") for "CIF": a capital I read as a one, a short label's only slip.
  if (expected.length === actual.length && isOneIForL(expected, actual)) return "fuzzy";
  // A dropped letter counts too ("(OTAL" for "TOTAL"), but not below four letters.
  if (expected.length < 5 || actual.length < 4 || /\d/.test(actual)) return null;
  // "Factuumummer": a reader takes "rn" for "m" (and back), a slip that costs no edit of its own.
  return editDistance(expected, actual, 1) <= 1 || editDistance(rnAsM(expected), rnAsM(actual), 1) <= 1 ? "fuzzy" : null;
}

function rnAsM(token: string): string {
  return token.replace(/rn/g, "m");
}

/** The two differ in one place only, an i in one where the other has an l. */
export function isOneIForL(expected: string, actual: string): boolean {
  if (expected.length !== actual.length) return false;
  const differences = [...expected].flatMap((char, index) => (char === actual[index] ? [] : [[char, actual[index]].sort().join("")]));
  return differences.length === 1 && differences[0] === "il";
}

/** Letters and digits only, lowercase: for comparing names and addresses across punctuation. */
export function squash(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, "");
}

/** Letters and digits only, case- and accent-free, in any script: for comparing values read by two readers. */
export function comparableText(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]/gu, "");
}
