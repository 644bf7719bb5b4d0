/** A page ready for OCR: a grayscale PNG made by sharp, and its size in pixels. */
export type TPageImage = { png: Buffer; width: number; height: number };
