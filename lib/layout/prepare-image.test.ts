import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prepareImage } from "./prepare-image";
import { makeTiff } from "./testing/make-test-documents";

function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 180, b: 150 } } });
}

describe("prepareImage", () => {
  it("makes a grayscale PNG, doubling small images", async () => {
    const prepared = await prepareImage(await photo(800, 600).jpeg().toBuffer());
    expect(prepared).toMatchObject({ width: 1600, height: 1200, sourceWidth: 800, sourceHeight: 600 });
    const metadata = await sharp(prepared.png).metadata();
    expect(metadata).toMatchObject({ format: "png", width: 1600, height: 1200, channels: 1 });
  });

  it("leaves large images at their size", async () => {
    const prepared = await prepareImage(await photo(2000, 1500).png().toBuffer());
    expect(prepared).toMatchObject({ width: 2000, height: 1500, sourceWidth: 2000, sourceHeight: 1500 });
  });

  it("turns a phone photo upright from its EXIF orientation", async () => {
    // Orientation 6: stored landscape, to be shown rotated 90° clockwise (portrait).
    const jpeg = await photo(2000, 1500).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const prepared = await prepareImage(jpeg);
    expect(prepared).toMatchObject({ width: 1500, height: 2000, sourceWidth: 1500, sourceHeight: 2000 });
  });

  it("reads the requested TIFF page", async () => {
    const tiff = makeTiff([
      { width: 1600, height: 100 },
      { width: 1700, height: 200 },
    ]);
    expect(await prepareImage(tiff, 2)).toMatchObject({ sourceWidth: 1700, sourceHeight: 200 });
  });

  it("refuses to decode more pixels than allowed", async () => {
    const png = await photo(2000, 1500).png().toBuffer();
    await expect(prepareImage(png, 1, { maxImagePixels: 1_000_000 })).rejects.toMatchObject({ code: "image_too_large" });
    await expect(prepareImage(png.subarray(0, 100))).rejects.toMatchObject({ code: "corrupt_image" });
  });
});
