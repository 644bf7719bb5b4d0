import "server-only";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { assertBlobKey } from "./assert-blob-key";
import { sendExactLength } from "./send-exact-length";
import { BlobNotFoundError, type TBlobStore } from "./types";

export type TS3BlobStoreOptions = {
  bucket: string;
  region: string;
  /** An S3-compatible service (MinIO, R2, s3rver); unset means AWS itself. */
  endpoint?: string;
  /** Put the bucket in the path instead of the host name, as most S3-compatible services need. */
  forcePathStyle?: boolean;
  /** Unset means the AWS SDK's default chain (env, shared profile, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Prepended to every key with a `/`, so several apps or test runs can share one bucket. */
  prefix?: string;
};

/**
 * Stores each key as an object in one S3 bucket.
 *
 * A stream body is sent as a single streamed PutObject when `size` is given, which the app always does (the
 * upload's byte count is known once it has been received). Without `size` the stream is read into memory
 * first, because PutObject needs a Content-Length and `@aws-sdk/lib-storage` (multipart) is not installed.
 * A single PutObject is limited to 5 GB.
 *
 * The credentials need s3:ListBucket on the bucket as well as Get/Put/DeleteObject: without it S3 answers a
 * missing key with 403 instead of 404, and `get`/`exists` would throw access errors instead of
 * BlobNotFoundError/false.
 */
export function createS3BlobStore(options: TS3BlobStoreOptions): TBlobStore {
  const { bucket, prefix } = options;
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
    credentials: options.credentials,
    // Since SDK 3.729 every upload carries a CRC32 by default, sent as an aws-chunked body with a trailer.
    // AWS checks it; many S3-compatible services don't understand that framing (s3rver stores the chunk
    // headers as part of the file), so with a custom endpoint checksums are sent only where S3 requires them.
    ...(options.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
  });
  const keyPrefix = prefix ? `${prefix.replace(/\/+$/, "")}/` : "";

  function objectKey(key: string): string {
    assertBlobKey(key);
    return `${keyPrefix}${key}`;
  }

  return {
    kind: "s3",

    async put(key, body, { contentType, size }) {
      const Key = objectKey(key);
      const putObject = (Body: Buffer | Readable, ContentLength: number) =>
        new PutObjectCommand({ Bucket: bucket, Key, Body, ContentType: contentType, ContentLength });
      if (Buffer.isBuffer(body) && size !== undefined && body.length !== size) {
        throw new Error(`Upload of ${body.length} bytes does not match its declared size of ${size} bytes`);
      }
      if (Buffer.isBuffer(body) || size === undefined) {
        const bytes = Buffer.isBuffer(body) ? body : await readAll(body);
        await client.send(putObject(bytes, bytes.length));
        return;
      }
      await sendExactLength(body, size, (stream, abortSignal) => client.send(putObject(stream, size), { abortSignal }));
    },

    async get(key) {
      const Key = objectKey(key);
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key }));
        if (!response.Body) throw new Error(`S3 returned no body for ${key}`);
        const bytes = await response.Body.transformToByteArray();
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (error) {
        throw toNotFound(error, key);
      }
    },

    async getStream(key) {
      const Key = objectKey(key);
      let body: unknown;
      try {
        body = (await client.send(new GetObjectCommand({ Bucket: bucket, Key }))).Body;
      } catch (error) {
        throw toNotFound(error, key);
      }
      // On Node the SDK's body is an http.IncomingMessage, already a Readable; anything else means a
      // browser or custom request handler was configured, which this server-side adapter does not support.
      if (!(body instanceof Readable)) throw new Error(`S3 returned no readable body for ${key}`);
      return body;
    },

    async delete(key) {
      // S3 answers 204 for a missing key too, so deleting twice is already harmless.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },

    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        return true;
      } catch (error) {
        if (isMissingObjectError(error)) return false;
        throw error;
      }
    },
  };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function isMissingObjectError(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  // A missing bucket is a configuration error, not a missing file, and must not be reported as one.
  if (name === "NoSuchBucket") return false;
  // GetObject names the error NoSuchKey; HeadObject has no body, so only "NotFound" / 404 is left.
  return name === "NoSuchKey" || name === "NotFound" || $metadata?.httpStatusCode === 404;
}

function toNotFound(error: unknown, key: string): unknown {
  return isMissingObjectError(error) ? new BlobNotFoundError(key) : error;
}
