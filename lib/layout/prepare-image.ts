import "server-only";
import sharp from "sharp";
import type { TPageImage } from "./page-image";
import { DocumentError } from "./types";

export type TPreparedImage = TPageImage & {
  /** Size of the page as uploaded (after EXIF rotation), before any upscaling for OCR. */
  sourceWidth: number;
  sourceHeight: number;
};

export type TPrepareImageOptions = {
  /** Refuse to decode anything larger (decompression bombs). Default 100 million pixels. */
  maxImagePixels?: number;
  /** "colour": upright and on white only, for a reader that wants the image as photographed. Default "grayscale". */
  input?: "grayscale" | "colour";
};

// Below this long side, text is usually under 20 px high, where tesseract's accuracy drops; doubling helps.
const UPSCALE_BELOW = 1500;

/**
 * One page (1-based; only TIFFs have more than one) of a JPEG, PNG or TIFF, ready for OCR: upright (EXIF),
 * on white, and for tesseract (input "grayscale") grayscale, small images doubled, contrast stretched. Throws DocumentError `corrupt_image` or
 * `image_too_large`.
 */
export async function prepareImage(bytes: Buffer, page = 1, options: TPrepareImageOptions = {}): Promise<TPreparedImage> {
  const { maxImagePixels = 100_000_000, input: style = "grayscale" } = options;
  const input = () => sharp(bytes, { page: page - 1, limitInputPixels: maxImagePixels, failOn: "error" });
  try {
    const metadata = await input().metadata();
    const sourceWidth = metadata.autoOrient.width;
    const sourceHeight = metadata.autoOrient.height;
    const image = input().autoOrient().flatten({ background: "#ffffff" });
    if (style === "colour") {
      const { data, info } = await image.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
      return { png: data, width: info.width, height: info.height, sourceWidth, sourceHeight };
    }
    const factor = Math.max(sourceWidth, sourceHeight) < UPSCALE_BELOW ? 2 : 1;
    if (factor > 1) image.resize(sourceWidth * factor, sourceHeight * factor, { kernel: "lanczos3" });
    const { data, info } = await image
      .grayscale()
      .normalise()
      .toColourspace("b-w")
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height, sourceWidth, sourceHeight };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(reason)) {
      throw new DocumentError("image_too_large", `The image is larger than ${maxImagePixels.toLocaleString("en-US")} pixels.`);
    }
    throw new DocumentError("corrupt_image", `The image can't be decoded (${reason}).`);
  }
}
