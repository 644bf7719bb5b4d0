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
