// The parts of a postal address, read from the lines of an address block: the postcode (the last 4–6 digit number,
// as addresses end with their town line), the town beside it, a US/Australian state code before the postcode or a
// region after a comma, and the street (the first line before the town line). "4557 De Silva St / Fremont CA 94538",
// "35 RUE du logiciel libre / 69100 VILLEURBANNE", "NO.9, JALAN MANIS 3 / 56100 KUALA LUMPUR, SELANGOR".

import type { TPlacedWord } from "./page-rows";

export type TAddressPart = "street" | "city" | "postcode" | "state";

/** A postcode of 4 to 6 digits (most of Europe, Malaysia, Australia), or a US ZIP with its +4 suffix. */
export const POSTCODE = /^\d{4,6}(?:-\d{4})?$/;
/** A British postcode in a line of text: "M1 2AB", "EC1V 9HX", "Birmingham B3 2DT". */
export const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
const STATE_CODE = /^[A-Z]{2,3}$/;
const PHONE_LIKE = /\+?\d[\d\s()-]{7,}\d/;

const clean = (text: string) => text.replace(/^[,;:.\s]+|[,;:.\s]+$/g, "");

/** One part of the address in `lines`: its text and the words it was read from, or null when the block doesn't show it. */
export function findAddressPart(lines: TPlacedWord[][], part: TAddressPart): { text: string; words: TPlacedWord[] } | null {
  const townIndex = lines.findLastIndex((line) => !PHONE_LIKE.test(joined(line)) && line.some(isPostcode));
  if (townIndex < 0) return null;
  const town = lines[townIndex];
  const at = town.findLastIndex(isPostcode);
  if (part === "postcode") return read([town[at]]);
  if (part === "street") {
    const street = lines.slice(0, townIndex).find((line) => line.some((word) => /\d/.test(word.text)));
    return read(street ?? (townIndex > 0 ? lines[townIndex - 1] : []));
  }
  // "Fremont CA 94538": town, state code, postcode. "43000 KAJANG,SELANGOR": postcode, town, region after a comma.
  const before = town.slice(0, at);
  const stateCode = before.length > 1 && STATE_CODE.test(clean(before[before.length - 1].text)) ? before[before.length - 1] : null;
  const [townText, regionText] =
    at < town.length - 1
      ? splitAtFirstComma(joined(town.slice(at + 1)))
      : [lastCommaPart(joined(stateCode ? before.slice(0, -1) : before)), ""];
  const townWords = at < town.length - 1 ? town.slice(at + 1) : stateCode ? before.slice(0, -1) : before;
  if (part === "city") return townText ? { text: townText, words: townWords } : null;
  if (stateCode) return read([stateCode]);
  if (regionText) return { text: regionText, words: town.slice(at + 1) };
  // "81100 JOHOR BAHRU" over "JOHOR": a short line of letters after the town line is its region.
  const next = lines[townIndex + 1];
  return next && next.length <= 3 && !/\d/.test(joined(next)) ? read(next) : null;
}

function read(words: TPlacedWord[]): { text: string; words: TPlacedWord[] } | null {
  const text = clean(joined(words));
  return text ? { text, words } : null;
}

function joined(words: TPlacedWord[]): string {
  return words.map((word) => word.text).join(" ");
}

function isPostcode(word: TPlacedWord): boolean {
  return POSTCODE.test(clean(word.text));
}

function splitAtFirstComma(text: string): [string, string] {
  const comma = text.indexOf(",");
  return comma < 0 ? [clean(text), ""] : [clean(text.slice(0, comma)), clean(text.slice(comma + 1))];
}

/** "…, Fremont" → "Fremont". */
function lastCommaPart(text: string): string {
  const trimmed = clean(text);
  return clean(trimmed.slice(trimmed.lastIndexOf(",") + 1));
}
