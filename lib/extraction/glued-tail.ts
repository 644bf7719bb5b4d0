// A scan's reader runs a label into its value ("DATE:25/12/2018", "Re.-Nr.:#46813|Datum:", "PartitaIVA59851118210"):
// the value's part of the label's last word, as a word of its own.

import type { TPlacedWord } from "./page-rows";
import { splitGluedNumber } from "./split-glued-label";

/** "n°562044387" or "DATE:25/12/2018": the value glued to the label after its ":", "#" or "°". */
export function gluedTail(word: TPlacedWord): TPlacedWord | null {
  // "Re.-Nr.:#46813|Datum:": the tail ends where the next part of the line begins.
  // "Number:#38689.Date:": nor does the next label the reader ran on after a full stop belong to it.
  // "F2023.0813.Tebetalenv66r:": the next label may hold letters the reader misread as digits.
  // "#97232Data": or without the full stop, a capitalised word run on after the digits.
  // "intracom.FR16712309769.SIRET20574517266363": or the next label in capitals with its number (after a number: the
  // "0" of "n0.INV02601" is a number sign's o).
  const own = word.text
    .split(/(?<=.)[·•|]/)[0]
    .replace(/(?<=\d)[.-]\p{L}[\p{L}\d']+\p{L}:$/u, "")
    .replace(/(?<=\d{2})\.\p{Lu}{3,}\d+$/u, "")
    // "FA-24-280.A regler": a separator read as a full stop before the next part's first letter ("À régler").
    .replace(/(?<=\d)\.\p{Lu}$/u, "")
    .replace(/(?<=\d)\p{Lu}\p{Ll}+$/u, "")
    // "#51630Cod.cliente:": or the next label whole, abbreviated, with its colon.
    .replace(/(?<=\d)\p{Lu}\p{Ll}+(?:\.\p{L}+)*:$/u, "")
    // "Factuurnr.:FAC-27596.Klantnr.:97212": or the next label with its own value.
    .replace(/(?<=\d)[.-]\p{Lu}\p{Ll}+\.?:.+$/u, "");
  // Before the number sign's dot below: "N.1.F.B79966823" is the label "N.I.F." and its id.
  const number = gluedNumber(word, own);
  if (number) return number;
  // "N.1.F." is the label "N.I.F." read with a one, not "N." and a value; "n.9", "n.0" are "n.º" with the sign read as
  // a nine or a zero.
  // "Nr.2": "Nr.º" with the sign read as a two.
  if (/^(?:[\p{L}1]\.){2,}:?$/u.test(own) || /^n\.[90]$/i.test(own) || /^n[r°º]?\.2$/iu.test(own)) return null;
  // "Reg.No.300", "no.GB": a number sign's dot ends the label as its colon would.
  // "VATNo.457359013", "INVOICEN0.8269-25": the sign run on to a label in capitals.
  // "registrationno.GB": and to a label in small letters. "USt-IdNr.ATU01857333", "VATNO.GB237938374": a capital sign
  // after either.
  // "n.9INV-2023-2542": "n.º" with the sign read as a nine or a zero, run on to an id that starts with letters.
  const afterNumberSign =
    /(?:^|[^\p{L}])n\.[90](?=\p{Lu}{2})/iu.exec(own) ??
    /(?:^|[^\p{L}])(?:no|n0|nr|n)\.(?=[\p{Lu}\d])/iu.exec(own) ??
    /(?<=\p{L})N[orO0]\.(?=[\p{Lu}\d])/u.exec(own) ??
    /(?<=\p{Ll}{3})n[or0]\.(?=[\p{Lu}\d])/u.exec(own) ??
    // "FATTURAn.49805", "FATTURAN.56/2025", "INVOICEno.INV04506": a number sign after a label in capitals.
    /(?<=\p{Lu}{3})[nN]\.(?=\d)/u.exec(own) ??
    /(?<=\p{Lu}{3})n[or0]\.(?=[\p{Lu}\d])/u.exec(own);
  // "intracom.FR", "intra.FR20": an abbreviated label's full stop before a VAT id's country prefix (and its first digits).
  const beforePrefix = /(?<=\p{Ll}{3})\.(?=[A-Z]{2}\d*$)/u.exec(own);
  const cut = Math.max(
    ...[":", "#", "°", "º"].map((separator) => own.lastIndexOf(separator) + 1),
    afterNumberSign ? afterNumberSign.index + afterNumberSign[0].length : 0,
    beforePrefix ? beforePrefix.index + 1 : 0,
  );
  const text = own.slice(cut).trim();
  if (cut === 0 || !text) return null;
  const x0 = word.box.x0 + ((word.box.x1 - word.box.x0) * cut) / word.text.length;
  return { ...word, text, box: { ...word.box, x0 } };
}

/** "PartitaIVA59851118210", "N.1.F.B79966823": the number a scan's reader glued to the label without a separator. */
function gluedNumber(word: TPlacedWord, own: string): TPlacedWord | null {
  const parts = splitGluedNumber(own);
  if (!parts) return null;
  const x0 = word.box.x0 + ((word.box.x1 - word.box.x0) * parts[0].length) / word.text.length;
  return { ...word, text: parts[1], box: { ...word.box, x0 } };
}
