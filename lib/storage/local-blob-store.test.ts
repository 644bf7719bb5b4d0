import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeBlobStoreContract } from "./blob-store-contract";
import { createLocalBlobStore } from "./local-blob-store";

let tempDir: string;
let root: string;

beforeAll(async () => {
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "docustack-blobs-"));
  root = path.join(tempDir, "blobs");
});

afterAll(async () => {
  await fs.rm(tempDir, { recursive: true, force: true });
});

describeBlobStoreContract("local folder", () => createLocalBlobStore(root));

describe("local blob store", () => {
  it("stores a key as a file at that relative path under the root", async () => {
    const store = createLocalBlobStore(root);
    await store.put("org_x/test/abcdef.pdf", Buffer.from("%PDF"), { contentType: "application/pdf" });
    expect(await fs.readFile(path.join(root, "org_x/test/abcdef.pdf"), "utf8")).toBe("%PDF");
  });

  it("never writes outside the root, whatever the key", async () => {
    const store = createLocalBlobStore(root);
    await expect(store.put("../outside.pdf", Buffer.from("x"), { contentType: "text/plain" })).rejects.toThrow(/Invalid blob key/);
    await expect(store.put("a/../../outside.pdf", Buffer.from("x"), { contentType: "text/plain" })).rejects.toThrow();
    await expect(fs.access(path.join(tempDir, "outside.pdf"))).rejects.toThrow();
  });

  it("leaves no temp files behind, after successful or failed uploads", async () => {
    const store = createLocalBlobStore(root);
    const failing = Readable.from(
      (async function* () {
        yield Buffer.alloc(64 * 1024, 1);
        throw new Error("client disconnected");
      })(),
    );
    await expect(store.put("org_x/test/failed.pdf", failing, { contentType: "application/pdf" })).rejects.toThrow("client disconnected");
    await store.put("org_x/test/ok.pdf", Readable.from([Buffer.from("ok")]), { contentType: "application/pdf" });

    const files = await fs.readdir(root, { recursive: true });
    expect(files.filter((file) => file.endsWith(".tmp"))).toEqual([]);
    expect(files).not.toContain(path.join("org_x", "test", "failed.pdf"));
  });

  it("creates the root folder on first write", async () => {
    const freshRoot = path.join(tempDir, "fresh", "blobs");
    const store = createLocalBlobStore(freshRoot);
    expect(await store.exists("org_x/a.pdf")).toBe(false);
    await store.put("org_x/a.pdf", Buffer.from("x"), { contentType: "application/pdf" });
    expect(await store.get("org_x/a.pdf")).toEqual(Buffer.from("x"));
  });
});
