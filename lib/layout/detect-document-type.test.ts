import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectDocumentType } from "./detect-document-type";
import { makeInvoicePdf } from "./testing/make-test-documents";

describe("detectDocumentType", () => {
  it("recognises PDF, JPEG, PNG and TIFF from their first bytes", async () => {
    const image = sharp({ create: { width: 8, height: 8, channels: 3, background: "white" } });
    const head = (bytes: Buffer) => bytes.subarray(0, 4100);
    expect(await detectDocumentType(head(await makeInvoicePdf()))).toBe("pdf");
    expect(await detectDocumentType(head(await image.clone().jpeg().toBuffer()))).toBe("jpeg");
    expect(await detectDocumentType(head(await image.clone().png().toBuffer()))).toBe("png");
    expect(await detectDocumentType(head(await image.clone().tiff().toBuffer()))).toBe("tiff");
  });

  it("knows nothing else, whatever the file claims to be", async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "white" } })
      .gif()
      .toBuffer();
    expect(await detectDocumentType(gif)).toBeUndefined();
    expect(await detectDocumentType(Buffer.from("Invoice Number: INV-2024-0042\n"))).toBeUndefined();
    expect(await detectDocumentType(Buffer.from("PK\x03\x04 not really a docx"))).toBeUndefined();
    expect(await detectDocumentType(new Uint8Array(0))).toBeUndefined();
  });
});

describe("detectDocumentType: TIFFs whose directory is at the end of the file", () => {
  const dataset = path.resolve(__dirname, "../../../shared/datasets/invoice2data/AmazonWebServices.tiff");
  it.skipIf(!fs.existsSync(dataset))("recognises a real scan from its first 4,100 bytes", async () => {
    const head = fs.readFileSync(dataset).subarray(0, 4100);
    expect(await detectDocumentType(head)).toBe("tiff");
  });

  it("recognises both byte orders from the header alone, and nothing else", async () => {
    const farDirectory = (header: number[]) => new Uint8Array([...header, 0x00, 0x10, 0x00, 0x00, ...new Array(64).fill(0)]);
    expect(await detectDocumentType(farDirectory([0x49, 0x49, 0x2a, 0x00]))).toBe("tiff");
    expect(await detectDocumentType(farDirectory([0x4d, 0x4d, 0x00, 0x2a]))).toBe("tiff");
    expect(await detectDocumentType(farDirectory([0x49, 0x49, 0x2b, 0x01]))).toBeUndefined();
  });
});
