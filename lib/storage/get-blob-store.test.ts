import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getBlobStore } from "./get-blob-store";

const config = vi.hoisted(() => ({ current: {} as Record<string, unknown> }));
vi.mock("@/lib/config", () => ({ getConfig: () => config.current }));

const BLOB_STORE = Symbol.for("docustack.blobStore");

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[BLOB_STORE];
});

describe("getBlobStore", () => {
  it("uses <DATA_DIR>/blobs without S3_BUCKET and returns the same store every time", async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "docustack-data-"));
    try {
      config.current = { storage: "local", dataDir };
      const store = getBlobStore();
      expect(store.kind).toBe("local");
      expect(getBlobStore()).toBe(store);
      await store.put("org_x/a.pdf", Buffer.from("x"), { contentType: "application/pdf" });
      expect(await fs.readFile(path.join(dataDir, "blobs", "org_x", "a.pdf"), "utf8")).toBe("x");
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it("uses S3 when the config says so", () => {
    config.current = {
      storage: "s3",
      S3_BUCKET: "uploads",
      S3_REGION: "eu-central-1",
      S3_FORCE_PATH_STYLE: false,
      dataDir: "/tmp/docustack-data",
    };
    expect(getBlobStore().kind).toBe("s3");
  });
});
