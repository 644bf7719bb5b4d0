import "server-only";
import { Readable } from "node:stream";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getConfig } from "@/lib/config";
import { DocumentError } from "@/lib/layout/types";

// One client for batch refs, kept on globalThis like the blob store's (one connection pool per process).
const REF_S3_CLIENT = Symbol.for("docustack.refS3Client");
type TGlobalWithClient = typeof globalThis & { [REF_S3_CLIENT]?: S3Client };

/** The S3 client batch `s3://` refs are read with: the configured S3_* endpoint and credentials, any bucket. */
function getRefS3Client(): S3Client {
  const store = globalThis as TGlobalWithClient;
  if (!store[REF_S3_CLIENT]) {
    const config = getConfig();
    store[REF_S3_CLIENT] = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
      // A customer's bucket may live in another region than ours: follow S3's redirect rather than fail.
      followRegionRedirects: true,
      // As in the blob store: S3-compatible services may not understand the SDK's default checksum framing.
      ...(config.S3_ENDPOINT ? { responseChecksumValidation: "WHEN_REQUIRED" as const } : {}),
    });
  }
  return store[REF_S3_CLIENT];
}

/**
 * Reads one object, refusing it (DocumentError `file_too_large`) past `maxBytes`: by its Content-Length
 * before reading, and by counting while reading. S3's own errors are thrown as they are.
 */
export async function downloadS3Object(options: { bucket: string; key: string; maxBytes: number; timeoutMs: number }): Promise<Buffer> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const response = await getRefS3Client().send(new GetObjectCommand({ Bucket: options.bucket, Key: options.key }), { abortSignal: signal });
  const body = response.Body;
  if (!(body instanceof Readable)) throw new Error(`S3 returned no readable body for s3://${options.bucket}/${options.key}`);
  const tooLarge = () => new DocumentError("file_too_large", `The object is larger than the ${options.maxBytes}-byte limit.`);
  if ((response.ContentLength ?? 0) > options.maxBytes) {
    body.destroy();
    throw tooLarge();
  }
  const stop = () => body.destroy(signal.reason);
  signal.addEventListener("abort", stop, { once: true });
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.length;
      if (size > options.maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } finally {
    signal.removeEventListener("abort", stop);
    body.destroy();
  }
}
