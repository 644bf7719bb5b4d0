// PaddleOCR's alphabet (ppocr_keys_v1) has no "ß": it reads the letter as "B" ("LieferantenstraBe", "gemaB",
// "HeiBe Luft"). A capital B after at least two letters of a word, the last lowercase, and ending the word or
// followed only by a German ending, is the sharp s. "eBay", "kB", "McBain" and "DeBeers" keep their B.

// Nor does the B of dotted initials run on to a name ("MulderB.V.", the Dutch "B.V." glued by the reader, also without
// its last full stop: "InstallatietechniekB.V"), nor a B with a digit after it: a British postcode run on to its town
// ("BirminghamB3 2DT"), a French register's "RCS Nantes B 307 …" read glued ("RCSNantesB307783537").
const ESZETT_AS_B = /(?<=\p{L}\p{Ll})B(?!\.\p{Lu})(?!\d)(?=(?:e|en|er|es|em|t|st)?(?!\p{L}))/gu;

export function repairEszett(text: string): string {
  return text.replace(ESZETT_AS_B, "ß");
}
