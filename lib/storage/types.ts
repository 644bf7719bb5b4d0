import type { Readable } from "node:stream";

/** Where uploaded files live: a local folder by default, S3 (or compatible) in production. */
export type TBlobStore = {
  readonly kind: "local" | "s3";
  /** Stores a whole file. `body` may be a Buffer or a Node stream (streamed, not buffered, by both adapters). */
  put(key: string, body: Buffer | Readable, options: { contentType: string; size?: number }): Promise<void>;
  /** The whole file; throws BlobNotFoundError when absent. */
  get(key: string): Promise<Buffer>;
  /** The file as a stream, for downloads. */
  getStream(key: string): Promise<Readable>;
  /** Removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
};

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file at ${key}`);
    this.name = "BlobNotFoundError";
  }
}
