import "server-only";
import path from "node:path";
import { getConfig } from "@/lib/config";
import { createLocalBlobStore } from "./local-blob-store";
import { createS3BlobStore } from "./s3-blob-store";
import type { TBlobStore } from "./types";

// Next.js may load this module more than once (instrumentation, route bundles); keeping the store on globalThis
// gives the process one S3 client and its connection pool rather than one per bundle.
const BLOB_STORE = Symbol.for("docustack.blobStore");
type TGlobalWithBlobStore = typeof globalThis & { [BLOB_STORE]?: TBlobStore };

/** The app's file storage: S3 when S3_BUCKET is set, else the `<DATA_DIR>/blobs` folder. */
export function getBlobStore(): TBlobStore {
  const store = globalThis as TGlobalWithBlobStore;
  store[BLOB_STORE] ??= createBlobStore();
  return store[BLOB_STORE];
}

function createBlobStore(): TBlobStore {
  const config = getConfig();
  if (config.storage === "local") {
    return createLocalBlobStore(path.join(config.dataDir, "blobs"));
  }
  return createS3BlobStore({
    bucket: config.S3_BUCKET!,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}
