// Types of paddle-ctc-decode.mjs (plain JavaScript, so the unbundled PaddleOCR worker can import it).
export const SPACE_PROBABILITY: number;
export function decodeLine(
  output: { data: Float32Array | number[]; dims: readonly number[] },
  dictionary: string[],
  options?: { spaceProbability?: number },
): { text: string; mean: number };
