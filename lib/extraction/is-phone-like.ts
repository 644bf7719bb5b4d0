// Phone numbers printed without a label in a letterhead, told apart from the street numbers and postcodes around them.

const PHONE_RUN = /\+?\d[\d\s-]{6,}\d/g;

/**
 * A run of digits long enough for a phone number ("03-5612 3456", "07-3345678"), not a street number before a
 * postcode and its town ("94-1 JALAN PUDU 16 83082 BATU PAHAT", "SEKSYEN 24 40018 SHAH ALAM").
 */
export function isPhoneLike(text: string): boolean {
  return [...text.matchAll(PHONE_RUN)].some((match) => {
    const digits = match[0].replace(/\D/g, "").length;
    const beforeTown = /\s\d{5}$/.test(match[0]) && /^\s*\p{L}{3,}/u.test(text.slice(match.index + match[0].length));
    return !beforeTown && (digits >= 9 || (digits >= 8 && /^[+0]/.test(match[0])));
  });
}
