import { randomBytes, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { beforeAll, describe, expect, it } from "vitest";
import { BlobNotFoundError, type TBlobStore } from "./types";

const STREAM_SIZE = 4 * 1024 * 1024 + 123; // a few MB, deliberately not a multiple of the chunk size
const CHUNK_SIZE = 64 * 1024;

const INVALID_KEYS = [
  "",
  "../escape.pdf",
  "org_x/../../escape.pdf",
  "org_x/./a.pdf",
  "/etc/passwd",
  "C:/windows/a.pdf",
  "org_x\\test\\a.pdf",
  "org_x/a\0.pdf",
  "org_x//a.pdf",
  "org_x/",
];

export type TBlobStoreContractOptions = {
  /**
   * Whether the backend itself makes a write all-or-nothing. Real S3 does; s3rver writes straight into the final
   * file and keeps whatever arrived before the client aborted, so it cannot show what the adapter gets right.
   */
  hasAtomicPut?: boolean;
};

/**
 * The behaviour every TBlobStore adapter must share, so code written against the local folder in development
 * behaves the same on S3 in production. `createStore` runs once, in a beforeAll, so it can use servers the
 * calling file starts in its own beforeAll.
 */
export function describeBlobStoreContract(
  name: string,
  createStore: () => TBlobStore | Promise<TBlobStore>,
  { hasAtomicPut = true }: TBlobStoreContractOptions = {},
): void {
  describe(`${name} – blob store contract`, () => {
    let store: TBlobStore;
    // Each test gets its own keys, so a shared bucket or a rerun never sees another test's files.
    const runId = randomUUID().slice(0, 8);
    const newKey = (file = "file.pdf") => `org_contract/test/${runId}/${randomUUID()}/${file}`;

    beforeAll(async () => {
      store = await createStore();
    });

    it("round-trips a Buffer byte for byte", async () => {
      const key = newKey();
      const body = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      await store.put(key, body, { contentType: "application/pdf", size: body.length });
      expect(await store.get(key)).toEqual(body);
    });

    it("streams a multi-megabyte upload in and back out", async () => {
      const key = newKey("large.bin");
      const body = randomBytes(STREAM_SIZE);
      await store.put(key, chunked(body), { contentType: "application/octet-stream", size: body.length });
      const viaGet = await store.get(key);
      expect(viaGet.length).toBe(body.length);
      expect(viaGet.equals(body)).toBe(true);
      const viaStream = await buffer(await store.getStream(key));
      expect(viaStream.equals(body)).toBe(true);
    });

    it("accepts a stream whose size is not given", async () => {
      const key = newKey();
      const body = randomBytes(300 * 1024);
      await store.put(key, chunked(body), { contentType: "application/octet-stream" });
      expect((await store.get(key)).equals(body)).toBe(true);
    });

    it("stores an empty file", async () => {
      const key = newKey("empty.txt");
      await store.put(key, Buffer.alloc(0), { contentType: "text/plain", size: 0 });
      expect(await store.exists(key)).toBe(true);
      expect((await store.get(key)).length).toBe(0);
    });

    it("keeps spaces and non-ASCII characters in keys", async () => {
      const key = newKey("Rechnung März 2026 (1).pdf");
      await store.put(key, Buffer.from("ü"), { contentType: "application/pdf" });
      expect((await store.get(key)).toString()).toBe("ü");
    });

    it("replaces the file when a key is written again", async () => {
      const key = newKey();
      await store.put(key, Buffer.from("first version"), { contentType: "text/plain" });
      await store.put(key, Buffer.from("second"), { contentType: "text/plain" });
      expect((await store.get(key)).toString()).toBe("second");
    });

    it.each([
      ["with", 4 * CHUNK_SIZE],
      ["without", undefined],
    ])("rejects with the stream's own error when an upload fails part way, %s a size", async (_, size) => {
      const failing = failingStream(randomBytes(2 * CHUNK_SIZE));
      await expect(store.put(newKey(), failing, { contentType: "text/plain", size })).rejects.toThrow("client disconnected");
    });

    it.each([
      ["shorter", 100],
      ["longer", 300],
    ])("rejects a stream %s than its declared size", async (_, actualSize) => {
      const key = newKey();
      const body = chunked(randomBytes(actualSize));
      await expect(store.put(key, body, { contentType: "text/plain", size: 200 })).rejects.toThrow(/declared size/);
    });

    it("rejects a Buffer whose length differs from the declared size", async () => {
      await expect(store.put(newKey(), Buffer.from("abc"), { contentType: "text/plain", size: 4 })).rejects.toThrow(/declared size/);
    });

    it.skipIf(!hasAtomicPut)("keeps the previous file when an upload stream fails part way", async () => {
      const key = newKey();
      await store.put(key, Buffer.from("intact"), { contentType: "text/plain" });
      const failing = failingStream(randomBytes(2 * CHUNK_SIZE));
      await expect(store.put(key, failing, { contentType: "text/plain", size: 4 * CHUNK_SIZE })).rejects.toThrow();
      expect((await store.get(key)).toString()).toBe("intact");
    });

    it.skipIf(!hasAtomicPut)("stores nothing when the first upload of a key fails part way", async () => {
      const key = newKey();
      const failing = failingStream(randomBytes(2 * CHUNK_SIZE));
      await expect(store.put(key, failing, { contentType: "text/plain", size: 4 * CHUNK_SIZE })).rejects.toThrow();
      expect(await store.exists(key)).toBe(false);
      await expect(store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    it("throws BlobNotFoundError from get and getStream for a missing key", async () => {
      const key = newKey();
      const fromGet = await store.get(key).catch((error: unknown) => error);
      expect(fromGet).toBeInstanceOf(BlobNotFoundError);
      expect((fromGet as BlobNotFoundError).key).toBe(key);
      await expect(store.getStream(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    it("treats a folder of other keys as missing, not as a file", async () => {
      const key = newKey();
      await store.put(key, Buffer.from("x"), { contentType: "text/plain" });
      const folder = key.slice(0, key.lastIndexOf("/"));
      expect(await store.exists(folder)).toBe(false);
      await expect(store.get(folder)).rejects.toBeInstanceOf(BlobNotFoundError);
      await expect(store.getStream(folder)).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    it("reports existence and forgets deleted files", async () => {
      const key = newKey();
      expect(await store.exists(key)).toBe(false);
      await store.put(key, Buffer.from("x"), { contentType: "text/plain" });
      expect(await store.exists(key)).toBe(true);
      await store.delete(key);
      expect(await store.exists(key)).toBe(false);
      await expect(store.get(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    it("deletes idempotently, including keys that never existed", async () => {
      const key = newKey();
      await store.put(key, Buffer.from("x"), { contentType: "text/plain" });
      await store.delete(key);
      await expect(store.delete(key)).resolves.toBeUndefined();
      await expect(store.delete(newKey())).resolves.toBeUndefined();
    });

    it.each(INVALID_KEYS)("rejects the key %j in every method", async (key) => {
      await expect(store.put(key, Buffer.from("x"), { contentType: "text/plain" })).rejects.toThrow(/Invalid blob key/);
      await expect(store.get(key)).rejects.toThrow(/Invalid blob key/);
      await expect(store.getStream(key)).rejects.toThrow(/Invalid blob key/);
      await expect(store.exists(key)).rejects.toThrow(/Invalid blob key/);
      await expect(store.delete(key)).rejects.toThrow(/Invalid blob key/);
    });
  });
}

function chunked(body: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let offset = 0; offset < body.length; offset += CHUNK_SIZE) yield body.subarray(offset, offset + CHUNK_SIZE);
    })(),
  );
}

/** Yields `head`, then fails, like a client that disconnects mid-upload. */
function failingStream(head: Buffer): Readable {
  return Readable.from(
    (async function* () {
      yield* chunked(head);
      // Let the adapter start writing before the failure, so the partial-write path is what gets tested.
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error("client disconnected");
    })(),
  );
}
