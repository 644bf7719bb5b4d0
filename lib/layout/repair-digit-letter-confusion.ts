// Readers confuse the letter O and the digit 0 (and l or I and 1), which are often drawn alike on receipts ("433OO", "L0T", "FLO0R").
// Within one word the rest of it says which was meant: a word of digits and O's is a number, a word of letters and
// 0's (no other digit) is a word. Words that mix letters and digits otherwise ("0D3041…", "RM0.50", "A0") are ids,
// amounts or codes, and stay as read.

const DIGITS_AND_OS = /^[0-9Oo]+$/;
const LETTERS_AND_ZEROS = /^[\p{L}0]+$/u;
const DIGIT_ONE_DIGIT = /\d[lI]+\d/;

function repairWord(word: string): string {
  const digits = (word.match(/[1-9]/g) ?? []).length + (word.match(/0/g) ?? []).length;
  const os = (word.match(/[Oo]/g) ?? []).length;
  if (os > 0 && DIGITS_AND_OS.test(word) && digits >= 2) return word.replace(/[Oo]/g, "0");
  // "471l02": an l or I between digits is a one. At the end it may be a unit ("10l").
  if (DIGIT_ONE_DIGIT.test(word) && /^[\dlI]+$/.test(word) && digits >= 2) return word.replace(/[lI]/g, "1");
  const letters = (word.match(/\p{L}/gu) ?? []).length;
  if (word.includes("0") && LETTERS_AND_ZEROS.test(word) && letters >= 2) {
    return word.replace(/0/g, (_, offset: number) => (isLowerCaseAround(word, offset) ? "o" : "O"));
  }
  return word;
}

/** "Bul0h" → "Buloh", "FLO0R" → "FLOOR": the zero becomes a lowercase o between lowercase letters. */
function isLowerCaseAround(word: string, offset: number): boolean {
  const neighbours = [word[offset - 1], word[offset + 1]].filter((character) => character && /\p{L}/u.test(character));
  return neighbours.length > 0 && neighbours.every((character) => character === character.toLowerCase());
}

/** Repairs each run of letters and digits on its own; a run next to a decimal point or comma is an amount's. */
export function repairDigitLetterConfusion(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + word.length] ?? "";
    const nextDigit = /\d/.test(whole[offset + word.length + 1] ?? "");
    const previousDigit = /\d/.test(whole[offset - 2] ?? "");
    if ((/[.,]/.test(after) && nextDigit) || (/[.,]/.test(before) && previousDigit)) return word;
    return repairWord(word);
  });
}
