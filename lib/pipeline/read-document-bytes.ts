import "server-only";
import { getBlobStore } from "@/lib/storage/get-blob-store";

// Each page step reads the document again (steps must stand alone to be retried alone); a small
// in-process cache saves re-downloading a large file from S3 once per page.
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
const cache = new Map<string, Buffer>();
let cachedBytes = 0;

export async function readDocumentBytes(storageKey: string): Promise<Buffer> {
  const hit = cache.get(storageKey);
  if (hit) {
    cache.delete(storageKey);
    cache.set(storageKey, hit);
    return hit;
  }
  const bytes = await getBlobStore().get(storageKey);
  if (bytes.length <= MAX_CACHE_BYTES / 4) {
    cache.set(storageKey, bytes);
    cachedBytes += bytes.length;
    for (const [key, value] of cache) {
      if (cachedBytes <= MAX_CACHE_BYTES) break;
      cache.delete(key);
      cachedBytes -= value.length;
    }
  }
  return bytes;
}

export function forgetDocumentBytes(storageKey: string) {
  const hit = cache.get(storageKey);
  if (hit) {
    cache.delete(storageKey);
    cachedBytes -= hit.length;
  }
}
