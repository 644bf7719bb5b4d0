// Batch refs: where the pipeline fetches a document from. Pure, so the API, the pipeline and tests share it.

export type TDocumentRef = { kind: "url"; url: URL } | { kind: "s3"; bucket: string; key: string };

/** What the server's configuration allows (ALLOW_PRIVATE_URLS, S3_ALLOWED_BUCKETS). */
export type TDocumentRefRules = { allowHttp: boolean; allowedBuckets: string[] };

export const MAX_REF_LENGTH = 2048;
const SCHEME_PATTERN = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Parses a ref (`https://…`, `http://…` when allowed, `s3://bucket/key`) or returns why it is refused.
 * Addresses are not checked here: that happens when connecting, after DNS, where it can't be fooled.
 */
export function parseDocumentRef(ref: string, rules: TDocumentRefRules): TDocumentRef | { error: string } {
  const scheme = SCHEME_PATTERN.exec(ref)?.[1]?.toLowerCase();
  if (!scheme) return { error: "The ref needs a scheme: https://… or s3://bucket/key." };
  if (scheme === "s3") return parseS3Ref(ref, rules.allowedBuckets);
  if (scheme !== "https" && !(scheme === "http" && rules.allowHttp)) {
    const allowed = rules.allowHttp ? "https:// or http://" : "https://";
    return { error: `${scheme}:// refs are not accepted; use ${allowed} URLs or s3://bucket/key.` };
  }
  let url: URL;
  try {
    url = new URL(ref);
  } catch {
    return { error: "Not a valid URL." };
  }
  if (!url.hostname) return { error: "The URL has no host." };
  if (url.username || url.password) return { error: "URLs with credentials are not accepted." };
  return { kind: "url", url };
}

function parseS3Ref(ref: string, allowedBuckets: string[]): TDocumentRef | { error: string } {
  if (!ref.toLowerCase().startsWith("s3://")) return { error: "S3 refs look like s3://bucket/key." };
  const rest = ref.slice("s3://".length);
  const slash = rest.indexOf("/");
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  // S3 keys are taken literally (no %-decoding, `?` and `#` are part of the key), as the AWS CLI does.
  const key = slash === -1 ? "" : rest.slice(slash + 1);
  if (!bucket) return { error: "S3 refs look like s3://bucket/key; the bucket is missing." };
  if (!allowedBuckets.includes(bucket)) {
    return { error: `The bucket "${bucket}" is not one this server may read from (S3_ALLOWED_BUCKETS).` };
  }
  if (!key) return { error: "S3 refs look like s3://bucket/key; the key is missing." };
  return { kind: "s3", bucket, key };
}

/** A document's default name: the ref's last path segment (`…/invoice-001.pdf` → `invoice-001.pdf`). */
export function documentNameFromRef(ref: TDocumentRef): string {
  const path = ref.kind === "s3" ? ref.key : ref.url.pathname;
  const segment = path.replace(/\/+$/, "").split("/").pop() ?? "";
  let name = segment;
  if (ref.kind === "url") {
    try {
      name = decodeURIComponent(segment);
    } catch {
      // A malformed escape: keep the segment as written.
    }
  }
  const fallback = ref.kind === "s3" ? ref.key : ref.url.hostname;
  return (name.trim() || fallback).slice(0, 255);
}
