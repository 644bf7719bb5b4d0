// Greedy CTC decoding of PaddleOCR's text recognizer, with the spaces between words put back (plain JavaScript: used
// by the PaddleOCR worker thread, which is not bundled, and by its tests).
//
// The recognizer (PP-OCRv4, trained mostly on Chinese) outputs, for every 8-pixel step across a line image, a
// probability for each character of its dictionary, for "no character here" (the CTC blank, class 0) and for a space
// (the last class). It rarely makes the space the most likely class, so a plain decoding runs English words together
// ("JOHORBAHRU", "GOODSSOLDARENOT"). Between two words the space class still gets a clearly raised probability
// (0.2-0.9 measured on receipts, against under 0.02 between the letters of a word): where it passes
// SPACE_PROBABILITY somewhere between two characters, a space goes there.

/** Measured on the SROIE dev receipts (BENCHMARKS.md, "PaddleOCR: spaces"). */
export const SPACE_PROBABILITY = 0.15;

// No space goes before closing punctuation or after opening punctuation: "Total:" not "Total :".
const NO_SPACE_BEFORE = new Set([":", ";", ",", ".", ")", "]", "}", "%", "!", "?"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "#", "$"]);
// An underscore after a letter or digit is inside an identifier ("invoice_number_1", "po_number_123"): the line drawn
// under it raises the space class (or even makes a space the likeliest character), but no space follows it. A run of underscores (a blank to fill in) may.
const IDENTIFIER_UNDERSCORE = /[\p{L}\p{N}]_$/u;

/**
 * @param {{ data: Float32Array | number[], dims: readonly number[] }} output the model's [1, steps, classes] output
 * @param {string[]} dictionary the model's characters; class i is dictionary[i - 1], the last class is a space
 * @param {{ spaceProbability?: number }} [options]
 * @returns {{ text: string, mean: number }} the text and the mean probability of its characters (inserted spaces not counted)
 */
export function decodeLine(output, dictionary, { spaceProbability = SPACE_PROBABILITY } = {}) {
  const [, steps, classes] = output.dims;
  const { data } = output;
  const spaceClass = classes - 1;
  let text = "";
  let probabilitySum = 0;
  let characters = 0;
  let previousClass = 0;
  let spaceSinceLast = 0;
  for (let step = 0; step < steps; step++) {
    const offset = step * classes;
    let best = 0;
    let bestProbability = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < classes; index++) {
      if (data[offset + index] > bestProbability) {
        bestProbability = data[offset + index];
        best = index;
      }
    }
    const emits = best !== 0 && best !== previousClass;
    previousClass = best;
    if (!emits) {
      spaceSinceLast = Math.max(spaceSinceLast, data[offset + spaceClass]);
      continue;
    }
    const character = dictionary[best - 1] ?? "";
    const last = text.at(-1);
    if (character === " " && IDENTIFIER_UNDERSCORE.test(text)) continue;
    if (
      last !== undefined &&
      last !== " " &&
      character !== " " &&
      spaceSinceLast >= spaceProbability &&
      !NO_SPACE_BEFORE.has(character) &&
      !NO_SPACE_AFTER.has(last) &&
      !IDENTIFIER_UNDERSCORE.test(text)
    ) {
      text += " ";
    }
    text += character;
    probabilitySum += bestProbability;
    characters += 1;
    spaceSinceLast = 0;
  }
  return { text, mean: characters ? probabilitySum / characters : 0 };
}
