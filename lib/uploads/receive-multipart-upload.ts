import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import Busboy from "busboy";
import { ApiError } from "@/lib/api/errors";

export type TReceivedFile = {
  /** Temporary file holding the upload; the caller moves or deletes it. */
  tempPath: string;
  filename: string;
  size: number;
  sha256: string;
  /** The first bytes, for magic-byte type detection. */
  head: Buffer;
};

export type TReceivedUpload = { file?: TReceivedFile; fields: Record<string, string> };

const HEAD_BYTES = 4100;
const MAX_FIELD_BYTES = 4096;

class FileTooLarge extends Error {}

/**
 * Streams a multipart body to a temporary file, hashing and counting as it goes, and stops at
 * `maxBytes` (413) without buffering the file in memory. Text fields are returned as strings.
 */
export async function receiveMultipartUpload(request: Request, options: { tempDir: string; maxBytes: number }): Promise<TReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new ApiError({ code: "unsupported_media_type", message: "Send the document as multipart/form-data with a `file` part." });
  }
  if (!request.body) throw new ApiError({ code: "bad_request", message: "The request has no body." });
  // Refuse an obviously oversized body before reading it (the multipart framing adds a little).
  if (Number(request.headers.get("content-length") ?? 0) > options.maxBytes + 64 * 1024) {
    throw new ApiError({ code: "payload_too_large", message: `The file is larger than the ${formatBytes(options.maxBytes)} limit.` });
  }
  fs.mkdirSync(options.tempDir, { recursive: true });

  const fields: Record<string, string> = {};
  const fileWrites: Promise<TReceivedFile>[] = [];
  let busboy: Busboy.Busboy;
  try {
    busboy = Busboy({ headers: { "content-type": contentType }, limits: { files: 1, fields: 20, fieldSize: MAX_FIELD_BYTES, parts: 25 } });
  } catch {
    throw new ApiError({ code: "bad_request", message: "The multipart body could not be parsed (missing boundary?)." });
  }

  busboy.on("field", (name, value) => {
    fields[name] = value;
  });
  busboy.on("file", (name, stream, info) => {
    if (name !== "file") {
      stream.resume();
      return;
    }
    fileWrites.push(writeFilePart(stream, info.filename, options));
  });

  try {
    await pipeline(Readable.fromWeb(request.body as NodeWebReadableStream), busboy);
  } catch (error) {
    await discard(fileWrites);
    throw new ApiError({ code: "bad_request", message: `The multipart body is malformed: ${(error as Error).message}` });
  }
  const settled = await Promise.allSettled(fileWrites);
  const failed = settled.find((result) => result.status === "rejected");
  if (failed) {
    await discard(fileWrites);
    if (failed.reason instanceof FileTooLarge) {
      throw new ApiError({ code: "payload_too_large", message: `The file is larger than the ${formatBytes(options.maxBytes)} limit.` });
    }
    throw failed.reason;
  }
  const file = settled[0]?.status === "fulfilled" ? settled[0].value : undefined;
  return { file, fields };
}

async function writeFilePart(
  stream: Readable,
  filename: string | undefined,
  options: { tempDir: string; maxBytes: number },
): Promise<TReceivedFile> {
  const tempPath = path.join(options.tempDir, `upload-${randomUUID()}`);
  const hash = createHash("sha256");
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > options.maxBytes) {
        callback(new FileTooLarge());
        return;
      }
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      callback(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, fs.createWriteStream(tempPath, { mode: 0o600 }));
  } catch (error) {
    stream.resume();
    await fs.promises.rm(tempPath, { force: true });
    throw error;
  }
  return { tempPath, filename: sanitizeFilename(filename), size, sha256: hash.digest("hex"), head: Buffer.concat(headChunks) };
}

async function discard(writes: Promise<TReceivedFile>[]) {
  for (const result of await Promise.allSettled(writes)) {
    if (result.status === "fulfilled") await fs.promises.rm(result.value.tempPath, { force: true });
  }
}

/** Keeps the name a person gave the file, minus paths and control characters. */
export function sanitizeFilename(filename: string | undefined): string {
  const base = (filename ?? "").split(/[\\/]/).pop() ?? "";
  const clean = [...base]
    .filter((character) => character.charCodeAt(0) >= 32 && character.charCodeAt(0) !== 127)
    .join("")
    .trim()
    .slice(0, 255);
  return clean || "document";
}

export function formatBytes(bytes: number) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}
