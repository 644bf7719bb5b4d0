// A page scanned or photographed a few degrees askew: PaddleOCR reads each text segment along its own slant, so the
// text is right, but the segments' boxes climb or fall across the page and a label lands in another row than its
// value ("Total" beside the rounding line's 0.02). Turning the boxes back by the page's skew restores the rows; the
// image is not re-read. Measured on the dev receipts turned 3°: F1 0.909 as read, see BENCHMARKS.md for after.

type TPoints = number[][];

// Segments at least this many times longer than tall say which way the lines run; short ones (a price) can't.
const MIN_ELONGATION = 3;
const MIN_SEGMENTS = 3;
// Below this the rows are already right; above the other, it isn't skew but a turned page (read turned by 90°).
const MIN_SKEW_DEGREES = 0.3;
const MAX_SKEW_DEGREES = 20;

const distance = (a: number[], b: number[]) => Math.hypot(b[0] - a[0], b[1] - a[1]);

/** The median slant of the segments' top edges (left-top → right-top corner), in radians; 0 when it can't tell. */
export function measureSkew(boxes: TPoints[]): number {
  const angles = boxes
    .filter((box) => box.length === 4 && distance(box[0], box[1]) >= MIN_ELONGATION * Math.max(1, distance(box[0], box[3])))
    .map((box) => Math.atan2(box[1][1] - box[0][1], box[1][0] - box[0][0]))
    .filter((angle) => Math.abs(angle) <= (MAX_SKEW_DEGREES * Math.PI) / 180)
    .sort((a, b) => a - b);
  if (angles.length < MIN_SEGMENTS) return 0;
  const median = angles[Math.floor(angles.length / 2)];
  return Math.abs(median) >= (MIN_SKEW_DEGREES * Math.PI) / 180 ? median : 0;
}

/** Every box's corners turned by -skew about `center`, so the lines run level. */
export function straightenBoxes(boxes: TPoints[], skew: number, center: [number, number]): TPoints[] {
  if (skew === 0) return boxes;
  const [cos, sin] = [Math.cos(-skew), Math.sin(-skew)];
  return boxes.map((box) =>
    box.map(([x, y]) => {
      const [dx, dy] = [x - center[0], y - center[1]];
      return [center[0] + dx * cos - dy * sin, center[1] + dx * sin + dy * cos];
    }),
  );
}
