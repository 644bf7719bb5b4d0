import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectDocument, readImageDimensions } from "./inspect-document";
import { prepareImage } from "./prepare-image";
import { makeEmptyPdf, makeEncryptedPdf, makeFlateBombPdf, makeInvoicePdf, makePngHeader, makeTiff } from "./testing/make-test-documents";
import { DocumentError, type TDocumentType } from "./types";

const limits = { maxPages: 5, maxImagePixels: 50_000_000 };

async function failure(bytes: Buffer, type: TDocumentType, custom = limits) {
  const error = await inspectDocument(bytes, type, custom).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, "expected a DocumentError").toMatchObject({ name: "DocumentError" });
  return (error as { code: string }).code;
}

async function pagesOfTiff(count: number, width = 400, height = 300) {
  const page = await sharp({ create: { width, height, channels: 3, background: "white" } })
    .png()
    .toBuffer();
  return sharp(
    Array.from({ length: count }, () => page),
    { join: { animated: true } },
  )
    .tiff()
    .toBuffer();
}

describe("inspectDocument: PDF", () => {
  it("counts the pages of a valid PDF", async () => {
    expect(await inspectDocument(await makeInvoicePdf(), "pdf", limits)).toEqual({ pageCount: 1 });
  });

  it("refuses a password-protected PDF", async () => {
    expect(await failure(makeEncryptedPdf("hunter2"), "pdf")).toBe("encrypted_pdf");
  });

  it("refuses what only looks like a PDF", async () => {
    const invoice = await makeInvoicePdf();
    expect(await failure(invoice.subarray(0, Math.floor(invoice.length / 2)), "pdf")).toBe("invalid_pdf");
    expect(await failure(Buffer.from("%PDF-1.7 garbage"), "pdf")).toBe("invalid_pdf");
    expect(await failure(Buffer.alloc(0), "pdf")).toBe("invalid_pdf");
  });

  it("refuses a PDF without pages", async () => {
    expect(await failure(await makeEmptyPdf(), "pdf")).toBe("empty_document");
  });

  it("refuses a PDF whose page content or attachment decompresses past the limit, before pdfjs decodes it", async () => {
    // 4 M pixels × 4 bytes: no stream may decode to more than 16 MB; these decode to 32 MB from ≈ 32 KB.
    const small = { maxPages: 5, maxImagePixels: 4_000_000 };
    for (const where of ["content", "attachment"] as const) {
      const bomb = await makeFlateBombPdf(32 * 2 ** 20, where);
      expect(bomb.length).toBeLessThan(100_000);
      const error = await inspectDocument(bomb, "pdf", small).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).code).toBe("invalid_pdf");
      expect((error as DocumentError).message).toMatch(/decompresses to more than 16 MB/);
    }
    // The same streams under the limit are a PDF like any other.
    expect(await inspectDocument(await makeFlateBombPdf(8 * 2 ** 20, "content"), "pdf", small)).toEqual({ pageCount: 1 });
  });

  it("refuses more pages than allowed", async () => {
    const pdf = await PDFDocument.create();
    for (let page = 0; page < 6; page++) pdf.addPage();
    expect(await failure(Buffer.from(await pdf.save()), "pdf")).toBe("too_many_pages");
  });
});

describe("inspectDocument: images", () => {
  it("accepts JPEG, PNG and multi-page TIFF", async () => {
    const image = sharp({ create: { width: 300, height: 200, channels: 3, background: "white" } });
    expect(await inspectDocument(await image.clone().jpeg().toBuffer(), "jpeg", limits)).toEqual({ pageCount: 1 });
    expect(await inspectDocument(await image.clone().png().toBuffer(), "png", limits)).toEqual({ pageCount: 1 });
    expect(await inspectDocument(await pagesOfTiff(3), "tiff", limits)).toEqual({ pageCount: 3 });
  });

  it("refuses a decompression bomb from its header, before decoding it", async () => {
    const bomb = makePngHeader(20_000, 20_000);
    // Decoding would fail (there is almost no pixel data): image_too_large proves the header alone decided.
    expect(await readImageDimensions(bomb)).toEqual({ width: 20_000, height: 20_000, pageCount: 1 });
    expect(await failure(bomb, "png")).toBe("image_too_large");
  });

  it("refuses a TIFF page that is too large even when the first page is small", async () => {
    const tiff = makeTiff([
      { width: 100, height: 100 },
      { width: 20_000, height: 20_000, headerOnly: true },
    ]);
    expect(await readImageDimensions(tiff)).toEqual({ width: 100, height: 100, pageCount: 2 });
    expect(await readImageDimensions(tiff, 2)).toMatchObject({ width: 20_000, height: 20_000 });
    expect(await failure(tiff, "tiff")).toBe("image_too_large");
  });

  it("refuses too many TIFF pages", async () => {
    expect(await failure(await pagesOfTiff(6, 50, 50), "tiff")).toBe("too_many_pages");
  });

  // Corrupt pixel data passes the header checks and fails where pages are decoded: in prepareImage.
  const failureWhenRead = async (bytes: Buffer, type: "tiff" | "png") => {
    try {
      const { pageCount } = await inspectDocument(bytes, type, limits);
      for (let page = 1; page <= pageCount; page++) await prepareImage(bytes, page);
      return "ok";
    } catch (error) {
      return error instanceof DocumentError ? error.code : String(error);
    }
  };

  it("refuses a corrupt TIFF", async () => {
    const tiff = await pagesOfTiff(2);
    const garbage = Buffer.alloc(2000, 0xab);
    // A valid header followed by garbage, and a valid file cut in half.
    expect(await failureWhenRead(Buffer.concat([tiff.subarray(0, 8), garbage]), "tiff")).toBe("corrupt_image");
    expect(await failureWhenRead(tiff.subarray(0, Math.floor(tiff.length / 2)), "tiff")).toBe("corrupt_image");
  });

  it("refuses a corrupt PNG", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "white" } })
      .png()
      .toBuffer();
    expect(await failureWhenRead(png.subarray(0, Math.floor(png.length / 2)), "png")).toBe("corrupt_image");
  });
});
