// Builds the documents the layout tests read, so no binary fixtures need to be committed.
import { createHash } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import { PDFDocument, PDFName, StandardFonts } from "pdf-lib";

/** What the invoice says, where: PDF points from the bottom-left corner of an A4 page (595 × 842). */
export const INVOICE_TEXT = [
  { text: "Invoice Number: INV-2024-0042", x: 60, y: 760, size: 16 },
  { text: "Vendor: Acme Corp", x: 60, y: 720, size: 14 },
  { text: "Total: 4,200.00", x: 360, y: 600, size: 14 },
] as const;
export const A4 = { width: 595, height: 842 } as const;

/** A born-digital invoice: real text in Helvetica. */
export function makeInvoicePdf(): Promise<Buffer> {
  return makeTextPdf(INVOICE_TEXT);
}

/** A born-digital A4 page with these lines of Helvetica (PDF points from the bottom-left corner). */
export async function makeTextPdf(lines: ReadonlyArray<{ text: string; x: number; y: number; size: number }>): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([A4.width, A4.height]);
  for (const { text, x, y, size } of lines) page.drawText(text, { x, y, size, font });
  return Buffer.from(await pdf.save());
}

/** A "scanned" PDF: one image (JPEG or PNG) filling the page, no text. */
export async function makeImageOnlyPdf(scan: Buffer): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const isJpeg = scan[0] === 0xff && scan[1] === 0xd8;
  const image = isJpeg ? await pdf.embedJpg(scan) : await pdf.embedPng(scan);
  const page = pdf.addPage([A4.width, A4.height]);
  page.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height });
  return Buffer.from(await pdf.save());
}

export async function makeEmptyPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  // pdf-lib otherwise adds a blank page to a document without any.
  return Buffer.from(await pdf.save({ addDefaultPage: false }));
}

/**
 * A PDF encrypted with the standard security handler (RC4, 40-bit, revision 2) and a user password, written by
 * hand because pdf-lib can't encrypt. Opening it needs `userPassword`.
 */
export function makeEncryptedPdf(userPassword: string, text = "Secret"): Buffer {
  const padding = Buffer.from("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A", "hex");
  const pad = (password: string) => Buffer.concat([Buffer.from(password, "latin1"), padding]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();
  const id = Buffer.from("0123456789abcdef0123456789abcdef", "hex");
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-44);
  const owner = rc4(md5(pad(`${userPassword}-owner`)).subarray(0, 5), pad(userPassword));
  const key = md5(pad(userPassword), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, padding);
  const objectKey = (num: number) => md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, num >> 16, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(`BT /F1 24 Tf 72 700 Td (${text}) Tj ET`, "latin1"));
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, "latin1"), content, Buffer.from("\nendstream", "latin1")]),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${owner.toString("hex")}> /U <${user.toString("hex")}> >>`,
  ];
  const trailer = `/Encrypt 6 0 R /ID [<${id.toString("hex")}> <${id.toString("hex")}>]`;
  return writePdf(objects, trailer);
}

/** A PNG whose header claims `width` × `height` with almost no pixel data: a decompression bomb's calling card. */
export function makePngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample; colour type 0 (gray), no interlace
  const signature = Buffer.from("89504E470D0A1A0A", "hex");
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(width + 1))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * An uncompressed 8-bit grayscale TIFF, one white page per entry. A page marked `headerOnly` claims its size but
 * carries no pixels, like a bomb hidden on a later page (sharp only writes pages of one size).
 */
export function makeTiff(pages: { width: number; height: number; headerOnly?: boolean }[]): Buffer {
  const tags = 9;
  const ifdLength = 2 + tags * 12 + 4;
  // Each page is its pixels followed by its IFD (directory), after an 8-byte header.
  const pixelLengths = pages.map((page) => (page.headerOnly ? 0 : page.width * page.height));
  const pixelOffsets: number[] = [];
  let offset = 8;
  for (const length of pixelLengths) {
    pixelOffsets.push(offset);
    offset += length + ifdLength;
  }
  const ifdOffset = (index: number) => pixelOffsets[index] + pixelLengths[index];
  const header = Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0]);
  header.writeUInt32LE(ifdOffset(0), 4);
  const parts = [header];
  for (const [index, page] of pages.entries()) {
    const entries = [
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, pixelOffsets[index]],
      [277, 3, 1],
      [278, 4, page.height],
      [279, 4, page.width * page.height],
    ];
    const ifd = Buffer.alloc(ifdLength);
    ifd.writeUInt16LE(tags, 0);
    entries.forEach(([tag, type, value], entry) => {
      ifd.writeUInt16LE(tag, 2 + entry * 12);
      ifd.writeUInt16LE(type, 4 + entry * 12);
      ifd.writeUInt32LE(1, 6 + entry * 12);
      if (type === 3) ifd.writeUInt16LE(value, 10 + entry * 12);
      else ifd.writeUInt32LE(value, 10 + entry * 12);
    });
    ifd.writeUInt32LE(index < pages.length - 1 ? ifdOffset(index + 1) : 0, ifdLength - 4);
    parts.push(Buffer.alloc(pixelLengths[index], 0xff), ifd);
  }
  return Buffer.concat(parts);
}

function writePdf(objects: (string | Buffer)[], trailerExtra: string): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((object, index) => {
    const part = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, "latin1"), Buffer.from(object), Buffer.from("\nendobj\n", "latin1")]);
    offsets.push(length);
    length += part.length;
    parts.push(part);
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    "0000000000 65535 f \n",
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`),
  ];
  parts.push(
    Buffer.from(
      `${xref.join("")}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`,
      "latin1",
    ),
  );
  return Buffer.concat(parts);
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, index) => index);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i] + key[i % key.length]) & 0xff;
    [state[i], state[j]] = [state[j], state[i]];
  }
  const output = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]) & 0xff;
    [state[i], state[j]] = [state[j], state[i]];
    output[n] = data[n] ^ state[(state[i] + state[j]) & 0xff];
  }
  return output;
}

/**
 * A small PDF with a Flate stream that decodes to `decodedBytes` spaces (deflate packs them about 1000:1): as the
 * page's content, or as an attached "factur-x.xml".
 */
export async function makeFlateBombPdf(decodedBytes: number, where: "content" | "attachment"): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([A4.width, A4.height]);
  const spaces = Buffer.alloc(decodedBytes, 32);
  if (where === "attachment") await pdf.attach(spaces, "factur-x.xml", { mimeType: "text/xml" });
  else page.node.set(PDFName.of("Contents"), pdf.context.register(pdf.context.flateStream(spaces)));
  return Buffer.from(await pdf.save());
}
