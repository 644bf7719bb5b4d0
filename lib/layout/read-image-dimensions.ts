import "server-only";
import sharp from "sharp";
import { DocumentError } from "./types";

export type TImageDimensions = { width: number; height: number; pageCount: number };

/**
 * Width and height of one page (1-based; the first by default) and the page count, from the image header alone:
 * nothing is decoded, so a decompression bomb costs nothing here. TIFF pages may differ in size; `inspectDocument`
 * checks each one. Throws DocumentError `corrupt_image` when sharp can't read the header.
 */
export async function readImageDimensions(bytes: Uint8Array, page = 1): Promise<TImageDimensions> {
  try {
    // sharp applies its default pixel limit even to metadata(); the caller compares against its own limit.
    const metadata = await sharp(bytes, { limitInputPixels: false, page: page - 1 }).metadata();
    if (!metadata.width || !metadata.height) throw new Error("no dimensions in the header");
    return { width: metadata.width, height: metadata.height, pageCount: metadata.pages ?? 1 };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentError("corrupt_image", `The image can't be read (${reason}).`);
  }
}
