import "server-only";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { DocumentError } from "./types";

const inflate = promisify(zlib.inflate);

// A PDF's streams (page content, images, fonts, attachments, object streams) are mostly Flate-compressed, and
// deflate packs a run of one byte about 1000:1: a 1 MB upload can hold a stream that decodes to 1 GB, and pdfjs
// decodes a stream whole, in memory (measured: a 1 MB PDF whose attachment was 1 GiB of spaces took the process to
// 2.4 GB). So every Flate stream is decoded here first, off the main thread and never past the limit.
const STREAM_KEYWORD = /stream\r?\n/g;
const DICTIONARY_WINDOW = 4096;

/**
 * Throws DocumentError `invalid_pdf` when a Flate stream of the PDF decodes to more than `maxDecodedBytes`. Streams
 * that don't decode (encrypted, another filter first, damaged) are left to the PDF reader to judge.
 */
export async function checkPdfStreams(bytes: Uint8Array, maxDecodedBytes: number): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString("latin1");
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    const start = match.index + match[0].length;
    // "endstream" also matches the keyword pattern's start: skip it.
    if (text.slice(match.index - 3, match.index) === "end") continue;
    if (!startsWithFlate(text.slice(Math.max(0, match.index - DICTIONARY_WINDOW), match.index))) continue;
    const end = text.indexOf("endstream", start);
    if (end < 0) continue;
    try {
      await inflate(buffer.subarray(start, end), { maxOutputLength: maxDecodedBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE") continue;
      const megabytes = Math.round(maxDecodedBytes / 1_000_000);
      throw new DocumentError(
        "invalid_pdf",
        `A stream in the PDF decompresses to more than ${megabytes} MB; the file is refused as a likely decompression bomb.`,
      );
    }
  }
}

/** The stream's dictionary (the text since its object began) names FlateDecode as its first or only filter. */
function startsWithFlate(before: string): boolean {
  const dictionary = before.slice(before.lastIndexOf(" obj"));
  const filter = /\/Filter\s*(\[\s*)?\/(\w+)/.exec(dictionary);
  return filter !== null && (filter[2] === "FlateDecode" || filter[2] === "Fl");
}
