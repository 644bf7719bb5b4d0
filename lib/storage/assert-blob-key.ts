import "server-only";

const MAX_KEY_LENGTH = 1024;

/**
 * Throws unless `key` is a plain relative path such as `org_x/test/abcdef.pdf`.
 *
 * Both adapters apply the same rule so a key that works locally also works on S3 and the reverse: the local
 * adapter needs it to keep files inside its root, and S3 would accept `../x` as a literal key that no local
 * folder could ever hold.
 */
export function assertBlobKey(key: string): void {
  const problem = findKeyProblem(key);
  if (problem) {
    throw new TypeError(`Invalid blob key ${JSON.stringify(key)}: ${problem}`);
  }
}

function findKeyProblem(key: string): string | undefined {
  if (typeof key !== "string" || key.length === 0) return "empty";
  // S3 caps keys at 1024 bytes of UTF-8.
  if (Buffer.byteLength(key, "utf8") > MAX_KEY_LENGTH) return "longer than 1024 bytes";
  if (key.includes("\0")) return "contains NUL";
  if (key.includes("\\")) return "contains a backslash";
  if (key.startsWith("/") || /^[A-Za-z]:/.test(key)) return "absolute path";
  for (const segment of key.split("/")) {
    if (segment === "" || segment === "." || segment === "..") return "empty, '.' or '..' path segment";
  }
  return undefined;
}
