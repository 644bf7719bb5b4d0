import { describe, expect, it } from "vitest";
import { decodeLine } from "./paddle-ctc-decode.mjs";

// Class 0 is the CTC blank, class i the dictionary's character i - 1, the last class a space.
const DICTIONARY = ["A", "B", ":", "(", "1", "_", " "];
const CLASSES = DICTIONARY.length + 1;

/** One step per entry: the character the step reads ("" for blank) and the space class's probability there. */
function output(steps: Array<[string, number?]>) {
  const data = new Float32Array(steps.length * CLASSES);
  steps.forEach(([character, space = 0], step) => {
    const best = character === "" ? 0 : DICTIONARY.indexOf(character) + 1;
    data[step * CLASSES + CLASSES - 1] = space;
    data[step * CLASSES + best] = Math.max(0.9 - space, space + 0.01);
  });
  return { data, dims: [1, steps.length, CLASSES] };
}

describe("decodeLine", () => {
  it("reads characters, collapsing a character held over several steps", () => {
    expect(decodeLine(output([["A"], ["A"], [""], ["B"], ["B"]]), DICTIONARY).text).toBe("AB");
    expect(decodeLine(output([["A"], [""], ["A"]]), DICTIONARY).text).toBe("AA");
  });

  it("puts a space between words where the space class rose, though blank won", () => {
    expect(decodeLine(output([["A"], ["", 0.3], ["B"]]), DICTIONARY).text).toBe("A B");
    expect(decodeLine(output([["A"], ["", 0.01], ["B"]]), DICTIONARY).text).toBe("AB");
  });

  it("keeps a space the model read, once", () => {
    expect(decodeLine(output([["A"], [" ", 0.6], ["", 0.4], ["B"]]), DICTIONARY).text).toBe("A B");
  });

  it("puts no space before closing or after opening punctuation", () => {
    expect(decodeLine(output([["A"], ["", 0.5], [":"], ["", 0.5], ["B"]]), DICTIONARY).text).toBe("A: B");
    expect(decodeLine(output([["A"], ["", 0.5], ["("], ["", 0.5], ["1"]]), DICTIONARY).text).toBe("A (1");
  });

  it("puts no space after an underscore inside an identifier, but may after a blank line of them", () => {
    expect(decodeLine(output([["A"], ["_"], ["", 0.5], ["1"]]), DICTIONARY).text).toBe("A_1");
    expect(decodeLine(output([["A"], ["_"], [" ", 0.6], ["1"]]), DICTIONARY).text).toBe("A_1");
    expect(decodeLine(output([["_"], [""], ["_"], ["", 0.5], ["A"]]), DICTIONARY).text).toBe("__ A");
  });

  it("follows the threshold it is given", () => {
    const steps = output([["A"], ["", 0.3], ["B"]]);
    expect(decodeLine(steps, DICTIONARY, { spaceProbability: 0.5 }).text).toBe("AB");
  });

  it("reports the mean probability of the characters read, not of the spaces added", () => {
    const { mean } = decodeLine(output([["A"], ["", 0.3], ["B"]]), DICTIONARY);
    expect(mean).toBeCloseTo(0.9, 5);
    expect(decodeLine(output([[""], [""]]), DICTIONARY)).toEqual({ text: "", mean: 0 });
  });
});
