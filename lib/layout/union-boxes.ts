import type { TBox } from "./types";

/** The smallest box holding all the given boxes (normalized, origin top-left). */
export function unionBoxes(boxes: TBox[]): TBox {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}
