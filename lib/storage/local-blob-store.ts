import "server-only";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertBlobKey } from "./assert-blob-key";
import { BlobNotFoundError, type TBlobStore } from "./types";

/** Temp files start with this so a sweep can tell them from stored files. */
const TEMP_PREFIX = ".upload-";

/** Stores each key as a file under `rootDir` (the app uses `<DATA_DIR>/blobs`). */
export function createLocalBlobStore(rootDir: string): TBlobStore {
  const root = path.resolve(rootDir);

  function resolveKey(key: string): string {
    assertBlobKey(key);
    const filePath = path.resolve(root, key);
    // assertBlobKey already rules out traversal; this is the belt to its braces.
    if (!filePath.startsWith(root + path.sep)) {
      throw new TypeError(`Invalid blob key ${JSON.stringify(key)}: outside the storage folder`);
    }
    return filePath;
  }

  return {
    kind: "local",

    async put(key, body, { size }) {
      const filePath = resolveKey(key);
      if (Buffer.isBuffer(body) && size !== undefined && body.length !== size) {
        throw new Error(`Upload of ${body.length} bytes does not match its declared size of ${size} bytes`);
      }
      const folder = path.dirname(filePath);
      await fs.mkdir(folder, { recursive: true });
      // Written next to the final file, then renamed: rename is atomic within one file system, so readers
      // (and a restart after a crash) see either the old file or the whole new one, never a partial write.
      const tempPath = path.join(folder, `${TEMP_PREFIX}${randomUUID()}.tmp`);
      let file: WriteStream | undefined;
      try {
        if (Buffer.isBuffer(body)) {
          await fs.writeFile(tempPath, body, { flag: "wx" });
        } else {
          file = createWriteStream(tempPath, { flags: "wx" });
          await (size === undefined ? pipeline(body, file) : pipeline(body, checkSize(size), file));
        }
        // Without fsync a power loss right after the rename can leave a renamed but empty file.
        const handle = await fs.open(tempPath, "r+");
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(tempPath, filePath);
      } catch (error) {
        // A source that fails early can reject the pipeline while the write stream is still opening its file:
        // removing it before the stream has closed would leave the file it is about to create behind.
        if (file && !file.closed) await once(file, "close").catch(() => {});
        await fs.rm(tempPath, { force: true });
        throw error;
      }
    },

    async get(key) {
      const filePath = resolveKey(key);
      try {
        return await fs.readFile(filePath);
      } catch (error) {
        throw toNotFound(error, key);
      }
    },

    async getStream(key) {
      const filePath = resolveKey(key);
      // Opening first makes a missing file reject here, as BlobNotFoundError, rather than as an
      // 'error' event on a stream the caller may already have piped into an HTTP response.
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(filePath, "r");
      } catch (error) {
        throw toNotFound(error, key);
      }
      try {
        // Linux lets a folder be opened for reading; only the first read would fail.
        if (!(await handle.stat()).isFile()) throw new BlobNotFoundError(key);
      } catch (error) {
        await handle.close();
        throw error;
      }
      return handle.createReadStream();
    },

    async delete(key) {
      await fs.rm(resolveKey(key), { force: true });
    },

    async exists(key) {
      try {
        return (await fs.stat(resolveKey(key))).isFile();
      } catch (error) {
        if (isMissingFileError(error)) return false;
        throw error;
      }
    },
  };
}

/** Fails the pipeline when the stream is longer or shorter than declared, as a truncated upload would be. */
function checkSize(size: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > size ? new Error(`Upload is longer than its declared size of ${size} bytes`) : null, chunk);
    },
    flush(done) {
      done(seen === size ? null : new Error(`Upload ended after ${seen} bytes of its declared size of ${size}`));
    },
  });
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // EISDIR / ENOTDIR: the key names a folder that holds other keys, or passes through a file.
  return code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR";
}

function toNotFound(error: unknown, key: string): unknown {
  return isMissingFileError(error) ? new BlobNotFoundError(key) : error;
}
