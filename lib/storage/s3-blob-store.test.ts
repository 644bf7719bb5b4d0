import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeBlobStoreContract } from "./blob-store-contract";
import { createS3BlobStore, type TS3BlobStoreOptions } from "./s3-blob-store";

const BUCKET = "test-bucket";
// s3rver checks signatures against this fixed key pair.
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

let server: S3rver;
let tempDir: string;
let endpoint: string;

beforeAll(async () => {
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "docustack-s3rver-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: tempDir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
  await fs.rm(tempDir, { recursive: true, force: true });
});

function s3rverOptions(overrides: Partial<TS3BlobStoreOptions> = {}): TS3BlobStoreOptions {
  return { bucket: BUCKET, region: "us-east-1", endpoint, forcePathStyle: true, credentials: CREDENTIALS, ...overrides };
}

// s3rver streams a PUT straight into the object's final file, so an aborted upload leaves a partial object
// behind; real S3 never does, and s3-blob-store.aws.test.ts checks that part against it.
const S3RVER = { hasAtomicPut: false };

describeBlobStoreContract("S3 on s3rver", () => createS3BlobStore(s3rverOptions()), S3RVER);

describeBlobStoreContract("S3 on s3rver with a key prefix", () => createS3BlobStore(s3rverOptions({ prefix: "tenant-a/" })), S3RVER);

describe("S3 blob store", () => {
  function rawClient() {
    return new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: CREDENTIALS });
  }

  it("writes under the prefix and records the content type", async () => {
    const store = createS3BlobStore(s3rverOptions({ prefix: "tenant-b" }));
    await store.put("org_x/test/abcdef.pdf", Buffer.from("%PDF"), { contentType: "application/pdf", size: 4 });
    const head = await rawClient().send(new HeadObjectCommand({ Bucket: BUCKET, Key: "tenant-b/org_x/test/abcdef.pdf" }));
    expect(head.ContentType).toBe("application/pdf");
    expect(head.ContentLength).toBe(4);
  });

  it("reports a missing bucket as an error, not as a missing file", async () => {
    const store = createS3BlobStore(s3rverOptions({ bucket: "no-such-bucket" }));
    await expect(store.get("org_x/a.pdf")).rejects.toMatchObject({ name: "NoSuchBucket" });
  });

  it("surfaces wrong credentials instead of reporting files as missing", async () => {
    const store = createS3BlobStore(s3rverOptions({ credentials: { accessKeyId: "NOT-S3RVER", secretAccessKey: "S3RVER" } }));
    await expect(store.get("org_x/a.pdf")).rejects.toMatchObject({ name: "InvalidAccessKeyId" });
  });
});
