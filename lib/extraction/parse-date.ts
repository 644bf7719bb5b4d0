// Dates as printed on invoices and receipts → ISO YYYY-MM-DD. Numeric day/month order is
// ambiguous; we read d/m (most of the world) unless only m/d gives a valid date.

import { foldText } from "./normalize-text";

export type TParsedDate = {
  iso: string;
  /** true when day and month could be swapped. */
  ambiguous: boolean;
  /** "compact" (20240131, 31012024) is also what many ids look like, so unlabelled search skips it. */
  format: "numeric" | "compact" | "text";
  /** true when a scan's misreading was undone to read it (a lost separator, "FE8" for "FEB", "2819" for "2019"). */
  repaired?: boolean;
};

const MONTHS: Record<string, number> = {};
// English, German, French, Spanish, Italian, Dutch and Portuguese names and their usual abbreviations.
const MONTH_NAMES = [
  ["january", "jan", "januar", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"],
  ["february", "feb", "februar", "fevrier", "fev", "fevr", "febrero", "febbraio", "februari", "fevereiro"],
  ["march", "mar", "marz", "mrz", "mars", "marzo", "maart", "mrt", "marco"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maggio", "mag", "mei", "maio"],
  ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
  ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
  ["august", "aug", "aout", "agosto", "ago", "augustus"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro"],
  ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro"],
];
// "14 de marzo de 2024", "5 de março de 2024": Spanish and Portuguese join day, month and year with "de"; a scan's
// reader may run them together ("24de agostode2023", "1 deabril de2024").
const JOINED_WITH_DE = /^(\d{1,2})\s*de\s*([a-z]{3,10}?)\.?\s*del?\s*(\d{4})$/;
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
// A table border read as a one before the day ("130-04-2023"), a year's 0 lost ("05/19/218").
const YEAR_LAST_NOISY_DAY = /^[1l|](\d{2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YEAR_LAST_SHORT_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](2[12]\d)$/;
// "…7:11:45P": a scan's reader may drop the M of PM.
const DATE_THEN_TIME = /^(\d{1,2}([-/.])\d{1,2}\2)(\d{3,6})[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]m?)?$/;
// "20 NOV 201621:11": after a month name the year has four digits, so the rest is the hour.
const MONTH_NAME_DATE_THEN_TIME = /^(.*[a-z][\s\-/.]*)((?:19|20)\d{2})(\d{1,2})[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm)?$/;
// "16-JUL-183:41 PM": or the year of two digits, after the month's name in a receipt's compact date.
const DAY_MONTH_NAME_SHORT_YEAR_THEN_TIME = /^(\d{1,2}[-/.][a-z]{3,9}[-/.])(\d{2})(\d{1,2})[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]m?)?$/;
// A scan's reader lost one separator: "22.12 2019" (a space left), "05.022016", "0502.2016"; or read it as a colon,
// "24.02:2017" (no time runs on into a year).
const YEAR_LAST_SPACED = /^(\d{1,2})[/.](\d{1,2})[\s:](\d{4})$/;
// Or the first separator lost or read as a colon: "08 12.2016", "19:01.2018" (no time runs on into a year).
const YEAR_LAST_FIRST_SPACED = /^(\d{1,2})[\s:](\d{1,2})[/.](\d{4})$/;
const YEAR_LAST_MONTH_GLUED = /^(\d{1,2})[-/.](\d{2})(\d{4})$/;
const YEAR_LAST_DAY_GLUED = /^(\d{2})(\d{2})[-/.](\d{4})$/;
// "21/10/19:20:57", "2018-12-13:8:43:23 PM": or reads the space between them as a colon or full stop.
const DATE_THEN_SEPARATED_TIME =
  /^(\d{1,2}([-/.])\d{1,2}\2(?:\d{4}|\d{2})|\d{4}([-/.])\d{1,2}\3\d{1,2})[:.](\d{1,2})[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]m?)?$/;
const YEAR_FIRST_DATE_THEN_TIME = /^(\d{4}[-/.]\d{1,2}[-/.])(\d{2})(\d{1,2})[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_DAY_FIRST = /^(\d{2})(\d{2})(\d{4})$/;
// A two-digit year after a month name only in compact forms ("25-Dec-18"); "1 - July 31" is a range. A scan's
// reader may drop the spaces: "26settembre2023", "9 Dec2025".
const DAY_MONTH_NAME =
  /^(\d{1,2})(?:st|nd|rd|th|er)?\.?(?:\s*[-/.]\s*|\s*)([a-z][a-z0-9]{2,9}|[0-9][a-z]{2,9})\.?(?:,?\s*[-/.]?\s*(\d{4})|[-/.](\d{2}))$/;
// A receipt's month abbreviation with one letter misread or lost ("08 HAR 2016", "15 OV 2018"), before a full year.
const DAY_SLIPPED_MONTH_YEAR = /^(\d{1,2})\s+([a-z]{2,3})\s+(\d{4})$/;
const SPACE_AFTER_SEPARATOR = /(?<=\d[-/.])\s+(?=\d)/g;
const ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME_DAY = /^([a-z]{3,10})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,\-/.]+(\d{4})$/;

export function parseDate(text: string): TParsedDate | null {
  // "2025- 02- 17": a scan's reader put a space after each hyphen; "17. 02. 2025" is printed so.
  const closed = text.replace(SPACE_AFTER_SEPARATOR, "");
  if (closed !== text) {
    const date = parseDate(closed);
    return /[-/]\s/.test(text) ? repaired(date) : date;
  }
  const source = withoutGluedTime(
    foldText(text.trim())
      .replace(/^[:#]+\s*/, "")
      .replace(/[,.;:]+$/, ""),
  ).replace(JOINED_WITH_DE, "$1 $2 $3");
  let match = YEAR_FIRST.exec(source);
  if (match) return build(match[1], match[2], match[3], "numeric");
  match = YEAR_LAST.exec(source);
  if (match) {
    // "04/07/2819": no year is 22xx–29xx; the reader misread the 0 ("2819", "2619").
    const misreadCentury = /^2[2-9]\d{2}$/.test(match[3]);
    const year = misreadCentury ? `20${match[3].slice(2)}` : match[3];
    const date = resolveDayMonth(match[1], match[2], year);
    if (date) return misreadCentury ? repaired(date) : date;
    // "27.88.2817", "89-83-2019": a day's or month's 0 read as an 8, where the date is no date as read. Only with a
    // full year: "89-83-12" is a bank's sort code.
    if (year.length !== 4) return null;
    return repaired(resolveDayMonth(zeroForEight(match[1]), zeroForEight(match[2]), year));
  }
  match =
    YEAR_LAST_SPACED.exec(source) ??
    YEAR_LAST_FIRST_SPACED.exec(source) ??
    YEAR_LAST_MONTH_GLUED.exec(source) ??
    YEAR_LAST_DAY_GLUED.exec(source);
  if (match && /^(?:19|20)/.test(match[3])) return repaired(resolveDayMonth(match[1], match[2], match[3]));
  match = YEAR_LAST_NOISY_DAY.exec(source);
  if (match) return repaired(resolveDayMonth(match[1], match[2], match[3]));
  match = YEAR_LAST_SHORT_YEAR.exec(source);
  if (match) return repaired(resolveDayMonth(match[1], match[2], `20${match[3].slice(1)}`));
  match = COMPACT.exec(source);
  const compact = match && build(match[1], match[2], match[3], "compact");
  if (compact) return compact;
  // Receipts whose slashes the reader lost print "30032018" for 30/03/2018.
  match = COMPACT_DAY_FIRST.exec(source);
  if (match) return build(match[3], match[2], match[1], "compact");
  match = DAY_MONTH_NAME.exec(source);
  const month = match && monthNumber(match[2]);
  if (match && month) {
    const year = match[3] ?? match[4];
    // "24 MAY 2817": the year's 0 misread, as in numeric dates.
    const misreadCentury = /^2[2-9]\d{2}$/.test(year);
    const date = build(misreadCentury ? `20${year.slice(2)}` : year, String(month), match[1], "text");
    return MONTHS[match[2]] && !misreadCentury ? date : repaired(date);
  }
  match = DAY_SLIPPED_MONTH_YEAR.exec(source);
  const slipped = match && slippedMonth(match[2]);
  if (match && slipped) return repaired(build(match[3], String(slipped), match[1], "text"));
  match = MONTH_NAME_DAY.exec(source);
  if (match && MONTHS[match[1]]) return build(match[3], String(MONTHS[match[1]]), match[2], "text");
  // "Dec 3l, 2025": a one of the day, after a month's name, read as a small L or a capital I.
  match = MONTH_NAME_DAY.exec(source.replace(MISREAD_ONE_IN_DAY, "$11"));
  if (match && MONTHS[match[1]]) return repaired(build(match[3], String(MONTHS[match[1]]), match[2], "text"));
  // "ler septembre 2024": the French first ("1er") with its one read as a small L.
  if (/^[li]er\s/.test(source)) return repaired(parseDate(source.replace(/^[li]/, "1")));
  return null;
}

// The day after a month's name: a digit then an l or i ("3l"), or the other way round ("l2").
const MISREAD_ONE_IN_DAY = /(?<=^[a-z]{3,10}\.?\s*)(?:(\d)[li](?=[\s,])|[li](?=\d[\s,]))/;

/**
 * OCR drops the space between a receipt's date and its time ("25/12/20188:13:39pm", "02/03/1805:16pm",
 * "20 NOV 201621:11"): the time goes. The year is four digits when they start with 19 or 20 and an hour is left, else two.
 */
function withoutGluedTime(source: string): string {
  const named = MONTH_NAME_DATE_THEN_TIME.exec(source);
  if (named && Number(named[3]) < 24) return named[1] + named[2];
  const shortYear = DAY_MONTH_NAME_SHORT_YEAR_THEN_TIME.exec(source);
  if (shortYear && Number(shortYear[3]) < 24) return shortYear[1] + shortYear[2];
  // "2017-12-185:58 PM": year first, the day's two digits then the hour.
  const yearFirst = YEAR_FIRST_DATE_THEN_TIME.exec(source);
  if (yearFirst && Number(yearFirst[3]) < 24) return yearFirst[1] + yearFirst[2];
  const separated = DATE_THEN_SEPARATED_TIME.exec(source);
  if (separated && Number(separated[4]) < 24) return separated[1];
  const match = DATE_THEN_TIME.exec(source);
  if (!match) return source;
  const [, date, , digits] = match;
  const yearLength = /^(?:19|20)/.test(digits) && digits.length - 4 >= 1 ? 4 : 2;
  const hour = digits.slice(yearLength);
  return hour.length >= 1 && hour.length <= 2 && Number(hour) < 24 ? date + digits.slice(0, yearLength) : source;
}

// Letters a scan's reader reads as digits in a month's name: "FE8" (FEB), "3UL" (JUL), "N0V", "0CT", "AU6", "5EP".
const DIGIT_AS_LETTER: Record<string, string> = { "0": "o", "1": "l", "3": "j", "4": "a", "5": "s", "6": "g", "8": "b" };

/** The month a name means, also when the reader read one or two of its letters as digits; undefined when none. */
function monthNumber(name: string): number | undefined {
  if (MONTHS[name]) return MONTHS[name];
  const letters = name.replace(/\d/g, "").length;
  if (letters < 2 || name.length - letters > 2) return undefined;
  const spelled = name.replace(/\d/g, (digit) => DIGIT_AS_LETTER[digit] ?? digit);
  // A one is a small L or a capital I: "JU1" is JUL, "AVR1L" is AVRIL.
  return MONTHS[spelled] ?? MONTHS[spelled.replace(/l/g, "i")];
}

/**
 * The one month whose English abbreviation a reading is a slip of: one letter read as another ("HAR" for MAR) or
 * the first letter lost ("OV" for NOV); undefined when none or several could be meant ("JUM": JUN or JUL).
 */
function slippedMonth(reading: string): number | undefined {
  const fits = ABBREVIATIONS.flatMap((name, index) => {
    const oneSlip = reading.length === 3 && [...name].filter((letter, at) => letter !== reading[at]).length === 1;
    return oneSlip || (reading.length === 2 && name.endsWith(reading)) ? [index + 1] : [];
  });
  return fits.length === 1 ? fits[0] : undefined;
}

function zeroForEight(field: string): string {
  return field.replace(/^8(?=\d$)/, "0");
}

function repaired(date: TParsedDate | null): TParsedDate | null {
  return date && { ...date, repaired: true };
}

function resolveDayMonth(first: string, second: string, year: string): TParsedDate | null {
  const dayFirst = build(year, second, first, "numeric");
  const monthFirst = build(year, first, second, "numeric");
  if (dayFirst && monthFirst) return { ...dayFirst, ambiguous: Number(first) !== Number(second) };
  return dayFirst ?? monthFirst;
}

function build(yearText: string, monthText: string, dayText: string, format: TParsedDate["format"]): TParsedDate | null {
  let year = Number(yearText);
  // Two-digit years: receipts are recent, so 00–69 is this century.
  if (yearText.length === 2) year += year < 70 ? 2000 : 1900;
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { iso, ambiguous: false, format };
}
